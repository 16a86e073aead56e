/// An IAM role as IAM keeps it. Its trust policy is stored with user/role principal ARNs
/// replaced by unique IDs (principal-ID transformation, see `PrincipalIDTransform`).
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html
public struct Role: LabRecord {
    /// Roles are per-account records.
    public static let kind = RecordKind.role

    /// Owning account.
    public var accountID: String
    /// Path (`/` by default).
    public var path: String
    /// Name as typed at creation (never changes).
    public var roleName: String
    /// `AROA…` unique ID.
    public var roleID: String
    /// When the role was created.
    public var createDate: Timestamp
    /// The trust policy as stored: the submitted text with user/role principals as unique IDs.
    public var assumeRolePolicyDocument: String
    /// Optional description.
    public var description: String?
    /// Maximum AssumeRole session length in seconds (3600–43200).
    public var maxSessionDuration: Int
    /// Attached managed policies, in attachment order.
    public var attachedPolicies: [AttachedPolicy]
    /// Inline policies, in creation order.
    public var inlinePolicies: [InlinePolicy]
    /// Permissions boundary policy ARN.
    public var permissionsBoundaryARN: String?
    /// Tags.
    public var tags: [Tag]
    /// Last successful AssumeRole.
    public var lastUsedDate: Timestamp?
    /// Region of the last use (the lab reports `us-east-1`).
    public var lastUsedRegion: String?

    /// Creates a role record.
    public init(accountID: String, path: String, roleName: String, roleID: String, createDate: Timestamp,
                assumeRolePolicyDocument: String, description: String? = nil, maxSessionDuration: Int = 3600,
                attachedPolicies: [AttachedPolicy] = [], inlinePolicies: [InlinePolicy] = [],
                permissionsBoundaryARN: String? = nil, tags: [Tag] = [], lastUsedDate: Timestamp? = nil,
                lastUsedRegion: String? = nil) {
        self.accountID = accountID
        self.path = path
        self.roleName = roleName
        self.roleID = roleID
        self.createDate = createDate
        self.assumeRolePolicyDocument = assumeRolePolicyDocument
        self.description = description
        self.maxSessionDuration = maxSessionDuration
        self.attachedPolicies = attachedPolicies
        self.inlinePolicies = inlinePolicies
        self.permissionsBoundaryARN = permissionsBoundaryARN
        self.tags = tags
        self.lastUsedDate = lastUsedDate
        self.lastUsedRegion = lastUsedRegion
    }

    /// `<account>/role/<lower-cased name>`.
    public var recordKey: RecordKey { Self.key(accountID, roleName) }

    /// The key for role `name` in `accountID`; the name is lower-cased because IAM names are
    /// unique regardless of case.
    public static func key(_ accountID: String, _ name: String) -> RecordKey {
        RecordKey(kind: .role, scope: accountID, name: name.lowercased())
    }

    /// The role ARN, including its path.
    public var arn: String { IAMARN.role(accountID, path: path, name: roleName) }
}
