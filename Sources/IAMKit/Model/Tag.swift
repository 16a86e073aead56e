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
