/// Role operations: CreateRole, GetRole, ListRoles, UpdateRole, UpdateRoleDescription,
/// UpdateAssumeRolePolicy, DeleteRole.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html (and siblings)
extension IAMService {
    /// CreateRole: a role with a trust policy and no permissions. Names are unique per account
    /// regardless of case; user/role principals are stored as unique IDs.
    @discardableResult
    public func createRole(roleName: String, assumeRolePolicyDocument: String, path: String? = nil,
                           description: String? = nil, maxSessionDuration: Int? = nil, permissionsBoundary: String? = nil,
                           tags: [Tag]? = nil, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) -> Role {
        var check = ParameterValidator(operation: "CreateRole")
        check.member(roleName, at: "roleName")
        check.member(path, at: "path")
        check.member(assumeRolePolicyDocument, at: "assumeRolePolicyDocument")
        check.member(description, at: "description")
        check.member(maxSessionDuration, at: "maxSessionDuration")
        if permissionsBoundary != nil { check.member(permissionsBoundary, at: "permissionsBoundary") }
        check.tags(tags)
        try check.check()
        try Self.rejectDuplicateTagKeys(tags)
        let accountID = caller.accountID
        let rolePath = path ?? "/"
        let arn = IAMARN.role(accountID, path: rolePath, name: roleName)
        try authorize(caller, "iam:CreateRole", on: arn, tags: TagConditions(requestTags: tags ?? []),
                      permissionsBoundary: permissionsBoundary, in: lab)
        if try lab.fetch(Role.self, Role.key(accountID, roleName)) != nil {
            throw ServiceError.entityAlreadyExists("Role with name \(roleName) already exists.")
        }
        try requireRoom(for: .role, under: .rolesPerAccount, in: accountID, lab: lab)
        let stored = try TrustPolicy.prepareForStorage(assumeRolePolicyDocument, in: lab)
        if let permissionsBoundary {
            _ = try resolveBoundary(permissionsBoundary, accountID: accountID, in: lab)
        }
        let role = Role(accountID: accountID, path: rolePath, roleName: roleName, roleID: ids.uniqueID(.role),
                        createDate: clock.now(), assumeRolePolicyDocument: stored, description: description,
                        maxSessionDuration: maxSessionDuration ?? 3600, permissionsBoundaryARN: permissionsBoundary,
                        tags: tags ?? [])
        try lab.save(role)
        try lab.save(UniqueIDEntry(uniqueID: role.roleID, arn: role.arn, accountID: accountID))
        if let permissionsBoundary {
            try adjustBoundaryUsage(permissionsBoundary, accountID: accountID, by: 1, in: &lab)
        }
        return try TrustPolicy.forDisplay(role, in: lab)
    }

