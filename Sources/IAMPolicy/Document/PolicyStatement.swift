/// One statement of a policy, as written, with its place in the document.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
public struct PolicyStatement: Sendable, Hashable {
    /// 0-based position in the `Statement` list (0 for a single statement object).
    public let index: Int
    /// The `Sid`, if any.
    public let sid: String?
    /// `Allow` or `Deny`.
    public let effect: PolicyEffect
    /// `Principal`, if present.
    public let principal: PolicyPrincipal?
    /// `NotPrincipal`, if present.
    public let notPrincipal: PolicyPrincipal?
    /// `Action` values, if present.
    public let action: [String]?
    /// `NotAction` values, if present.
    public let notAction: [String]?
    /// `Resource` values, if present.
    public let resource: [String]?
    /// `NotResource` values, if present.
    public let notResource: [String]?
    /// The conditions, in document order (all must hold).
    public let conditions: [PolicyCondition]
    /// Where the statement object sits in the document.
    public let span: SourceSpan
    /// Its JSON path, e.g. `$.Statement[1]`.
    public let path: JSONPath
}
