/// UpdateUser and UpdateGroup: a new name and/or path for the same entity.
/// Sources: https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateUser.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateGroup.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_manage.html#id_users_renaming
/// ("the requester must have appropriate permissions on both the source object and the target
/// object"; the unique ID stays, so policies that name the user by unique ID keep applying).
extension IAMService {
    /// UpdateUser: renames and/or moves the user. The user keeps its ID, group memberships,
    /// policies, boundary, tags, access keys and MFA device; every record that names the user
    /// is rewritten in the same transaction. A name taken by another user (regardless of case)
    /// is `EntityAlreadyExists`; changing only the case of the user's own name is allowed.
    public func updateUser(userName: String, newPath: String? = nil, newUserName: String? = nil,
                           caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        var check = ParameterValidator(operation: "UpdateUser")
        check.member(userName, at: "userName")
        check.member(newPath, at: "newPath")
        check.member(newUserName, at: "newUserName")
        try check.check()
        let user = try requireUser(userName, action: "iam:UpdateUser", caller: caller, in: lab)
        guard let renamed = try move(user, newName: newUserName, newPath: newPath, action: "iam:UpdateUser", caller: caller, in: &lab),
              renamed.userName != user.userName else { return }
        try renameMember(user, to: renamed.userName, in: &lab)
    }

    /// UpdateGroup: renames and/or moves the group; members, policies and ID stay. Each member's
    /// list of groups follows the new name.
    public func updateGroup(groupName: String, newPath: String? = nil, newGroupName: String? = nil,
                            caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        var check = ParameterValidator(operation: "UpdateGroup")
        check.member(groupName, at: "groupName")
        check.member(newPath, at: "newPath")
        check.member(newGroupName, at: "newGroupName")
        try check.check()
        let group = try requireGroup(groupName, action: "iam:UpdateGroup", caller: caller, in: lab)
        guard let renamed = try move(group, newName: newGroupName, newPath: newPath, action: "iam:UpdateGroup", caller: caller, in: &lab),
              renamed.groupName != group.groupName else { return }
        for memberName in group.userNames {
            guard var member = try lab.fetch(User.self, User.key(group.accountID, memberName)) else { continue }
            member.groupNames = member.groupNames.map { $0.lowercased() == group.groupName.lowercased() ? renamed.groupName : $0 }
            try lab.save(member)
        }
    }

    /// Saves `entity` under its new name and/or path, after authorizing `action` on the new ARN
    /// too; nil when nothing changes. A name another entity of the kind has (regardless of case)
    /// is `EntityAlreadyExists`. The unique ID's entry follows the new ARN.
    private func move<E: RenamableEntity>(_ entity: E, newName: String?, newPath: String?, action: String, caller: Caller,
                                          in lab: inout some LabRepository) throws(ServiceError) -> E? {
        var moved = entity
        moved.name = newName ?? entity.name
        moved.path = newPath ?? entity.path
        guard moved.arn != entity.arn else { return nil }
        try authorize(caller, action, on: moved.arn, tags: .resource(entity.resourceTags), in: lab)
        if moved.recordKey != entity.recordKey, try lab.fetch(E.self, moved.recordKey) != nil {
            throw ServiceError.entityAlreadyExists("\(E.existsWord) with name \(moved.name) already exists.")
        }
        try lab.delete(entity.recordKey)
        try lab.save(moved)
        try lab.save(UniqueIDEntry(uniqueID: entity.uniqueID, arn: moved.arn, accountID: entity.accountID))
        return moved
    }

    /// Rewrites the records that name `user` by name: its groups' member lists, its access keys
    /// and GetSessionToken credentials (so they keep working for the renamed user), its MFA device.
    private func renameMember(_ user: User, to newName: String, in lab: inout some LabRepository) throws(ServiceError) {
        let oldName = user.userName.lowercased()
        for groupName in user.groupNames {
            guard var group = try lab.fetch(Group.self, Group.key(user.accountID, groupName)) else { continue }
            group.userNames = group.userNames.map { $0.lowercased() == oldName ? newName : $0 }
            try lab.save(group)
        }
        for var key in try lab.fetchAll(AccessKey.self, in: RecordKey.labScope) {
            switch key.owner {
            case .user(let account, let name) where account == user.accountID && name.lowercased() == oldName:
                key.owner = .user(accountID: account, userName: newName)
            case .userSession(let account, let name, let mfaTime) where account == user.accountID && name.lowercased() == oldName:
                key.owner = .userSession(accountID: account, userName: newName, mfaAuthenticatedAt: mfaTime)
            default:
                continue
            }
            try lab.save(key)
        }
        for var device in try lab.fetchAll(MFADevice.self, in: user.accountID) where device.userName?.lowercased() == oldName {
            device.userName = newName
            try lab.save(device)
        }
    }
}
