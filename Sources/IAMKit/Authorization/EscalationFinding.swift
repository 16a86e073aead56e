/// One privilege-escalation path an identity holds: a permission that lets it grant itself
/// more than its policies give (or act as someone else), with the steps an attacker would run.
/// The well-known IAM paths (see docs/concepts.md): CreatePolicyVersion and
/// SetDefaultPolicyVersion on a policy attached to the identity, Attach*/Put* policy on itself
/// or its group, AddUserToGroup, UpdateAssumeRolePolicy followed by AssumeRole, CreateAccessKey
/// for another user. Every path stays inside the identity's own account: IAM has no
/// resource-based policies, so none crosses accounts.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
public struct EscalationFinding: Sendable, Hashable {
    /// The identity's ARN (user or role).
    public var principalARN: String
    /// The permission that opens the path (`iam:CreatePolicyVersion`).
    public var action: String
    /// The resource it holds the permission on.
    public var resource: String
    /// One sentence: `bob can make himself an administrator: iam:CreatePolicyVersion on a policy attached to him`.
    public var summary: String
    /// The steps, as rolecall commands.
    public var path: [String]

    /// Creates a finding.
    public init(principalARN: String, action: String, resource: String, summary: String, path: [String]) {
        self.principalARN = principalARN
        self.action = action
        self.resource = resource
        self.summary = summary
        self.path = path
    }

    /// `summary (resource)` followed by the indented steps, for `--explain` and the console.
    public var lines: [String] {
        ["\(summary) (\(resource))"] + path.map { "  \($0)" }
    }
}
