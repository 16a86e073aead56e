import IAMKit

/// The part of `rolecall lab check` that follows references between records once every file
/// has been read: managed policies and permissions boundaries a role, user or group names,
/// group memberships (kept on both the user and the group), MFA devices and access keys and
/// the users they belong to (a user's own list of key IDs both ways), and the unique-ID index against the entities that hold the IDs.
/// A broken reference is reported with the file that holds it; nothing here is moved by
/// `lab repair`, because fixing it would mean deleting or inventing a record.
struct StoreReferenceCheck {
    private var roles: [(path: String, record: Role)] = []
    private var users: [(path: String, record: User)] = []
    private var groups: [(path: String, record: Group)] = []
    private var policies: [(path: String, record: ManagedPolicy)] = []
    private var devices: [(path: String, record: MFADevice)] = []
    private var keys: [(path: String, record: AccessKey)] = []
    private var index: [(path: String, record: UniqueIDEntry)] = []

    /// Remembers one decoded record and the file it came from.
    mutating func add(_ record: any LabRecord, path: String) {
        switch record {
        case let role as Role: roles.append((path, role))
        case let user as User: users.append((path, user))
        case let group as Group: groups.append((path, group))
        case let policy as ManagedPolicy: policies.append((path, policy))
        case let device as MFADevice: devices.append((path, device))
        case let key as AccessKey: keys.append((path, key))
        case let entry as UniqueIDEntry: index.append((path, entry))
        default: break
        }
    }

    /// Every broken reference among the records added.
    func problems() -> [StoreProblem] {
        var found: [StoreProblem] = []
        func report(_ code: StoreProblem.Code, _ path: String, _ message: String) {
            found.append(StoreProblem(code: code, path: path, message: message))
        }
        let customerPolicyARNs = Set(policies.map(\.record.arn))
        func policyExists(_ arn: String) -> Bool {
            customerPolicyARNs.contains(arn) || AWSManagedPolicies.policy(arn: arn) != nil
        }
        func checkPolicies(_ path: String, _ entity: String, attached: [AttachedPolicy], boundary: String?) {
            for policy in attached where !policyExists(policy.policyARN) {
                report(.danglingReference, path, "\(entity) attaches the managed policy \(policy.policyARN), which the lab does not hold")
            }
            if let boundary, !policyExists(boundary) {
                report(.danglingReference, path, "\(entity) has the permissions boundary \(boundary), which the lab does not hold")
            }
        }
        for (path, role) in roles {
            checkPolicies(path, "role \(role.roleName)", attached: role.attachedPolicies, boundary: role.permissionsBoundaryARN)
        }
        for (path, user) in users {
            checkPolicies(path, "user \(user.userName)", attached: user.attachedPolicies, boundary: user.permissionsBoundaryARN)
        }
        for (path, group) in groups {
            checkPolicies(path, "group \(group.groupName)", attached: group.attachedPolicies, boundary: nil)
        }

        let usersByKey = Dictionary(users.map { ($0.record.recordKey, $0) }, uniquingKeysWith: { first, _ in first })
        let groupsByKey = Dictionary(groups.map { ($0.record.recordKey, $0) }, uniquingKeysWith: { first, _ in first })
        for (path, user) in users {
            for name in user.groupNames {
                guard let group = groupsByKey[Group.key(user.accountID, name.lowercased())] else {
                    report(.danglingReference, path, "user \(user.userName) is a member of group \(name), which the lab does not hold")
                    continue
                }
                if !group.record.userNames.contains(where: { $0.lowercased() == user.userName.lowercased() }) {
                    report(.oneSidedMembership, path,
                           "user \(user.userName) names group \(name), but \(group.path) does not list the user")
                }
            }
        }
        for (path, group) in groups {
            for name in group.userNames {
                guard let user = usersByKey[User.key(group.accountID, name.lowercased())] else {
                    report(.danglingReference, path, "group \(group.groupName) lists user \(name), which the lab does not hold")
                    continue
                }
                if !user.record.groupNames.contains(where: { $0.lowercased() == group.groupName.lowercased() }) {
                    report(.oneSidedMembership, path,
                           "group \(group.groupName) lists user \(name), but \(user.path) does not name the group")
                }
            }
        }

        for (path, device) in devices {
            if let owner = device.userName, usersByKey[User.key(device.accountID, owner.lowercased())] == nil {
                report(.danglingReference, path,
                       "MFA device \(device.serialNumber) is assigned to user \(owner), which the lab does not hold")
            }
        }
        for (path, key) in keys {
            switch key.owner {
            case .user(let account, let name), .userSession(let account, let name, _):
                guard let user = usersByKey[User.key(account, name.lowercased())] else {
                    report(.danglingReference, path,
                           "access key \(key.accessKeyID) belongs to user \(name) of account \(account), which the lab does not hold")
                    continue
                }
                // A long-term key is listed by its user (ListAccessKeys reads the list); session
                // credentials from GetSessionToken are not.
                if case .user = key.owner, !user.record.accessKeyIDs.contains(key.accessKeyID) {
                    report(.oneSidedMembership, path,
                           "access key \(key.accessKeyID) belongs to user \(name), but \(user.path) does not list it")
                }
            case .root:
                break  // the account root user's key: its account is the record's scope
            case .roleSession:
                break  // a role session's credentials outlive nothing they need: AWS lets them run until they expire
            }
        }
        let keysByID = Dictionary(keys.map { ($0.record.accessKeyID, $0.record) }, uniquingKeysWith: { first, _ in first })
        for (path, user) in users {
            for id in user.accessKeyIDs {
                guard let key = keysByID[id] else {
                    report(.danglingReference, path, "user \(user.userName) lists the access key \(id), which the lab does not hold")
                    continue
                }
                if case .user(let account, let name) = key.owner, account == user.accountID, name.lowercased() == user.userName.lowercased() {
                    continue
                }
                report(.danglingReference, path, "user \(user.userName) lists the access key \(id), which belongs to someone else")
            }
        }

        var indexed: [String: String] = [:]
        for (_, entry) in index { indexed[entry.uniqueID] = entry.arn }
        let entities: [(path: String, id: String, arn: String)] =
            roles.map { ($0.path, $0.record.roleID, $0.record.arn) } + users.map { ($0.path, $0.record.userID, $0.record.arn) }
            + groups.map { ($0.path, $0.record.groupID, $0.record.arn) } + policies.map { ($0.path, $0.record.policyID, $0.record.arn) }
        var idByARN: [String: String] = [:]
        for entity in entities {
            idByARN[entity.arn] = entity.id
            guard let arn = indexed[entity.id] else {
                report(.missingIndexEntry, entity.path,
                       "\(entity.arn) holds the unique ID \(entity.id), which the unique-ID index (lab/uniqueID/) does not list")
                continue
            }
            if arn != entity.arn {
                report(.missingIndexEntry, entity.path,
                       "\(entity.arn) holds the unique ID \(entity.id), which the unique-ID index maps to \(arn)")
            }
        }
        for (path, entry) in index {
            if let id = idByARN[entry.arn], id != entry.uniqueID {
                report(.danglingReference, path, "the unique ID \(entry.uniqueID) names \(entry.arn), whose record holds the unique ID \(id)")
            }
        }
        return found
    }
}
