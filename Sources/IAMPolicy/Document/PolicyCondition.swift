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
    /// The JSON path of the statement that holds the condition.
    public let statementPath: JSONPath

    /// The JSON path of the key's value, e.g. `$.Statement[0].Condition.Bool["aws:MultiFactorAuthPresent"]`.
    /// Built when asked (for an error or a trace), not for every parsed condition. An operator
    /// is only ever written as its `description`, so that is the name in the path.
    public var path: JSONPath {
        var components: [JSONPath.Component] = []
        components.reserveCapacity(statementPath.components.count + 3)
        components.append(contentsOf: statementPath.components)
        components.append(.key("Condition"))
        components.append(.key(conditionOperator.description))
        components.append(.key(key))
        return JSONPath(components: components)
    }

    /// Creates a condition.
    public init(conditionOperator: ConditionOperator, key: String, values: [String], span: SourceSpan?, statementPath: JSONPath) {
        self.conditionOperator = conditionOperator
        self.key = key
        self.values = values
        self.span = span
        self.statementPath = statementPath
    }
}