    /// GetRole: the role with its trust policy shown with ARNs (raw IDs for deleted principals).
    public func getRole(roleName: String, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Role {
        var check = ParameterValidator(operation: "GetRole")
        check.member(roleName, at: "roleName")
        try check.check()
        let arn = IAMARN.role(caller.accountID, name: roleName)
        let role = try lab.fetch(Role.self, Role.key(caller.accountID, roleName))
        try authorize(caller, "iam:GetRole", on: role?.arn ?? arn, tags: .resource(role?.tags ?? []), in: lab)
        guard let role else { throw IAMService.noSuchRole(roleName) }
        return try TrustPolicy.forDisplay(role, in: lab)
    }

    /// ListRoles: roles under `pathPrefix`, paged with `marker`/`maxItems` (default 100).
    public func listRoles(pathPrefix: String? = nil, marker: String? = nil, maxItems: Int? = nil,
                          caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Page<Role> {
        var check = ParameterValidator(operation: "ListRoles")
        check.member(pathPrefix, at: "pathPrefix")
        check.member(marker, at: "marker")
        check.member(maxItems, at: "maxItems")
        try check.check()
        try authorize(caller, "iam:ListRoles", on: "arn:aws:iam::\(caller.accountID):role/", in: lab)
        let prefix = pathPrefix ?? "/"
        let roles = try lab.fetchAll(Role.self, in: caller.accountID).filter { $0.path.hasPrefix(prefix) }
        var page = try Page.of(roles, key: { $0.roleName.lowercased() }, marker: marker, maxItems: maxItems)
        var shown: [Role] = []
        for role in page.items { shown.append(try TrustPolicy.forDisplay(role, in: lab)) }
        page.items = shown
        return page
    }

    /// UpdateRole: changes the description and/or MaxSessionDuration (nothing else).
    public func updateRole(roleName: String, description: String? = nil, maxSessionDuration: Int? = nil,
                           caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        var check = ParameterValidator(operation: "UpdateRole")
        check.member(roleName, at: "roleName")
        check.member(description, at: "description")
        check.member(maxSessionDuration, at: "maxSessionDuration")
        try check.check()
        var role = try requireRole(roleName, action: "iam:UpdateRole", caller: caller, in: lab)
        if let description { role.description = description }
        if let maxSessionDuration { role.maxSessionDuration = maxSessionDuration }
        try lab.save(role)
    }

    /// UpdateRoleDescription: the legacy description-only update; returns the role.
    public func updateRoleDescription(roleName: String, description: String, caller: Caller,
                                      in lab: inout some LabRepository) throws(ServiceError) -> Role {
        var check = ParameterValidator(operation: "UpdateRoleDescription")
        check.member(roleName, at: "roleName")
        check.member(description, at: "description")
        try check.check()
        var role = try requireRole(roleName, action: "iam:UpdateRoleDescription", caller: caller, in: lab)
        role.description = description
        try lab.save(role)
        return try TrustPolicy.forDisplay(role, in: lab)
    }

    /// UpdateAssumeRolePolicy: replaces the trust policy, with CreateRole's validation.
    public func updateAssumeRolePolicy(roleName: String, policyDocument: String, caller: Caller,
                                       in lab: inout some LabRepository) throws(ServiceError) {
        var check = ParameterValidator(operation: "UpdateAssumeRolePolicy")
        check.member(roleName, at: "roleName")
        check.member(policyDocument, at: "policyDocument")
        try check.check()
        var role = try requireRole(roleName, action: "iam:UpdateAssumeRolePolicy", caller: caller, in: lab)
        role.assumeRolePolicyDocument = try TrustPolicy.prepareForStorage(policyDocument, in: lab)
        try lab.save(role)
    }

    /// DeleteRole: refused while managed policies are attached or inline policies exist.
    public func deleteRole(roleName: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        var check = ParameterValidator(operation: "DeleteRole")
        check.member(roleName, at: "roleName")
        try check.check()
        let role = try requireRole(roleName, action: "iam:DeleteRole", caller: caller, in: lab)
        if try !instanceProfiles(containing: role, in: lab).isEmpty {
            throw ServiceError.deleteConflict("Cannot delete entity, must remove roles from instance profile first.")
        }
        if !role.attachedPolicies.isEmpty {
            throw ServiceError.deleteConflict("Cannot delete entity, must detach all policies first.")
        }
        if !role.inlinePolicies.isEmpty {
            throw ServiceError.deleteConflict("Cannot delete entity, must delete policies first.")
        }
        if let boundary = role.permissionsBoundaryARN {
            try adjustBoundaryUsage(boundary, accountID: role.accountID, by: -1, in: &lab)
        }
        try lab.delete(role.recordKey)
        try lab.delete(UniqueIDEntry.key(role.roleID))
    }

    /// The role `roleName` of the caller's account after authorizing `action` on it.
    /// Its tags are the request's `aws:ResourceTag`/`iam:ResourceTag` keys; `request` adds the
    /// tags a Tag/Untag call passes (access_iam-tags.html).
    /// `policyARN` is the policy an Attach/Detach call names (`iam:PolicyARN`); `newBoundary` the
    /// boundary a Put call sets, else the role's current boundary is `iam:PermissionsBoundary`
    /// (kept only for the actions that declare it).
    func requireRole(_ roleName: String, action: String, request: TagConditions = .none, policyARN: String? = nil,
                     newBoundary: String? = nil, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Role {
        let role = try lab.fetch(Role.self, Role.key(caller.accountID, roleName))
        var conditions = request
        conditions.resourceTags = role?.tags ?? []
        try authorize(caller, action, on: role?.arn ?? IAMARN.role(caller.accountID, name: roleName), tags: conditions,
                      policyARN: policyARN, permissionsBoundary: newBoundary ?? role?.permissionsBoundaryARN, in: lab)
        guard let role else { throw IAMService.noSuchRole(roleName) }
        return role
    }

    /// `NoSuchEntity: The role with name X cannot be found.`
    static func noSuchRole(_ name: String) -> ServiceError {
        .noSuchEntity("The role with name \(name) cannot be found.")
    }
}
