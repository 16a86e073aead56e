/// A condition operator as written in a `Condition` block: base operator, optional
/// `ForAllValues:`/`ForAnyValue:` set qualifier and optional `IfExists` suffix.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
public struct ConditionOperator: Sendable, Hashable, CustomStringConvertible {
    /// The operator without qualifier or suffix.
    public enum Base: String, Sendable, Hashable, CaseIterable {
        /// Exact, case-sensitive string match.
        case stringEquals = "StringEquals"
        /// Negated ``stringEquals``.
        case stringNotEquals = "StringNotEquals"
        /// Case-insensitive string match.
        case stringEqualsIgnoreCase = "StringEqualsIgnoreCase"
        /// Negated ``stringEqualsIgnoreCase``.
        case stringNotEqualsIgnoreCase = "StringNotEqualsIgnoreCase"
        /// Case-sensitive match with `*` and `?` wildcards.
        case stringLike = "StringLike"
        /// Negated ``stringLike``.
        case stringNotLike = "StringNotLike"
        /// Numeric equality.
        case numericEquals = "NumericEquals"
        /// Negated ``numericEquals``.
        case numericNotEquals = "NumericNotEquals"
        /// Request value < policy value.
        case numericLessThan = "NumericLessThan"
        /// Request value ≤ policy value.
        case numericLessThanEquals = "NumericLessThanEquals"
        /// Request value > policy value.
        case numericGreaterThan = "NumericGreaterThan"
        /// Request value ≥ policy value.
        case numericGreaterThanEquals = "NumericGreaterThanEquals"
        /// Same instant.
        case dateEquals = "DateEquals"
        /// Negated ``dateEquals``.
        case dateNotEquals = "DateNotEquals"
        /// Request instant before the policy instant.
        case dateLessThan = "DateLessThan"
        /// Request instant at or before the policy instant.
        case dateLessThanEquals = "DateLessThanEquals"
        /// Request instant after the policy instant.
        case dateGreaterThan = "DateGreaterThan"
        /// Request instant at or after the policy instant.
        case dateGreaterThanEquals = "DateGreaterThanEquals"
        /// `true`/`false` match.
        case bool = "Bool"
        /// Byte-for-byte match of base64 values.
        case binaryEquals = "BinaryEquals"
        /// The request address lies in a policy CIDR (IPv4 or IPv6).
        case ipAddress = "IpAddress"
        /// Negated ``ipAddress``.
        case notIpAddress = "NotIpAddress"
        /// ARN match, segment by segment, with wildcards (same as ``arnLike``).
        case arnEquals = "ArnEquals"
        /// ARN match, segment by segment, with wildcards.
        case arnLike = "ArnLike"
        /// Negated ``arnEquals``.
        case arnNotEquals = "ArnNotEquals"
        /// Negated ``arnLike``.
        case arnNotLike = "ArnNotLike"
        /// Presence test: `"true"` means the key is absent.
        case null = "Null"

        /// Whether this is a negated operator (true when the key is absent).
        public var isNegated: Bool {
            switch self {
            case .stringNotEquals, .stringNotEqualsIgnoreCase, .stringNotLike, .numericNotEquals, .dateNotEquals,
                .notIpAddress, .arnNotEquals, .arnNotLike:
                true
            default:
                false
            }
        }

        /// Whether policy variables are substituted in this operator's values.
        public var allowsVariables: Bool {
            switch self {
            case .stringEquals, .stringNotEquals, .stringEqualsIgnoreCase, .stringNotEqualsIgnoreCase, .stringLike,
                .stringNotLike, .bool, .arnEquals, .arnLike, .arnNotEquals, .arnNotLike:
                true
            default:
                false
            }
        }
    }

    /// A multivalued-key qualifier.
    public enum SetQualifier: String, Sendable, Hashable, CaseIterable {
        /// Every request value must match (true when the key is absent or empty).
        case forAllValues = "ForAllValues"
        /// At least one request value must match (false when absent or empty).
        case forAnyValue = "ForAnyValue"
    }

    /// The base operator.
    public let base: Base
    /// The set qualifier, if any.
    public let qualifier: SetQualifier?
    /// Whether `IfExists` was appended (true when the key is absent).
    public let ifExists: Bool

    /// Creates an operator from parts.
    public init(base: Base, qualifier: SetQualifier? = nil, ifExists: Bool = false) {
        self.base = base
        self.qualifier = qualifier
        self.ifExists = ifExists
    }

    /// Parses an operator name such as `ForAnyValue:StringLikeIfExists`; `nil` if IAM does not
    /// know it (names are case-sensitive; `NullIfExists` does not exist).
    public init?(name: String) {
        guard let known = ConditionOperator.byName[name] else { return nil }
        self = known
    }

    /// Every valid spelling, built once: lookups then cost one hash.
    private static let byName: [String: ConditionOperator] = {
        var table: [String: ConditionOperator] = [:]
        for base in Base.allCases {
            for qualifier in [nil] + SetQualifier.allCases.map(Optional.some) {
                for ifExists in [false, true] where !(base == .null && ifExists) {
                    let candidate = ConditionOperator(base: base, qualifier: qualifier, ifExists: ifExists)
                    table[candidate.description] = candidate
                }
            }
        }
        return table
    }()

    /// Parses without the table (kept for reference and to build it).
    init?(parsing name: String) {
        var rest = Substring(name)
        var qualifier: SetQualifier?
        if let colon = rest.firstIndex(of: ":") {
            guard let parsed = SetQualifier(rawValue: String(rest[..<colon])) else { return nil }
            qualifier = parsed
            rest = rest[rest.index(after: colon)...]
        }
        var ifExists = false
        if rest.hasSuffix("IfExists") {
            ifExists = true
            rest = rest.dropLast("IfExists".count)
        }
        guard let base = Base(rawValue: String(rest)), !(base == .null && ifExists) else { return nil }
        self.init(base: base, qualifier: qualifier, ifExists: ifExists)
    }

    /// The name as IAM spells it.
    public var description: String {
        (qualifier.map { $0.rawValue + ":" } ?? "") + base.rawValue + (ifExists ? "IfExists" : "")
    }
}
