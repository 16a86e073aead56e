/// What GetPolicy/ListPolicies/CreatePolicy report about a managed policy, AWS or customer.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Policy.html
public struct PolicyInfo: Sendable, Hashable {
    /// Name.
    public var policyName: String
    /// `ANPA…` ID.
    public var policyID: String
    /// ARN.
    public var arn: String
    /// Path.
    public var path: String
    /// `v1`, ...
    public var defaultVersionID: String
    /// Attachments in the caller's account.
    public var attachmentCount: Int
    /// Boundary uses in the caller's account.
    public var permissionsBoundaryUsageCount: Int
    /// Always true for managed policies.
    public var isAttachable: Bool
    /// Description (GetPolicy only shows it).
    public var description: String?
    /// Creation time.
    public var createDate: Timestamp
    /// Last default-version change.
    public var updateDate: Timestamp
    /// Tags.
    public var tags: [Tag]

    /// The info of a customer managed policy.
    public init(_ policy: ManagedPolicy) {
        policyName = policy.policyName
        policyID = policy.policyID
        arn = policy.arn
        path = policy.path
        defaultVersionID = policy.defaultVersion?.versionID ?? "v1"
        attachmentCount = policy.attachmentCount
        permissionsBoundaryUsageCount = policy.permissionsBoundaryUsageCount
        isAttachable = true
        description = policy.description
        createDate = policy.createDate
        updateDate = policy.updateDate
        tags = policy.tags
    }

    /// The info of an AWS managed policy as seen from an account.
    public init(_ policy: AWSManagedPolicy, attachmentCount: Int) {
        policyName = policy.name
        policyID = policy.policyID
        arn = policy.arn
        path = policy.path
        defaultVersionID = policy.defaultVersionID
        self.attachmentCount = attachmentCount
        permissionsBoundaryUsageCount = 0
        isAttachable = true
        description = policy.description
        createDate = policy.createDate
        updateDate = policy.updateDate
        tags = []
    }
}
