/// An ARN split into its six parts: `arn:partition:service:region:account:resource`.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
public struct ARN: Sendable, Hashable, CustomStringConvertible {
    /// `aws`, `aws-cn`, …
    public let partition: Substring
    /// The service namespace, e.g. `iam`.
    public let service: Substring
    /// The region (empty for IAM).
    public let region: Substring
    /// The 12-digit account ID (empty for S3 buckets).
    public let account: Substring
    /// Everything after the fifth colon (may itself contain colons).
    public let resource: Substring

    /// Splits `text`; `nil` unless it starts with `arn:` and has six parts.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn" else { return nil }
        partition = parts[1]
        service = parts[2]
        region = parts[3]
        account = parts[4]
        resource = parts[5]
    }

    /// The ARN text.
    public var description: String { "arn:\(partition):\(service):\(region):\(account):\(resource)" }
}
