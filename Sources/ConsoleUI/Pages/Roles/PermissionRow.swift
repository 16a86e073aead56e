/// One policy on a role's Permissions tab.
public struct PermissionRow: Hashable, Sendable {
    /// Where the policy comes from.
    public enum Source: String, Hashable, Sendable {
        /// `arn:aws:iam::aws:policy/…`.
        case awsManaged = "AWS managed"
        /// A customer managed policy of the account.
        case customerManaged = "Customer managed"
        /// An inline policy of the role.
        case inline = "Customer inline"
    }

    /// Policy name.
    public var name: String
    /// Where it comes from.
    public var source: Source
    /// The managed policy's ARN (nil for inline).
    public var arn: String?
    /// The document in force (default version for managed policies).
    public var document: String
}
