/// Why one statement did or did not apply to a request.
public struct StatementTrace: Sendable, Hashable {
    /// The statement, located.
    public let statement: MatchedStatement
    /// Whether `Action`/`NotAction` covered the request's action.
    public let actionMatched: Bool
    /// Whether `Resource`/`NotResource` covered the resource (`nil`: the statement has neither,
    /// as in trust policies).
    public let resourceMatched: Bool?
    /// Whether `Principal`/`NotPrincipal` covered the caller (`nil`: not a resource-based policy).
    public let principalMatched: Bool?
    /// Each condition as tested (all of them, even after one fails).
    public let conditions: [ConditionTrace]
    /// Whether the statement applied (every element and condition held).
    public let applies: Bool

    /// A one-line reason, e.g. `Deny statement 2 (Sid "NoDelete") applies` or
    /// `does not apply: action s3:ListBucket not matched`.
    public var summary: String {
        let sid = statement.sid.map { " (Sid \"\($0)\")" } ?? ""
        let head = "\(statement.effect.rawValue) statement \(statement.statementIndex)\(sid) of \(statement.policyName)"
        if applies { return head + " applies" }
        if !actionMatched { return head + " does not apply: action not matched" }
        if resourceMatched == false { return head + " does not apply: resource not matched" }
        if principalMatched == false { return head + " does not apply: principal not matched" }
        if let failed = conditions.first(where: { !$0.result }) {
            return head + " does not apply: condition \(failed.operatorName) \(failed.key) is false"
        }
        return head + " does not apply"
    }
}

/// One condition test: operator, key, the policy's values, the request's values, the result.
public struct ConditionTrace: Sendable, Hashable {
    /// The operator as IAM spells it, e.g. `ForAnyValue:StringLike`.
    public let operatorName: String
    /// The key as written in the policy.
    public let key: String
    /// The policy values (after variable substitution where the operator allows it).
    public let policyValues: [String]
    /// The request's values for the key, `nil` when the key was absent.
    public let contextValues: [String]?
    /// Whether the condition held.
    public let result: Bool
    /// Where the condition sits in the policy text.
    public let span: SourceSpan?
}
