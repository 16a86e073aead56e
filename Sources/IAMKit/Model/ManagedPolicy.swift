/// A customer managed policy with its versions (at most five).
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html
public struct ManagedPolicy: LabRecord {
    /// Customer managed policies are per-account records.
    public static let kind = RecordKind.policy

    /// Owning account.
    public var accountID: String
    /// Path (`/` by default).
    public var path: String
    /// Name as typed.
    public var policyName: String
    /// `ANPA…` unique ID.
    public var policyID: String
    /// Optional description (set only at creation, as in IAM).
    public var description: String?
    /// When the policy was created.
    public var createDate: Timestamp
    /// When the default version last changed.
    public var updateDate: Timestamp
    /// Versions, oldest first.
    public var versions: [ManagedPolicyVersion]
    /// The number the next version gets (`v<n>`); never reused, as in IAM.
    public var nextVersionNumber: Int
    /// Number of users, groups and roles the policy is attached to.
    public var attachmentCount: Int
    /// Number of users and roles using it as permissions boundary.
    public var permissionsBoundaryUsageCount: Int
    /// Tags.
    public var tags: [Tag]

    /// Creates a policy record.
    public init(accountID: String, path: String, policyName: String, policyID: String, description: String?,
                createDate: Timestamp, updateDate: Timestamp, versions: [ManagedPolicyVersion], nextVersionNumber: Int,
                attachmentCount: Int = 0, permissionsBoundaryUsageCount: Int = 0, tags: [Tag] = []) {
        self.accountID = accountID
        self.path = path
        self.policyName = policyName
        self.policyID = policyID
        self.description = description
        self.createDate = createDate
        self.updateDate = updateDate
        self.versions = versions
        self.nextVersionNumber = nextVersionNumber
        self.attachmentCount = attachmentCount
        self.permissionsBoundaryUsageCount = permissionsBoundaryUsageCount
        self.tags = tags
    }

    /// `<account>/policy/<lower-cased name>`.
    public var recordKey: RecordKey { Self.key(accountID, policyName) }

    /// The key for policy `name` in `accountID`.
    public static func key(_ accountID: String, _ name: String) -> RecordKey {
        RecordKey(kind: .policy, scope: accountID, name: name.lowercased())
    }

    /// The policy ARN.
    public var arn: String { IAMARN.policy(accountID, path: path, name: policyName) }

    /// The default version.
    public var defaultVersion: ManagedPolicyVersion? { versions.first { $0.isDefaultVersion } }
}

/// One version of a managed policy.
public struct ManagedPolicyVersion: Sendable, Hashable, Codable {
    /// `v1`, `v2`, ...
    public var versionID: String
    /// The document as submitted.
    public var document: String
    /// Whether this is the version in force.
    public var isDefaultVersion: Bool
    /// When the version was created.
    public var createDate: Timestamp

    /// Creates a version.
    public init(versionID: String, document: String, isDefaultVersion: Bool, createDate: Timestamp) {
        self.versionID = versionID
        self.document = document
        self.isDefaultVersion = isDefaultVersion
        self.createDate = createDate
    }
}
