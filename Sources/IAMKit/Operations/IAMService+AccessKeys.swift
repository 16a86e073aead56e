/// Access key operations: CreateAccessKey, ListAccessKeys, DeleteAccessKey, UpdateAccessKey.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html (and siblings)
extension IAMService {
    /// CreateAccessKey: an `AKIA…` key with its secret (shown only now); at most two per user.
    public func createAccessKey(userName: String? = nil, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) -> AccessKey {
        if userName == nil, case .root(let accountID) = caller {
            // The root user's own keys: at most two, as for a user.
            if try rootAccessKeys(accountID, in: lab).count >= 2 {
                throw ServiceError.limitExceeded("Cannot exceed quota for AccessKeysPerUser: 2")
            }
            let key = AccessKey(accessKeyID: ids.accessKeyID(temporary: false), secretAccessKey: ids.secretAccessKey(),
                                createDate: clock.now(), owner: .root(accountID: accountID))
            try lab.save(key)
            return key
        }
        var user = try keyOwner(userName, action: "iam:CreateAccessKey", caller: caller, in: lab)
        if user.accessKeyIDs.count >= 2 {
            throw ServiceError.limitExceeded("Cannot exceed quota for AccessKeysPerUser: 2")
        }
        let key = AccessKey(accessKeyID: ids.accessKeyID(temporary: false), secretAccessKey: ids.secretAccessKey(),
                            createDate: clock.now(), owner: .user(accountID: user.accountID, userName: user.userName))
        user.accessKeyIDs.append(key.accessKeyID)
        try lab.save(key)
        try lab.save(user)
        return key
    }

    /// ListAccessKeys: metadata of the user's keys (never the secrets).
    public func listAccessKeys(userName: String? = nil, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> (userName: String, keys: [AccessKey]) {
        if userName == nil, case .root(let accountID) = caller {
            return ("", try rootAccessKeys(accountID, in: lab))
        }
        let user = try keyOwner(userName, action: "iam:ListAccessKeys", caller: caller, in: lab)
        return (user.userName, try userAccessKeys(user, in: lab))
    }

    /// UpdateAccessKey: `Active` or `Inactive`.
    public func updateAccessKey(userName: String? = nil, accessKeyId: String, status: String, caller: Caller,
                                in lab: inout some LabRepository) throws(ServiceError) {
        if status != "Active" && status != "Inactive" {
            var check = ParameterValidator(operation: "UpdateAccessKey")
            check.fail(status, at: "status", mustText: "satisfy enum value set: [Active, Inactive]")
            try check.check()
        }
        if userName == nil, case .root(let accountID) = caller {
            guard var key = try rootAccessKeys(accountID, in: lab).first(where: { $0.accessKeyID == accessKeyId }) else {
                throw ServiceError.noSuchEntity("The Access Key with id \(accessKeyId) cannot be found.")
            }
            key.status = status
            try lab.save(key)
            return
        }
        let user = try keyOwner(userName, action: "iam:UpdateAccessKey", caller: caller, in: lab)
        guard user.accessKeyIDs.contains(accessKeyId), var key = try lab.fetch(AccessKey.self, AccessKey.key(accessKeyId)) else {
            throw ServiceError.noSuchEntity("The Access Key with id \(accessKeyId) cannot be found.")
        }
        key.status = status
        try lab.save(key)
    }

    /// DeleteAccessKey.
    public func deleteAccessKey(userName: String? = nil, accessKeyId: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        var check = ParameterValidator(operation: "DeleteAccessKey")
        check.member(accessKeyId, at: "accessKeyId")
        try check.check()
        if userName == nil, case .root(let accountID) = caller {
            guard try rootAccessKeys(accountID, in: lab).contains(where: { $0.accessKeyID == accessKeyId }) else {
                throw ServiceError.noSuchEntity("The Access Key with id \(accessKeyId) cannot be found.")
            }
            try lab.delete(AccessKey.key(accessKeyId))
            return
        }
        var user = try keyOwner(userName, action: "iam:DeleteAccessKey", caller: caller, in: lab)
        guard user.accessKeyIDs.contains(accessKeyId) else {
            throw ServiceError.noSuchEntity("The Access Key with id \(accessKeyId) cannot be found.")
        }
        user.accessKeyIDs.removeAll { $0 == accessKeyId }
        try lab.delete(AccessKey.key(accessKeyId))
        try lab.save(user)
    }

    /// The root user's long-term keys in `accountID`, oldest first.
    func rootAccessKeys(_ accountID: String, in lab: some LabRepository) throws(ServiceError) -> [AccessKey] {
        try lab.fetchAll(AccessKey.self, in: RecordKey.labScope)
            .filter { $0.owner == .root(accountID: accountID) }
            .sorted { $0.createDate == $1.createDate ? $0.accessKeyID < $1.accessKeyID : $0.createDate < $1.createDate }
    }

    /// The user's long-term keys.
    func userAccessKeys(_ user: User, in lab: some LabRepository) throws(ServiceError) -> [AccessKey] {
        var keys: [AccessKey] = []
        for id in user.accessKeyIDs {
            if let key = try lab.fetch(AccessKey.self, AccessKey.key(id)) { keys.append(key) }
        }
        return keys
    }

    /// The user named (or the calling user when no name is given), authorized for `action`.
    private func keyOwner(_ userName: String?, action: String, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> User {
        var check = ParameterValidator(operation: String(action.dropFirst("iam:".count)))
        check.member(userName, at: "userName")
        try check.check()
        guard let name = userName ?? IAMService.callerUserName(caller) else {
            throw ServiceError.validation("Must specify userName when calling with non-User credentials")
        }
        return try requireUser(name, action: action, caller: caller, in: lab)
    }
}
