/// A statement's elements as a reader collects them, before they become a `PolicyStatement`.
/// Both readers (`PolicyParser`, `PolicyByteReader`) fill one and ask it the same questions,
/// so what makes a statement complete is written once.
///
/// Grammar: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
struct StatementElements {
    var sid: String?
    var effect: PolicyEffect?
    var principal: PolicyPrincipal?
    var notPrincipal: PolicyPrincipal?
    var action: [String]?
    var notAction: [String]?
    var resource: [String]?
    var notResource: [String]?
    var conditions: [PolicyCondition] = []

    /// The first pair of elements the grammar forbids together, in the order IAM reports them.
    var conflict: (first: String, second: String)? {
        if action != nil && notAction != nil { return ("Action", "NotAction") }
        if resource != nil && notResource != nil { return ("Resource", "NotResource") }
        if principal != nil && notPrincipal != nil { return ("Principal", "NotPrincipal") }
        return nil
    }

    /// The statement these elements make.
    func statement(index: Int, effect: PolicyEffect, span: SourceSpan, path: JSONPath) -> PolicyStatement {
        PolicyStatement(
            index: index, sid: sid, effect: effect, principal: principal, notPrincipal: notPrincipal, action: action,
            notAction: notAction, resource: resource, notResource: notResource, conditions: conditions, span: span, path: path)
    }
}
