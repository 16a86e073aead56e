/// A policy string containing variables (`${aws:username}`, `${aws:PrincipalTag/team, 'x'}`,
/// `${*}`), resolved against a request's context at evaluation time. Only documents with
/// `"Version": "2012-10-17"` have variables.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
struct PolicyTemplate: Sendable, Hashable {
    enum Part: Sendable, Hashable {
        /// Pattern tokens (bytes, or wildcard tokens when wildcards are active).
        case tokens([UInt16])
        /// A context key (lower-cased) with an optional default.
        case variable(key: String, defaultValue: String?)
    }

    let parts: [Part]

    /// Parses `text`; `nil` when it contains no `${…}` (so callers keep a plain pattern).
    /// `wildcards` makes `*`/`?` in the literal text wildcard tokens.
    init?(_ text: String, wildcards: Bool) {
        let bytes = Array(text.utf8)
        guard bytes.indices.dropLast().contains(where: { bytes[$0] == UInt8(ascii: "$") && bytes[$0 + 1] == UInt8(ascii: "{") })
        else { return nil }
        var parts: [Part] = []
        var pending: [UInt16] = []
        var index = 0
        var sawVariable = false
        func literal(_ byte: UInt8) -> UInt16 {
            guard wildcards else { return UInt16(byte) }
            switch byte {
            case UInt8(ascii: "*"): return GlobPattern.star
            case UInt8(ascii: "?"): return GlobPattern.question
            default: return UInt16(byte)
            }
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{"),
                let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: "}"))
            {
                let inner = String(decoding: bytes[(index + 2)..<close], as: UTF8.self)
                let trimmed = PolicyTemplate.trim(inner)
                switch trimmed {
                case "*", "?", "$":
                    // Special characters stand for themselves, never as wildcards.
                    pending.append(UInt16(trimmed.utf8.first ?? 0))
                default:
                    if !pending.isEmpty { parts.append(.tokens(pending)) }
                    pending = []
                    parts.append(PolicyTemplate.variable(trimmed))
                }
                sawVariable = true
                index = close + 1
            } else {
                pending.append(literal(bytes[index]))
                index += 1
            }
        }
        guard sawVariable else { return nil }
        if !pending.isEmpty { parts.append(.tokens(pending)) }
        self.parts = parts
    }

    private static func variable(_ inner: String) -> Part {
        // `${key, 'default'}`: the default is single-quoted after a comma.
        if let comma = inner.firstIndex(of: ",") {
            let key = trim(String(inner[..<comma]))
            let rest = trim(String(inner[inner.index(after: comma)...]))
            if rest.count >= 2, rest.hasPrefix("'"), rest.hasSuffix("'") {
                return .variable(key: key.lowercased(), defaultValue: String(rest.dropFirst().dropLast()))
            }
            return .variable(key: key.lowercased(), defaultValue: nil)
        }
        return .variable(key: inner.lowercased(), defaultValue: nil)
    }

    private static func trim(_ text: String) -> String {
        String(text.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }

    /// The context keys the template reads, lower-cased.
    var variableKeys: [String] {
        parts.compactMap { part in
            if case .variable(let key, _) = part { return key }
            return nil
        }
    }

    /// Substitutes variables; `nil` when one has no single value in `context` and no default
    /// (AWS: such an entry matches nothing).
    func resolve(in context: RequestContext) -> [UInt16]? {
        var tokens: [UInt16] = []
        for part in parts {
            switch part {
            case .tokens(let literal):
                tokens.append(contentsOf: literal)
            case .variable(let key, let defaultValue):
                let value: String
                if case .single(let text)? = context.value(forLowercasedKey: key) {
                    value = text
                } else if let defaultValue {
                    value = defaultValue
                } else {
                    return nil
                }
                tokens.append(contentsOf: value.utf8.map { UInt16($0) })
            }
        }
        return tokens
    }

    /// The resolved text (wildcard tokens printed as `*`/`?`), or `nil` as for ``resolve(in:)``.
    func resolveText(in context: RequestContext) -> String? {
        resolve(in: context).map(PolicyTemplate.text(of:))
    }

    static func text(of tokens: [UInt16]) -> String {
        String(decoding: tokens.map { token -> UInt8 in
            switch token {
            case GlobPattern.star: UInt8(ascii: "*")
            case GlobPattern.question: UInt8(ascii: "?")
            default: UInt8(truncatingIfNeeded: token)
            }
        }, as: UTF8.self)
    }
}
