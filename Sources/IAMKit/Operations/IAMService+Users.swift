/// User operations: CreateUser, GetUser, ListUsers, DeleteUser and the user's policies,
/// boundary and tags.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html (and siblings)
extension IAMService {
    /// CreateUser.
    @discardableResult
    public func createUser(userName: String, path: String? = nil, permissionsBoundary: String? = nil, tags: [Tag]? = nil,
                           caller: Caller, in lab: inout some LabRepository) throws(ServiceError) -> User {
        var check = ParameterValidator(operation: "CreateUser")
        check.member(userName, at: "userName")
        check.member(path, at: "path")
        if permissionsBoundary != nil { check.member(permissionsBoundary, at: "permissionsBoundary") }
        check.tags(tags)
        try check.check()
        try Self.rejectDuplicateTagKeys(tags)
        let accountID = caller.accountID
        let user = User(accountID: accountID, path: path ?? "/", userName: userName, userID: "", createDate: clock.now(),
                        permissionsBoundaryARN: permissionsBoundary, tags: tags ?? [])
        try authorize(caller, "iam:CreateUser", on: user.arn, tags: TagConditions(requestTags: tags ?? []),
                      permissionsBoundary: permissionsBoundary, in: lab)
        if try lab.fetch(User.self, User.key(accountID, userName)) != nil {
            throw ServiceError.entityAlreadyExists("User with name \(userName) already exists.")
        }
        try requireRoom(for: .user, under: .usersPerAccount, in: accountID, lab: lab)
        if let permissionsBoundary { _ = try resolveBoundary(permissionsBoundary, accountID: accountID, in: lab) }
        var created = user
        created.userID = ids.uniqueID(.user)
        try lab.save(created)
        try lab.save(UniqueIDEntry(uniqueID: created.userID, arn: created.arn, accountID: accountID))
        if let permissionsBoundary { try adjustBoundaryUsage(permissionsBoundary, accountID: accountID, by: 1, in: &lab) }
        return created
    }

