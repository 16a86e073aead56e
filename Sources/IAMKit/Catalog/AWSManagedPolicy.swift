/// An AWS managed policy: owned by AWS (`arn:aws:iam::aws:policy/...`), attachable in every
/// account, never editable.
/// Source: https://docs.aws.amazon.com/aws-managed-policy/latest/reference/policy-list.html
public struct AWSManagedPolicy: Sendable, Hashable {
    /// Name (`AdministratorAccess`).
    public var name: String
    /// Path (`/` for most; `/job-function/` for job-function policies such as ViewOnlyAccess).
    public var path: String
    /// `ANPA…` ID.
    public var policyID: String
    /// Current default version.
    public var defaultVersionID: String
    /// Description as AWS's reference page publishes it; nil where it was not read from AWS
    /// (`get-policy` then omits `Description` rather than show an invented one).
    public var description: String?
    /// First published.
    public var createDate: Timestamp
    /// Current version published.
    public var updateDate: Timestamp
    /// The default version's document.
    public var document: String

    /// `arn:aws:iam::aws:policy<path><name>`.
    public var arn: String { "arn:aws:iam::aws:policy\(path)\(name)" }
}

/// The catalog of AWS managed policies the lab knows.
public enum AWSManagedPolicies {
    /// Every policy of the catalog, ordered by name. Built on first use; documents are plain strings
    /// until a call evaluates or validates one, so a CLI start parses none of them.
    public static let all: [AWSManagedPolicy] = (entries + publishedEntries + jobFunctionEntries + readOnlyAccessEntries
        + serviceEntries + serviceRoleEntries).sorted { $0.name < $1.name }

    private static let byARN: [String: AWSManagedPolicy] = Dictionary(uniqueKeysWithValues: all.map { ($0.arn, $0) })

    /// The policy with `arn`, if the catalog has it.
    public static func policy(arn: String) -> AWSManagedPolicy? { byARN[arn] }

    /// The policy named `name` (case-sensitive, as ARNs are).
    public static func policy(named name: String) -> AWSManagedPolicy? { byName[name] }

    private static let byName: [String: AWSManagedPolicy] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    static func date(_ text: String) -> Timestamp {
        Timestamp(iso8601: text) ?? Timestamp(secondsSince1970: 0)
    }
}
