/// Instance profiles: CreateInstanceProfile, GetInstanceProfile, ListInstanceProfiles,
/// DeleteInstanceProfile, AddRoleToInstanceProfile, RemoveRoleFromInstanceProfile,
/// ListInstanceProfilesForRole.
/// Sources: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateInstanceProfile.html (and siblings),
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html
extension IAMService {
    /// CreateInstanceProfile.
    @discardableResult
    public func createInstanceProfile(name: String, path: String? = nil, tags: [Tag]? = nil,
                                      caller: Caller, in lab: inout some LabRepository) throws(ServiceError) -> InstanceProfile {
        var check = ParameterValidator(operation: "CreateInstanceProfile")
        check.member(name, at: "instanceProfileName")
        check.member(path, at: "path")
        check.tags(tags)
        try check.check()
        let accountID = caller.accountID
        var profile = InstanceProfile(accountID: accountID, path: path ?? "/", name: name, instanceProfileID: "", createDate: clock.now(),
                                      tags: tags ?? [])
        try authorize(caller, "iam:CreateInstanceProfile", on: profile.arn, tags: TagConditions(requestTags: tags ?? []), in: lab)
        if try lab.fetch(InstanceProfile.self, InstanceProfile.key(accountID, name)) != nil {
            throw ServiceError.entityAlreadyExists("Instance Profile \(name) already exists.")
        }
        try requireRoom(for: .instanceProfile, under: .instanceProfilesPerAccount, in: accountID, lab: lab)
        profile.instanceProfileID = ids.uniqueID(.instanceProfile)
        try lab.save(profile)
        try lab.save(UniqueIDEntry(uniqueID: profile.instanceProfileID, arn: profile.arn, accountID: accountID))
        return profile
    }

    /// GetInstanceProfile.
    public func getInstanceProfile(name: String, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> InstanceProfile {
        try checkInstanceProfileName("GetInstanceProfile", name)
        return try requireInstanceProfile(name, action: "iam:GetInstanceProfile", caller: caller, in: lab)
    }

    /// ListInstanceProfiles.
    public func listInstanceProfiles(pathPrefix: String? = nil, marker: String? = nil, maxItems: Int? = nil,
                                     caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Page<InstanceProfile> {
        try checkInput("ListInstanceProfiles", ["pathPrefix": pathPrefix, "marker": marker], ints: ["maxItems": maxItems])
        try authorize(caller, "iam:ListInstanceProfiles", on: "arn:aws:iam::\(caller.accountID):instance-profile/", in: lab)
        let prefix = pathPrefix ?? "/"
        let profiles = try lab.fetchAll(InstanceProfile.self, in: caller.accountID).filter { $0.path.hasPrefix(prefix) }
        return try Page.of(profiles, key: { $0.name.lowercased() }, marker: marker, maxItems: maxItems)
    }

    /// DeleteInstanceProfile: refused while it holds a role.
    public func deleteInstanceProfile(name: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try checkInstanceProfileName("DeleteInstanceProfile", name)
        let profile = try requireInstanceProfile(name, action: "iam:DeleteInstanceProfile", caller: caller, in: lab)
        if !profile.roleNames.isEmpty {
            throw ServiceError.deleteConflict("Cannot delete entity, must remove roles from instance profile first.")
        }
        try lab.delete(profile.recordKey)
        try lab.delete(UniqueIDEntry.key(profile.instanceProfileID))
    }

    /// AddRoleToInstanceProfile: one role per profile; the caller also needs `iam:PassRole` on
    /// the role (the action's dependent action in the Service Authorization Reference).
    public func addRoleToInstanceProfile(name: String, roleName: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try checkInstanceProfileName("AddRoleToInstanceProfile", name, roleName: roleName)
        var profile = try requireInstanceProfile(name, action: "iam:AddRoleToInstanceProfile", caller: caller, in: lab)
        guard let role = try lab.fetch(Role.self, Role.key(caller.accountID, roleName)) else { throw IAMService.noSuchRole(roleName) }
        try authorize(caller, "iam:PassRole", on: role.arn, in: lab)
        if !profile.roleNames.isEmpty {
            throw ServiceError.limitExceeded("Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1")
        }
        profile.roleNames = [role.roleName]
        try lab.save(profile)
    }

    /// RemoveRoleFromInstanceProfile.
    public func removeRoleFromInstanceProfile(name: String, roleName: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try checkInstanceProfileName("RemoveRoleFromInstanceProfile", name, roleName: roleName)
        var profile = try requireInstanceProfile(name, action: "iam:RemoveRoleFromInstanceProfile", caller: caller, in: lab)
        guard profile.roleNames.contains(where: { $0.lowercased() == roleName.lowercased() }) else {
            throw IAMService.noSuchRole(roleName)
        }
        profile.roleNames.removeAll { $0.lowercased() == roleName.lowercased() }
        try lab.save(profile)
    }

    /// ListInstanceProfilesForRole.
    public func listInstanceProfilesForRole(roleName: String, marker: String? = nil, maxItems: Int? = nil,
                                            caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Page<InstanceProfile> {
        try checkInput("ListInstanceProfilesForRole", ["marker": marker], ints: ["maxItems": maxItems])
        var check = ParameterValidator(operation: "ListInstanceProfilesForRole")
        check.member(roleName, at: "roleName")
        try check.check()
        let role = try requireRole(roleName, action: "iam:ListInstanceProfilesForRole", caller: caller, in: lab)
        return try Page.of(try instanceProfiles(containing: role, in: lab), key: { $0.name.lowercased() }, marker: marker, maxItems: maxItems)
    }

    /// The instance profiles of the role's account that hold `role`.
    func instanceProfiles(containing role: Role, in lab: some LabRepository) throws(ServiceError) -> [InstanceProfile] {
        try lab.fetchAll(InstanceProfile.self, in: role.accountID).filter { profile in
            profile.roleNames.contains { $0.lowercased() == role.roleName.lowercased() }
        }
    }

    /// The roles of `profile`, as the response's `Roles` lists them.
    public func roles(of profile: InstanceProfile, in lab: some LabRepository) throws(ServiceError) -> [Role] {
        var roles: [Role] = []
        for name in profile.roleNames {
            if let role = try lab.fetch(Role.self, Role.key(profile.accountID, name)) { roles.append(role) }
        }
        return roles
    }

    private func checkInstanceProfileName(_ operation: String, _ name: String, roleName: String? = nil) throws(ServiceError) {
        var check = ParameterValidator(operation: operation)
        check.member(name, at: "instanceProfileName")
        if let roleName { check.member(roleName, at: "roleName") }
        try check.check()
    }

    private func requireInstanceProfile(_ name: String, action: String, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> InstanceProfile {
        let profile = try lab.fetch(InstanceProfile.self, InstanceProfile.key(caller.accountID, name))
        try authorize(caller, action, on: profile?.arn ?? IAMARN.instanceProfile(caller.accountID, name: name),
                      tags: TagConditions(resourceTags: profile?.tags ?? []), in: lab)
        guard let profile else { throw ServiceError.noSuchEntity("Instance Profile \(name) cannot be found.") }
        return profile
    }
}
