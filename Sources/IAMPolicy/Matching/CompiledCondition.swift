/// One condition lowered for evaluation: key lower-cased, policy values parsed once into the
/// form the operator compares (bytes, patterns, numbers, instants, CIDRs, ARN segments).
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
final class CompiledCondition: Sendable {
    enum Operand: Sendable {
        case bytes([UInt8])
        case lowercased(String)
        case glob(GlobPattern)
        case template(PolicyTemplate)
        case number(Double?)
        case date(Double?)
        case bool(Bool?)
        case network(IPNetwork?)
        case binary([UInt8]?)
        case arn([GlobPattern]?)
        case null(Bool?)
    }

    /// The positive comparison behind an operator (`StringNotLike` → like).
    enum Comparison: Sendable {
        case equals, equalsIgnoringCase, like
        case numeric(Order), date(Order)
        case bool, binary, ip, arn, null
    }

    enum Order: Sendable {
        case equal, less, lessOrEqual, greater, greaterOrEqual
    }

    let index: Int
    let conditionOperator: ConditionOperator
    let key: String
    /// The key as the policy spells it; AWS reports missing keys (MissingContextValues) this way.
    let keyAsWritten: String
    /// `RequestContext.hash(key)`, so lookups never hash a string.
    let keyHash: UInt64
    let comparison: Comparison
    let negated: Bool
    let operands: [Operand]

    init(_ condition: PolicyCondition, index: Int, variables: Bool) {
        self.index = index
        conditionOperator = condition.conditionOperator
        key = condition.key.lowercased()
        keyAsWritten = condition.key
        keyHash = RequestContext.hash(key)
        let base = condition.conditionOperator.base
        negated = base.isNegated
        comparison = CompiledCondition.comparison(for: base)
        let useVariables = variables && base.allowsVariables
        let comparison = CompiledCondition.comparison(for: base)
        operands = condition.values.map { value in
            if useVariables, let template = PolicyTemplate(value, wildcards: comparison.usesWildcards) {
                return .template(template)
            }
            return CompiledCondition.operand(value, comparison)
        }
    }

    static func comparison(for base: ConditionOperator.Base) -> Comparison {
        switch base {
        case .stringEquals, .stringNotEquals: .equals
        case .stringEqualsIgnoreCase, .stringNotEqualsIgnoreCase: .equalsIgnoringCase
        case .stringLike, .stringNotLike: .like
        case .numericEquals, .numericNotEquals: .numeric(.equal)
        case .numericLessThan: .numeric(.less)
        case .numericLessThanEquals: .numeric(.lessOrEqual)
        case .numericGreaterThan: .numeric(.greater)
        case .numericGreaterThanEquals: .numeric(.greaterOrEqual)
        case .dateEquals, .dateNotEquals: .date(.equal)
        case .dateLessThan: .date(.less)
        case .dateLessThanEquals: .date(.lessOrEqual)
        case .dateGreaterThan: .date(.greater)
        case .dateGreaterThanEquals: .date(.greaterOrEqual)
        case .bool: .bool
        case .binaryEquals: .binary
        case .ipAddress, .notIpAddress: .ip
        case .arnEquals, .arnLike, .arnNotEquals, .arnNotLike: .arn
        case .null: .null
        }
    }

    static func operand(_ value: String, _ comparison: Comparison) -> Operand {
        switch comparison {
        case .equals: .bytes(Array(value.utf8))
        case .equalsIgnoringCase: .lowercased(value.lowercased())
        case .like: .glob(GlobPattern(value, lowercase: false))
        case .numeric: .number(Double(value))
        case .date: .date(PolicyDate.parse(value))
        case .bool: .bool(CompiledCondition.parseBool(value))
        case .binary: .binary(Base64.decode(value))
        case .ip: .network(IPNetwork(value))
        case .arn: .arn(CompiledCondition.arnSegments(value))
        case .null: .null(CompiledCondition.parseBool(value))
        }
    }

    /// `true`/`false` in any letter case, without allocating.
    static func parseBool(_ text: String) -> Bool? {
        func isWord(_ word: StaticString) -> Bool {
            guard text.utf8.count == word.utf8CodeUnitCount else { return false }
            var offset = 0
            for byte in text.utf8 {
                if GlobPattern.asciiLowercased(byte) != word.utf8Start[offset] { return false }
                offset += 1
            }
            return true
        }
        if isWord("true") { return true }
        if isWord("false") { return false }
        return nil
    }

    /// Splits an ARN pattern into its six segments, each a wildcard pattern.
    static func arnSegments(_ text: String) -> [GlobPattern]? {
        let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6 else {
            // `*` alone (or a pattern without colons) matches across segments.
            return text.contains(":") ? nil : [GlobPattern(text, lowercase: false)]
        }
        return parts.map { GlobPattern(String($0), lowercase: false) }
    }
}

extension CompiledCondition.Comparison {
    /// Whether `*`/`?` are wildcards in this comparison's values.
    var usesWildcards: Bool {
        switch self {
        case .like, .arn: true
        default: false
        }
    }
}
