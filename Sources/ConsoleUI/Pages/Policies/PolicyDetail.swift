import IAMKit

/// An open policy.
public struct PolicyDetail: Hashable, Sendable {
    /// What GetPolicy says.
    public var info: PolicyInfo
    /// The default version's document.
    public var document: String
    /// How many versions it has (five at most).
    public var versionCount: Int
    /// The first JSON line shown.
    public var top: Int

    /// Whether the policy is AWS managed (read-only).
    public var isAWSManaged: Bool { PolicyPicker.typeName(of: info.arn) == "AWS managed" }
}
