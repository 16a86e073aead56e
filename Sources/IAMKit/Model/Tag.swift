/// A key-value tag on a role, user or policy. Keys are unique case-insensitively.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html
public struct Tag: Sendable, Hashable, Codable {
    /// Tag key (1–128 characters).
    public var key: String
    /// Tag value (0–256 characters).
    public var value: String

    /// Creates a tag.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    /// Whether a tag key or value begins with `aws:` in any case, the prefix AWS keeps for its
    /// own tags: "You cannot create a tag key or value that begins with the text aws:. This tag
    /// prefix is reserved for AWS internal use."
    /// (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html, "Rules for tagging in IAM
    /// and AWS STS"; the prefix is case-insensitive as AWS's tagging guides state it).
    public static func isReserved(_ text: String) -> Bool {
        text.utf8.count >= 4 && text.prefix(4).lowercased() == "aws:"
    }

    /// The refusal of a reserved tag. AWS's exact error text for it is not published (searched:
    /// the IAM API reference, the user guide, public issue threads); this is the user guide's own
    /// sentence, https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html.
    public static let reservedPrefixMessage = "You cannot create a tag key or value that begins with the text aws:. "
        + "This tag prefix is reserved for AWS internal use."
}

/// A managed policy attached to an identity, as ListAttached*Policies reports it.
public struct AttachedPolicy: Sendable, Hashable, Codable {
    /// The policy's name.
    public var policyName: String
    /// The policy's ARN.
    public var policyARN: String

    /// Creates an attachment entry.
    public init(policyName: String, policyARN: String) {
        self.policyName = policyName
        self.policyARN = policyARN
    }
}

/// An inline policy embedded in a user, group or role.
public struct InlinePolicy: Sendable, Hashable, Codable {
    /// The policy's name (unique per identity, case-insensitively).
    public var name: String
    /// The policy document as given (white space kept, as IAM returns it).
    public var document: String

    /// Creates an inline policy.
    public init(name: String, document: String) {
        self.name = name
        self.document = document
    }
}
