/// Role permission operations: managed attachments, inline policies, permissions boundary, tags.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachRolePolicy.html (and siblings)
extension IAMService {
    /// AttachRolePolicy.
    public func attachRolePolicy(roleName: String, policyArn: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try checkInput("AttachRolePolicy", ["roleName": roleName, "policyArn": policyArn])
        var role = try requireRole(roleName, action: "iam:AttachRolePolicy", policyARN: policyArn, caller: caller, in: lab)
        try attach(policyArn, to: &role, in: &lab)
    }

    /// DetachRolePolicy.
    public func detachRolePolicy(roleName: String, policyArn: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try checkInput("DetachRolePolicy", ["roleName": roleName, "policyArn": policyArn])
        var role = try requireRole(roleName, action: "iam:DetachRolePolicy", policyARN: policyArn, caller: caller, in: lab)
        try detach(policyArn, from: &role, in: &lab)
    }

    /// ListAttachedRolePolicies.
    public func listAttachedRolePolicies(roleName: String, pathPrefix: String? = nil, marker: String? = nil, maxItems: Int? = nil,
                                         caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Page<AttachedPolicy> {
        try checkInput("ListAttachedRolePolicies", ["roleName": roleName, "pathPrefix": pathPrefix, "marker": marker], ints: ["maxItems": maxItems])
        let role = try requireRole(roleName, action: "iam:ListAttachedRolePolicies", caller: caller, in: lab)
        return try pageAttached(role.attachedPolicies, pathPrefix: pathPrefix, marker: marker, maxItems: maxItems)
    }

    /// PutRolePolicy: adds or replaces an inline policy (aggregate ≤ 10,240 non-white-space characters).
    public func putRolePolicy(roleName: String, policyName: String, policyDocument: String,
                              caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try checkInput("PutRolePolicy", ["roleName": roleName, "policyName": policyName, "policyDocument": policyDocument])
        var role = try requireRole(roleName, action: "iam:PutRolePolicy", caller: caller, in: lab)
        try putInline(policyName, document: policyDocument, into: &role, in: &lab)
    }

    /// GetRolePolicy.
    public func getRolePolicy(roleName: String, policyName: String, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> InlinePolicy {
        try checkInput("GetRolePolicy", ["roleName": roleName, "policyName": policyName])
        let role = try requireRole(roleName, action: "iam:GetRolePolicy", caller: caller, in: lab)
        return try inline(policyName, of: role)
    }

    /// DeleteRolePolicy.
    public func deleteRolePolicy(roleName: String, policyName: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try checkInput("DeleteRolePolicy", ["roleName": roleName, "policyName": policyName])
        var role = try requireRole(roleName, action: "iam:DeleteRolePolicy", caller: caller, in: lab)
        try deleteInline(policyName, from: &role, in: &lab)
    }

    /// ListRolePolicies: inline policy names.
    public func listRolePolicies(roleName: String, marker: String? = nil, maxItems: Int? = nil,
                                 caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Page<String> {
        try checkInput("ListRolePolicies", ["roleName": roleName, "marker": marker], ints: ["maxItems": maxItems])
        let role = try requireRole(roleName, action: "iam:ListRolePolicies", caller: caller, in: lab)
        return try Page.of(role.inlinePolicies.map(\.name), key: { $0 }, marker: marker, maxItems: maxItems)
    }

    /// PutRolePermissionsBoundary.
    public func putRolePermissionsBoundary(roleName: String, permissionsBoundary: String, caller: Caller,
                                           in lab: inout some LabRepository) throws(ServiceError) {
        try checkInput("PutRolePermissionsBoundary", ["roleName": roleName, "permissionsBoundary": permissionsBoundary])
        var role = try requireRole(roleName, action: "iam:PutRolePermissionsBoundary", newBoundary: permissionsBoundary, caller: caller, in: lab)
        let policy = try resolveBoundary(permissionsBoundary, accountID: role.accountID, in: lab)
        if let old = role.permissionsBoundaryARN { try adjustBoundaryUsage(old, accountID: role.accountID, by: -1, in: &lab) }
        role.permissionsBoundaryARN = policy.arn
        try lab.save(role)
        try adjustBoundaryUsage(policy.arn, accountID: role.accountID, by: 1, in: &lab)
    }

    /// DeleteRolePermissionsBoundary.
    public func deleteRolePermissionsBoundary(roleName: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try checkInput("DeleteRolePermissionsBoundary", ["roleName": roleName])
        var role = try requireRole(roleName, action: "iam:DeleteRolePermissionsBoundary", caller: caller, in: lab)
        guard let old = role.permissionsBoundaryARN else {
            throw ServiceError.noSuchEntity("The role with name \(roleName) does not have a permissions boundary.")
        }
        role.permissionsBoundaryARN = nil
        try lab.save(role)
        try adjustBoundaryUsage(old, accountID: role.accountID, by: -1, in: &lab)
    }

    /// TagRole: adds or overwrites tags (keys compared case-insensitively); ≤ 50 per role.
    public func tagRole(roleName: String, tags: [Tag], caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        var check = ParameterValidator(operation: "TagRole")
        check.member(roleName, at: "roleName")
        check.tags(tags)
        try check.check()
        try Self.rejectDuplicateTagKeys(tags)
        var role = try requireRole(roleName, action: "iam:TagRole", request: TagConditions(requestTags: tags), caller: caller, in: lab)
        try addTags(tags, to: &role, in: &lab)
    }

    /// UntagRole.
    public func untagRole(roleName: String, tagKeys: [String], caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        var check = ParameterValidator(operation: "UntagRole")
        check.member(roleName, at: "roleName")
        check.tagKeys(tagKeys, at: "tagKeys")
        try check.check()
        var role = try requireRole(roleName, action: "iam:UntagRole", request: TagConditions(removedKeys: tagKeys), caller: caller, in: lab)
        try removeTags(tagKeys, from: &role, in: &lab)
    }

    /// ListRoleTags.
    public func listRoleTags(roleName: String, marker: String? = nil, maxItems: Int? = nil,
                             caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Page<Tag> {
        try checkInput("ListRoleTags", ["roleName": roleName, "marker": marker], ints: ["maxItems": maxItems])
        let role = try requireRole(roleName, action: "iam:ListRoleTags", caller: caller, in: lab)
        return try pageTags(role.tags, marker: marker, maxItems: maxItems)
    }
}
