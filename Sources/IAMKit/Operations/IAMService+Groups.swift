/// Group operations: CreateGroup, GetGroup, ListGroups, DeleteGroup, membership, and the
/// group's policies.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateGroup.html (and siblings)
extension IAMService {
    /// CreateGroup.
    @discardableResult
    public func createGroup(groupName: String, path: String? = nil, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) -> Group {
        var check = ParameterValidator(operation: "CreateGroup")
        check.member(groupName, at: "groupName")
        check.member(path, at: "path")
        try check.check()
        var group = Group(accountID: caller.accountID, path: path ?? "/", groupName: groupName, groupID: "", createDate: clock.now())
        try authorize(caller, "iam:CreateGroup", on: group.arn, in: lab)
        if try lab.fetch(Group.self, Group.key(caller.accountID, groupName)) != nil {
            throw ServiceError.entityAlreadyExists("Group with name \(groupName) already exists.")
        }
        try requireRoom(for: .group, under: .groupsPerAccount, in: caller.accountID, lab: lab)
        group.groupID = ids.uniqueID(.group)
        try lab.save(group)
        try lab.save(UniqueIDEntry(uniqueID: group.groupID, arn: group.arn, accountID: group.accountID))
        return group
    }

    /// GetGroup: the group and its members.
    public func getGroup(groupName: String, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> (group: Group, users: [User]) {
        try checkInput("GetGroup", ["groupName": groupName])
        let group = try requireGroup(groupName, action: "iam:GetGroup", caller: caller, in: lab)
        var users: [User] = []
        for name in group.userNames {
            if let user = try lab.fetch(User.self, User.key(group.accountID, name)) { users.append(user) }
        }
        return (group, users)
    }

    /// ListGroups.
    public func listGroups(pathPrefix: String? = nil, marker: String? = nil, maxItems: Int? = nil,
                           caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Page<Group> {
        try checkInput("ListGroups", ["pathPrefix": pathPrefix, "marker": marker], ints: ["maxItems": maxItems])
        try authorize(caller, "iam:ListGroups", on: "arn:aws:iam::\(caller.accountID):group/", in: lab)
        let prefix = pathPrefix ?? "/"
        let groups = try lab.fetchAll(Group.self, in: caller.accountID).filter { $0.path.hasPrefix(prefix) }
        return try Page.of(groups, key: { $0.groupName.lowercased() }, marker: marker, maxItems: maxItems)
    }

    /// DeleteGroup: refused while it has members or policies.
    public func deleteGroup(groupName: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try checkInput("DeleteGroup", ["groupName": groupName])
        let group = try requireGroup(groupName, action: "iam:DeleteGroup", caller: caller, in: lab)
        if !group.userNames.isEmpty {
            throw ServiceError.deleteConflict("Cannot delete entity, must remove users from group first.")
        }
        if !group.attachedPolicies.isEmpty {
            throw ServiceError.deleteConflict("Cannot delete entity, must detach all policies first.")
        }
        if !group.inlinePolicies.isEmpty {
            throw ServiceError.deleteConflict("Cannot delete entity, must delete policies first.")
        }
        try lab.delete(group.recordKey)
        try lab.delete(UniqueIDEntry.key(group.groupID))
    }

    /// AddUserToGroup (adding a member twice is a no-op).
    public func addUserToGroup(groupName: String, userName: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        var (group, user) = try membership(groupName, userName, action: "iam:AddUserToGroup", caller: caller, in: lab)
        if group.userNames.contains(where: { $0.lowercased() == user.userName.lowercased() }) { return }
        let groupsPerUser = try quota(.groupsPerUser, of: user.accountID, in: lab)
        if user.groupNames.count >= groupsPerUser { throw AccountQuota.groupsPerUser.exceeded(groupsPerUser) }
        group.userNames.append(user.userName)
        user.groupNames.append(group.groupName)
        try lab.save(group)
        try lab.save(user)
    }

    /// RemoveUserFromGroup.
    public func removeUserFromGroup(groupName: String, userName: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        var (group, user) = try membership(groupName, userName, action: "iam:RemoveUserFromGroup", caller: caller, in: lab)
        guard group.userNames.contains(where: { $0.lowercased() == user.userName.lowercased() }) else {
            throw ServiceError.noSuchEntity("The user with name \(userName) cannot be found.")
        }
        group.userNames.removeAll { $0.lowercased() == user.userName.lowercased() }
        user.groupNames.removeAll { $0.lowercased() == group.groupName.lowercased() }
        try lab.save(group)
        try lab.save(user)
    }

    /// ListGroupsForUser.
    public func listGroupsForUser(userName: String, marker: String? = nil, maxItems: Int? = nil,
                                  caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Page<Group> {
        try checkInput("ListGroupsForUser", ["userName": userName, "marker": marker], ints: ["maxItems": maxItems])
        let user = try requireUser(userName, action: "iam:ListGroupsForUser", caller: caller, in: lab)
        var groups: [Group] = []
        for name in user.groupNames {
            if let group = try lab.fetch(Group.self, Group.key(user.accountID, name)) { groups.append(group) }
        }
        return try Page.of(groups, key: { $0.groupName.lowercased() }, marker: marker, maxItems: maxItems)
    }

    /// AttachGroupPolicy.
    public func attachGroupPolicy(groupName: String, policyArn: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try checkInput("AttachGroupPolicy", ["groupName": groupName, "policyArn": policyArn])
        var group = try requireGroup(groupName, action: "iam:AttachGroupPolicy", policyARN: policyArn, caller: caller, in: lab)
        try attach(policyArn, to: &group, in: &lab)
    }

    /// DetachGroupPolicy.
    public func detachGroupPolicy(groupName: String, policyArn: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try checkInput("DetachGroupPolicy", ["groupName": groupName, "policyArn": policyArn])
        var group = try requireGroup(groupName, action: "iam:DetachGroupPolicy", policyARN: policyArn, caller: caller, in: lab)
        try detach(policyArn, from: &group, in: &lab)
    }

    /// ListAttachedGroupPolicies.
    public func listAttachedGroupPolicies(groupName: String, pathPrefix: String? = nil, marker: String? = nil, maxItems: Int? = nil,
                                          caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Page<AttachedPolicy> {
        try checkInput("ListAttachedGroupPolicies", ["groupName": groupName, "pathPrefix": pathPrefix, "marker": marker], ints: ["maxItems": maxItems])
        let group = try requireGroup(groupName, action: "iam:ListAttachedGroupPolicies", caller: caller, in: lab)
        return try pageAttached(group.attachedPolicies, pathPrefix: pathPrefix, marker: marker, maxItems: maxItems)
    }

    /// PutGroupPolicy (aggregate ≤ 5,120 non-white-space characters).
    public func putGroupPolicy(groupName: String, policyName: String, policyDocument: String,
                               caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try checkInput("PutGroupPolicy", ["groupName": groupName, "policyName": policyName, "policyDocument": policyDocument])
        var group = try requireGroup(groupName, action: "iam:PutGroupPolicy", caller: caller, in: lab)
        try putInline(policyName, document: policyDocument, into: &group, in: &lab)
    }

    /// GetGroupPolicy.
    public func getGroupPolicy(groupName: String, policyName: String, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> InlinePolicy {
        try checkInput("GetGroupPolicy", ["groupName": groupName, "policyName": policyName])
        return try inline(policyName, of: requireGroup(groupName, action: "iam:GetGroupPolicy", caller: caller, in: lab))
    }

    /// DeleteGroupPolicy.
    public func deleteGroupPolicy(groupName: String, policyName: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try checkInput("DeleteGroupPolicy", ["groupName": groupName, "policyName": policyName])
        var group = try requireGroup(groupName, action: "iam:DeleteGroupPolicy", caller: caller, in: lab)
        try deleteInline(policyName, from: &group, in: &lab)
    }

    /// ListGroupPolicies.
    public func listGroupPolicies(groupName: String, marker: String? = nil, maxItems: Int? = nil,
                                  caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Page<String> {
        try checkInput("ListGroupPolicies", ["groupName": groupName, "marker": marker], ints: ["maxItems": maxItems])
        let group = try requireGroup(groupName, action: "iam:ListGroupPolicies", caller: caller, in: lab)
        return try Page.of(group.inlinePolicies.map(\.name), key: { $0 }, marker: marker, maxItems: maxItems)
    }

    /// The group and the user of a membership change, parameters checked and `action` authorized.
    private func membership(_ groupName: String, _ userName: String, action: String, caller: Caller,
                            in lab: some LabRepository) throws(ServiceError) -> (Group, User) {
        var check = ParameterValidator(operation: String(action.dropFirst("iam:".count)))
        check.member(groupName, at: "groupName")
        check.member(userName, at: "userName")
        try check.check()
        let group = try requireGroup(groupName, action: action, caller: caller, in: lab)
        guard let user = try lab.fetch(User.self, User.key(caller.accountID, userName)) else {
            throw ServiceError.noSuchEntity("The user with name \(userName) cannot be found.")
        }
        return (group, user)
    }

    /// The group `groupName` of the caller's account after authorizing `action` on it.
    /// `policyARN` is the policy an Attach/Detach call names (`iam:PolicyARN`).
    func requireGroup(_ groupName: String, action: String, policyARN: String? = nil, caller: Caller,
                      in lab: some LabRepository) throws(ServiceError) -> Group {
        let group = try lab.fetch(Group.self, Group.key(caller.accountID, groupName))
        try authorize(caller, action, on: group?.arn ?? IAMARN.group(caller.accountID, name: groupName), policyARN: policyARN, in: lab)
        guard let group else { throw ServiceError.noSuchEntity("The group with name \(groupName) cannot be found.") }
        return group
    }
}
