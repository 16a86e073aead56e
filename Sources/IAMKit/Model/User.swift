/// An IAM user. Group membership is kept on both the user (for ListGroupsForUser) and the
/// group (for GetGroup), and every operation updates both.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_User.html
public struct User: LabRecord {
    /// Users are per-account records.
    public static let kind = RecordKind.user

    /// Owning account.
    public var accountID: String
    /// Path (`/` by default).
    public var path: String
    /// Name as typed.
    public var userName: String
    /// `AIDA…` unique ID.
    public var userID: String
    /// When the user was created.
    public var createDate: Timestamp
    /// Names of the groups the user belongs to, in the order joined.
    public var groupNames: [String]
    /// Attached managed policies.
    public var attachedPolicies: [AttachedPolicy]
    /// Inline policies.
    public var inlinePolicies: [InlinePolicy]
    /// Permissions boundary policy ARN.
    public var permissionsBoundaryARN: String?
    /// Tags.
    public var tags: [Tag]
    /// The console password is simulated as "has a login profile"; nil means none.
    public var passwordLastUsed: Timestamp?
    /// IDs of the user's long-term access keys (at most two), so listing them reads no other user's.
    public var accessKeyIDs: [String]
    /// The console password (CreateLoginProfile), if the user has one.
    public var loginProfile: LoginProfile?

    /// Creates a user record.
    public init(accountID: String, path: String = "/", userName: String, userID: String, createDate: Timestamp,
                groupNames: [String] = [], attachedPolicies: [AttachedPolicy] = [], inlinePolicies: [InlinePolicy] = [],
                permissionsBoundaryARN: String? = nil, tags: [Tag] = [], passwordLastUsed: Timestamp? = nil,
                accessKeyIDs: [String] = [], loginProfile: LoginProfile? = nil) {
        self.accountID = accountID
        self.path = path
        self.userName = userName
        self.userID = userID
        self.createDate = createDate
        self.groupNames = groupNames
        self.attachedPolicies = attachedPolicies
        self.inlinePolicies = inlinePolicies
        self.permissionsBoundaryARN = permissionsBoundaryARN
        self.tags = tags
        self.passwordLastUsed = passwordLastUsed
        self.accessKeyIDs = accessKeyIDs
        self.loginProfile = loginProfile
    }

    /// `<account>/user/<lower-cased name>`.
    public var recordKey: RecordKey { Self.key(accountID, userName) }

    /// The key for user `name` in `accountID`.
    public static func key(_ accountID: String, _ name: String) -> RecordKey {
        RecordKey(kind: .user, scope: accountID, name: name.lowercased())
    }

    /// The user ARN.
    public var arn: String { IAMARN.user(accountID, path: path, name: userName) }
}
