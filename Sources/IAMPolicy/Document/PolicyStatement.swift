/// One statement of a policy, as written, with its place in the document.
///
/// The fields live in one shared, immutable box: the validator walks the statements several
/// times in IAM's reporting order, and copying a value with ten reference-counted fields on
/// every step cost more than the checks themselves.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
public struct PolicyStatement: Sendable, Hashable {
    private final class Storage: Sendable {
        let index: Int
        let sid: String?
        let effect: PolicyEffect
        let principal: PolicyPrincipal?
        let notPrincipal: PolicyPrincipal?
        let action: [String]?
        let notAction: [String]?
        let resource: [String]?
        let notResource: [String]?
        let conditions: [PolicyCondition]
        let span: SourceSpan
        let path: JSONPath

        init(
            index: Int, sid: String?, effect: PolicyEffect, principal: PolicyPrincipal?, notPrincipal: PolicyPrincipal?,
            action: [String]?, notAction: [String]?, resource: [String]?, notResource: [String]?,
            conditions: [PolicyCondition], span: SourceSpan, path: JSONPath
        ) {
            self.index = index
            self.sid = sid
            self.effect = effect
            self.principal = principal
            self.notPrincipal = notPrincipal
            self.action = action
            self.notAction = notAction
            self.resource = resource
            self.notResource = notResource
            self.conditions = conditions
            self.span = span
            self.path = path
        }
    }

    private let storage: Storage

    init(
        index: Int, sid: String?, effect: PolicyEffect, principal: PolicyPrincipal?, notPrincipal: PolicyPrincipal?,
        action: [String]?, notAction: [String]?, resource: [String]?, notResource: [String]?,
        conditions: [PolicyCondition], span: SourceSpan, path: JSONPath
    ) {
        storage = Storage(
            index: index, sid: sid, effect: effect, principal: principal, notPrincipal: notPrincipal, action: action,
            notAction: notAction, resource: resource, notResource: notResource, conditions: conditions, span: span, path: path)
    }

    /// 0-based position in the `Statement` list (0 for a single statement object).
    public var index: Int { storage.index }
    /// The `Sid`, if any.
    public var sid: String? { storage.sid }
    /// `Allow` or `Deny`.
    public var effect: PolicyEffect { storage.effect }
    /// `Principal`, if present.
    public var principal: PolicyPrincipal? { storage.principal }
    /// `NotPrincipal`, if present.
    public var notPrincipal: PolicyPrincipal? { storage.notPrincipal }
    /// `Action` values, if present.
    public var action: [String]? { storage.action }
    /// `NotAction` values, if present.
    public var notAction: [String]? { storage.notAction }
    /// `Resource` values, if present.
    public var resource: [String]? { storage.resource }
    /// `NotResource` values, if present.
    public var notResource: [String]? { storage.notResource }
    /// The conditions, in document order (all must hold).
    public var conditions: [PolicyCondition] { storage.conditions }
    /// Where the statement object sits in the document.
    public var span: SourceSpan { storage.span }
    /// Its JSON path, e.g. `$.Statement[1]`.
    public var path: JSONPath { storage.path }

    /// Statements are equal when every field is (the same comparison the stored fields gave).
    public static func == (lhs: PolicyStatement, rhs: PolicyStatement) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.index == rhs.index && lhs.sid == rhs.sid && lhs.effect == rhs.effect && lhs.principal == rhs.principal
            && lhs.notPrincipal == rhs.notPrincipal && lhs.action == rhs.action && lhs.notAction == rhs.notAction
            && lhs.resource == rhs.resource && lhs.notResource == rhs.notResource && lhs.conditions == rhs.conditions
            && lhs.span == rhs.span && lhs.path == rhs.path
    }

    /// Hashes every field.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(index)
        hasher.combine(sid)
        hasher.combine(effect)
        hasher.combine(principal)
        hasher.combine(notPrincipal)
        hasher.combine(action)
        hasher.combine(notAction)
        hasher.combine(resource)
        hasher.combine(notResource)
        hasher.combine(conditions)
        hasher.combine(span)
        hasher.combine(path)
    }
}
