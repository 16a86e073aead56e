/// The answer to an authorization request, with what a learner needs to see why.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
public struct Decision: Sendable, Hashable {
    /// The three outcomes IAM distinguishes.
    public enum Outcome: String, Sendable, Hashable, CaseIterable {
        /// Allowed.
        case allow = "Allow"
        /// An applicable `Deny` statement; nothing can override it.
        case explicitDeny = "ExplicitDeny"
        /// No applicable `Allow` (the default).
        case implicitDeny = "ImplicitDeny"

        /// The `EvalDecision` spelling of SimulatePrincipalPolicy (`allowed`, `explicitDeny`, `implicitDeny`).
        public var evalDecision: String {
            switch self {
            case .allow: "allowed"
            case .explicitDeny: "explicitDeny"
            case .implicitDeny: "implicitDeny"
            }
        }
    }

    /// The outcome.
    public let outcome: Outcome
    /// The statements that decided it: the applicable `Deny` statements for an explicit deny,
    /// the applicable `Allow` statements for an allow, none for an implicit deny. Document order.
    public let matchedStatements: [MatchedStatement]
    /// Condition keys that conditions of otherwise matching statements referred to but the
    /// context lacked (AWS's `MissingContextValues`), lower-cased, sorted, without duplicates.
    public let missingContextKeys: [String]
    /// Per policy type, what that type alone said (`nil` when the set had no policy of the type).
    public let policyTypeOutcomes: PolicyTypeOutcomes
    /// Why each statement applied or not; empty unless the evaluation was asked to explain.
    public let trace: [StatementTrace]

    /// Whether the request is allowed.
    public var isAllowed: Bool { outcome == .allow }
}

/// The policy types of the evaluation logic.
public enum PolicyType: String, Sendable, Hashable, CaseIterable {
    /// Identity-based policies of the caller.
    case identity
    /// The resource-based policy (or role trust policy).
    case resourceBased
    /// The caller's permissions boundary.
    case permissionsBoundary
    /// Session policies.
    case session
}

/// What each policy type said on its own.
public struct PolicyTypeOutcomes: Sendable, Hashable {
    /// Identity-based policies.
    public var identity: Decision.Outcome?
    /// The resource-based or trust policy.
    public var resourceBased: Decision.Outcome?
    /// The permissions boundary.
    public var permissionsBoundary: Decision.Outcome?
    /// Session policies (allow only if every session policy allows).
    public var session: Decision.Outcome?

    /// Creates outcomes.
    public init(
        identity: Decision.Outcome? = nil, resourceBased: Decision.Outcome? = nil,
        permissionsBoundary: Decision.Outcome? = nil, session: Decision.Outcome? = nil
    ) {
        self.identity = identity
        self.resourceBased = resourceBased
        self.permissionsBoundary = permissionsBoundary
        self.session = session
    }
}

/// A statement that applied to the request.
public struct MatchedStatement: Sendable, Hashable {
    /// The name the policy was given in the `PolicySet`.
    public let policyName: String
    /// The policy's type in this evaluation.
    public let policyType: PolicyType
    /// The statement's 0-based index in its policy.
    public let statementIndex: Int
    /// The statement's `Sid`, if any.
    public let sid: String?
    /// The statement's effect.
    public let effect: PolicyEffect
    /// Where the statement sits in the policy text.
    public let span: SourceSpan
}
