/// An instance profile: the container EC2 uses to pass one role to an instance.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_InstanceProfile.html
public struct InstanceProfile: LabRecord {
    /// Instance profiles are per-account records.
    public static let kind = RecordKind.instanceProfile

    /// Owning account.
    public var accountID: String
    /// Path (`/` by default).
    public var path: String
    /// Name as typed.
    public var name: String
    /// `AIPA…` unique ID.
    public var instanceProfileID: String
    /// When it was created.
    public var createDate: Timestamp
    /// The names of its roles (AWS allows at most one).
    public var roleNames: [String]
    /// Tags.
    public var tags: [Tag]

    /// Creates an instance profile record.
    public init(accountID: String, path: String = "/", name: String, instanceProfileID: String, createDate: Timestamp,
                roleNames: [String] = [], tags: [Tag] = []) {
        self.accountID = accountID
        self.path = path
        self.name = name
        self.instanceProfileID = instanceProfileID
        self.createDate = createDate
        self.roleNames = roleNames
        self.tags = tags
    }

    /// `<account>/instanceProfile/<lower-cased name>`.
    public var recordKey: RecordKey { Self.key(accountID, name) }

    /// The key for instance profile `name` in `accountID`.
    public static func key(_ accountID: String, _ name: String) -> RecordKey {
        RecordKey(kind: .instanceProfile, scope: accountID, name: name.lowercased())
    }

    /// The instance profile ARN.
    public var arn: String { IAMARN.instanceProfile(accountID, path: path, name: name) }
}