    /// GetUser; without a name, the calling user.
    public func getUser(userName: String? = nil, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> User {
        var check = ParameterValidator(operation: "GetUser")
        check.member(userName, at: "userName")
        try check.check()
        guard let name = userName ?? IAMService.callerUserName(caller) else {
            // Root has no IAM user; AWS answers GetUser for root with the root "user".
            throw ServiceError.validation("Must specify userName when calling with non-User credentials")
        }
        return try requireUser(name, action: "iam:GetUser", caller: caller, in: lab)
    }

    /// ListUsers.
    public func listUsers(pathPrefix: String? = nil, marker: String? = nil, maxItems: Int? = nil,
                          caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Page<User> {
        try checkInput("ListUsers", ["pathPrefix": pathPrefix, "marker": marker], ints: ["maxItems": maxItems])
        try authorize(caller, "iam:ListUsers", on: "arn:aws:iam::\(caller.accountID):user/", in: lab)
        let prefix = pathPrefix ?? "/"
        let users = try lab.fetchAll(User.self, in: caller.accountID).filter { $0.path.hasPrefix(prefix) }
        return try Page.of(users, key: { $0.userName.lowercased() }, marker: marker, maxItems: maxItems)
    }

    /// DeleteUser: refused while the user has policies, group memberships, keys or an MFA device.
    public func deleteUser(userName: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try checkInput("DeleteUser", ["userName": userName])
        let user = try requireUser(userName, action: "iam:DeleteUser", caller: caller, in: lab)
        // The console password is the first item AWS's DeleteUser page lists to remove
        // (https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteUser.html).
        if user.loginProfile != nil {
            throw ServiceError.deleteConflict("Cannot delete entity, must delete login profile first.")
        }
        if !user.attachedPolicies.isEmpty {
            throw ServiceError.deleteConflict("Cannot delete entity, must detach all policies first.")
        }
        if !user.inlinePolicies.isEmpty {
            throw ServiceError.deleteConflict("Cannot delete entity, must delete policies first.")
        }
        if !user.groupNames.isEmpty {
            throw ServiceError.deleteConflict("Cannot delete entity, must remove users from group first.")
        }
        if try !userAccessKeys(user, in: lab).isEmpty {
            throw ServiceError.deleteConflict("Cannot delete entity, must delete access keys first.")
        }
        if try lab.fetchAll(MFADevice.self, in: user.accountID).contains(where: { $0.userName == user.userName }) {
            throw ServiceError.deleteConflict("Cannot delete entity, must delete MFA device first.")
        }
        if let boundary = user.permissionsBoundaryARN { try adjustBoundaryUsage(boundary, accountID: user.accountID, by: -1, in: &lab) }
        try lab.delete(user.recordKey)
        try lab.delete(UniqueIDEntry.key(user.userID))
    }

    /// AttachUserPolicy.
    public func attachUserPolicy(userName: String, policyArn: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try checkInput("AttachUserPolicy", ["userName": userName, "policyArn": policyArn])
        var user = try requireUser(userName, action: "iam:AttachUserPolicy", policyARN: policyArn, caller: caller, in: lab)
        try attach(policyArn, to: &user, in: &lab)
    }

    /// DetachUserPolicy.
    public func detachUserPolicy(userName: String, policyArn: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try checkInput("DetachUserPolicy", ["userName": userName, "policyArn": policyArn])
        var user = try requireUser(userName, action: "iam:DetachUserPolicy", policyARN: policyArn, caller: caller, in: lab)
        try detach(policyArn, from: &user, in: &lab)
    }

    /// ListAttachedUserPolicies.
    public func listAttachedUserPolicies(userName: String, pathPrefix: String? = nil, marker: String? = nil, maxItems: Int? = nil,
                                         caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Page<AttachedPolicy> {
        try checkInput("ListAttachedUserPolicies", ["userName": userName, "pathPrefix": pathPrefix, "marker": marker], ints: ["maxItems": maxItems])
        let user = try requireUser(userName, action: "iam:ListAttachedUserPolicies", caller: caller, in: lab)
        return try pageAttached(user.attachedPolicies, pathPrefix: pathPrefix, marker: marker, maxItems: maxItems)
    }

    /// PutUserPolicy (aggregate ≤ 2,048 non-white-space characters).
    public func putUserPolicy(userName: String, policyName: String, policyDocument: String,
                              caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try checkInput("PutUserPolicy", ["userName": userName, "policyName": policyName, "policyDocument": policyDocument])
        var user = try requireUser(userName, action: "iam:PutUserPolicy", caller: caller, in: lab)
        try putInline(policyName, document: policyDocument, into: &user, in: &lab)
    }

    /// GetUserPolicy.
    public func getUserPolicy(userName: String, policyName: String, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> InlinePolicy {
        try checkInput("GetUserPolicy", ["userName": userName, "policyName": policyName])
        return try inline(policyName, of: requireUser(userName, action: "iam:GetUserPolicy", caller: caller, in: lab))
    }

    /// DeleteUserPolicy.
    public func deleteUserPolicy(userName: String, policyName: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try checkInput("DeleteUserPolicy", ["userName": userName, "policyName": policyName])
        var user = try requireUser(userName, action: "iam:DeleteUserPolicy", caller: caller, in: lab)
        try deleteInline(policyName, from: &user, in: &lab)
    }

    /// ListUserPolicies.
    public func listUserPolicies(userName: String, marker: String? = nil, maxItems: Int? = nil,
                                 caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Page<String> {
        try checkInput("ListUserPolicies", ["userName": userName, "marker": marker], ints: ["maxItems": maxItems])
        let user = try requireUser(userName, action: "iam:ListUserPolicies", caller: caller, in: lab)
        return try Page.of(user.inlinePolicies.map(\.name), key: { $0 }, marker: marker, maxItems: maxItems)
    }

    /// PutUserPermissionsBoundary.
    public func putUserPermissionsBoundary(userName: String, permissionsBoundary: String, caller: Caller,
                                           in lab: inout some LabRepository) throws(ServiceError) {
        try checkInput("PutUserPermissionsBoundary", ["userName": userName, "permissionsBoundary": permissionsBoundary])
        var user = try requireUser(userName, action: "iam:PutUserPermissionsBoundary", newBoundary: permissionsBoundary, caller: caller, in: lab)
        let policy = try resolveBoundary(permissionsBoundary, accountID: user.accountID, in: lab)
        if let old = user.permissionsBoundaryARN { try adjustBoundaryUsage(old, accountID: user.accountID, by: -1, in: &lab) }
        user.permissionsBoundaryARN = policy.arn
        try lab.save(user)
        try adjustBoundaryUsage(policy.arn, accountID: user.accountID, by: 1, in: &lab)
    }

    /// DeleteUserPermissionsBoundary.
    public func deleteUserPermissionsBoundary(userName: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try checkInput("DeleteUserPermissionsBoundary", ["userName": userName])
        var user = try requireUser(userName, action: "iam:DeleteUserPermissionsBoundary", caller: caller, in: lab)
        guard let old = user.permissionsBoundaryARN else {
            throw ServiceError.noSuchEntity("The user with name \(userName) does not have a permissions boundary.")
        }
        user.permissionsBoundaryARN = nil
        try lab.save(user)
        try adjustBoundaryUsage(old, accountID: user.accountID, by: -1, in: &lab)
    }

    /// The user `userName` of the caller's account after authorizing `action` on it.
    /// Its tags are the request's `aws:ResourceTag`/`iam:ResourceTag` keys; `request` adds the
    /// tags a Tag/Untag call passes (access_iam-tags.html).
    /// `policyARN` is the policy an Attach/Detach call names (`iam:PolicyARN`); `newBoundary` the
    /// boundary a Put call sets, else the user's current boundary is `iam:PermissionsBoundary`
    /// (kept only for the actions that declare it).
    func requireUser(_ userName: String, action: String, request: TagConditions = .none, policyARN: String? = nil,
                     newBoundary: String? = nil, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> User {
        let user = try lab.fetch(User.self, User.key(caller.accountID, userName))
        var conditions = request
        conditions.resourceTags = user?.tags ?? []
        try authorize(caller, action, on: user?.arn ?? IAMARN.user(caller.accountID, name: userName), tags: conditions,
                      policyARN: policyARN, permissionsBoundary: newBoundary ?? user?.permissionsBoundaryARN, in: lab)
        guard let user else { throw ServiceError.noSuchEntity("The user with name \(userName) cannot be found.") }
        return user
    }

    /// The user name of a user caller.
    static func callerUserName(_ caller: Caller) -> String? {
        if case .user(let user) = caller { return user.userName }
        return nil
    }
}
