/// The IAM API model's recurring parameter rules.
/// Source: iam-semantics.md §1.1 (botocore IAM model, https://docs.aws.amazon.com/IAM/latest/APIReference/).
extension ParameterValidator {
    /// A user/role/group/policy/session name: `min…max` characters of `[\w+=,.@-]`.
    public mutating func name(_ value: String?, at parameter: String, min: Int = 1, max: Int = 64) {
        length(value, at: parameter, min: min, max: max)
        if let value, value.count >= min, value.count <= max {
            pattern(value, at: parameter, "[\\w+=,.@-]+", IAMCharacters.isNameCharacter)
        }
    }

    /// A role/user/group path.
    public mutating func path(_ value: String?, at parameter: String = "path") {
        guard let value else { return }
        length(value, at: parameter, min: 1, max: 512)
        if !value.isEmpty, value.count <= 512, !IAMCharacters.isValidPath(value) {
            fail(value, at: parameter, mustText: "satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)")
        }
    }

    /// A path prefix for List operations: `\u002F[\u0021-\u007F]*`.
    public mutating func pathPrefix(_ value: String?) {
        guard let value else { return }
        length(value, at: "pathPrefix", min: 1, max: 512)
        if !value.isEmpty, !(value.hasPrefix("/") && value.unicodeScalars.allSatisfy({ (0x21...0x7F).contains($0.value) })) {
            fail(value, at: "pathPrefix", mustText: "satisfy regular expression pattern: \\u002F[\\u0021-\\u007F]*")
        }
    }

    /// A role description (≤ 1000 of tab/LF/CR/U+0020–U+007E/U+00A1–U+00FF).
    public mutating func roleDescription(_ value: String?) {
        guard let value else { return }
        length(value, at: "description", min: 0, max: 1000)
        pattern(value, at: "description", "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*",
                allowEmpty: true, IAMCharacters.isDescriptionCharacter)
    }

    /// A policy document (1–131072 characters of tab/LF/CR/U+0020–U+00FF).
    public mutating func policyDocument(_ value: String?, at parameter: String = "policyDocument") {
        guard let value else { return }
        length(value, at: parameter, min: 1, max: 131_072)
        if !value.isEmpty {
            pattern(value, at: parameter, "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+", IAMCharacters.isPolicyDocumentCharacter)
        }
    }

    /// An ARN parameter (20–2048 characters).
    public mutating func arn(_ value: String?, at parameter: String) {
        length(value, at: parameter, min: 20, max: 2048)
    }

    /// `MaxItems` of a List operation (1–1000).
    public mutating func maxItems(_ value: Int?) {
        range(value, at: "maxItems", min: 1, max: 1000)
    }

    /// `Marker` of a List operation (1–320 characters of U+0020–U+00FF).
    public mutating func marker(_ value: String?) {
        length(value, at: "marker", min: 1, max: 320)
    }

    /// Tags: at most 50; keys 1–128 and values 0–256 of `[\p{L}\p{Z}\p{N}_.:/=+\-@]`.
    public mutating func tags(_ tags: [Tag]?) {
        guard let tags else { return }
        if tags.count > 50 {
            fail("[\(tags.count) tags]", at: "tags", mustText: "have length less than or equal to 50")
        }
        for (index, tag) in tags.enumerated() {
            length(tag.key, at: "tags.\(index + 1).member.key", min: 1, max: 128)
            pattern(tag.key, at: "tags.\(index + 1).member.key", "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+", Self.isTagCharacter)
            length(tag.value, at: "tags.\(index + 1).member.value", min: 0, max: 256)
            pattern(tag.value, at: "tags.\(index + 1).member.value", "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*", allowEmpty: true,
                    Self.isTagCharacter)
        }
    }

    static func isTagCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .decimalNumber, .letterNumber, .otherNumber: return true
        default: break
        }
        return "_.:/=+-@".unicodeScalars.contains(scalar)
    }
}

/// Size rules of IAM policies: every quota counts characters that are not white space.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
public enum PolicySize {
    /// Characters of `text` that are not white space.
    public static func nonWhitespaceCount(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
            count += 1
        }
        return count
    }
}

extension ParameterValidator {
    /// An enum member: one of `allowed`, in AWS's words otherwise
    /// (`Member must satisfy enum value set: [User, Role, Group]`).
    public mutating func oneOf(_ value: String?, at parameter: String, _ allowed: [String]) {
        guard let value, !allowed.contains(value) else { return }
        fail(value, at: parameter, mustText: "satisfy enum value set: [\(allowed.joined(separator: ", "))]")
    }
}
