/// An IAM group: a set of users sharing policies. Groups are not principals.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Group.html
public struct Group: LabRecord {
    /// Groups are per-account records.
    public static let kind = RecordKind.group

    /// Owning account.
    public var accountID: String
    /// Path (`/` by default).
    public var path: String
    /// Name as typed.
    public var groupName: String
    /// `AGPA…` unique ID.
    public var groupID: String
    /// When the group was created.
    public var createDate: Timestamp
    /// Member user names, in the order added.
    public var userNames: [String]
    /// Attached managed policies.
    public var attachedPolicies: [AttachedPolicy]
    /// Inline policies.
    public var inlinePolicies: [InlinePolicy]

    /// Creates a group record.
    public init(accountID: String, path: String = "/", groupName: String, groupID: String, createDate: Timestamp,
                userNames: [String] = [], attachedPolicies: [AttachedPolicy] = [], inlinePolicies: [InlinePolicy] = []) {
        self.accountID = accountID
        self.path = path
        self.groupName = groupName
        self.groupID = groupID
        self.createDate = createDate
        self.userNames = userNames
        self.attachedPolicies = attachedPolicies
        self.inlinePolicies = inlinePolicies
    }

    /// `<account>/group/<lower-cased name>`.
    public var recordKey: RecordKey { Self.key(accountID, groupName) }

    /// The key for group `name` in `accountID`.
    public static func key(_ accountID: String, _ name: String) -> RecordKey {
        RecordKey(kind: .group, scope: accountID, name: name.lowercased())
    }

    /// The group ARN.
    public var arn: String { IAMARN.group(accountID, path: path, name: groupName) }
}
