/// One `operator → key → values` test of a statement's `Condition` block.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
public struct PolicyCondition: Sendable, Hashable {
    /// The operator.
    public let conditionOperator: ConditionOperator
    /// The condition key as written (matched case-insensitively).
    public let key: String
    /// The policy values as text (JSON numbers and Booleans as their literal text).
    public let values: [String]
    /// Where the key's member sits in the document.
    public let span: SourceSpan?
    /// The JSON path of the key's value, e.g. `$.Statement[0].Condition.Bool["aws:MultiFactorAuthPresent"]`.
    public let path: JSONPath

    /// Creates a condition.
    public init(conditionOperator: ConditionOperator, key: String, values: [String], span: SourceSpan?, path: JSONPath) {
        self.conditionOperator = conditionOperator
        self.key = key
        self.values = values
        self.span = span
        self.path = path
    }
}
