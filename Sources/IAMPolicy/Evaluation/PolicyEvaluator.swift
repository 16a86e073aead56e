/// Evaluates requests against policy sets with IAM's decision logic.
///
/// Order of reasoning (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html):
/// an applicable `Deny` in any policy wins; a role trust policy must always allow; in the same
/// account a resource-based policy naming the user or session directly grants on its own,
/// naming the role is still limited by boundary and session policies, naming the account only
/// delegates; otherwise (and always across accounts) identity policies must allow, and the
/// permissions boundary and session policies, when present, must allow too.
public enum PolicyEvaluator {
    /// Decides `request` against `policies`. With `explain`, the decision also carries a trace
    /// of every statement; the outcome is the same either way.
    public static func evaluate(_ request: AuthorizationRequest, against policies: PolicySet, explain: Bool = false) -> Decision {
        var walk = EvaluationWalk(explain: explain)
        let identity = walk.scan(request, policies.compiledIdentity, policies.identityPolicies, type: .identity, checksPrincipal: false)
        let resource = policies.resourcePolicy.map {
            walk.scan(request, [$0.document.compiled], [$0], type: .resourceBased, checksPrincipal: true)
        }
        let boundary = policies.permissionsBoundary.map {
            walk.scan(request, [$0.document.compiled], [$0], type: .permissionsBoundary, checksPrincipal: false)
        }
        let session = policies.sessionPolicies.isEmpty
            ? nil : walk.scan(request, policies.compiledSession, policies.sessionPolicies, type: .session, checksPrincipal: false)
        let outcome = decide(
            request: request, isTrust: policies.resourcePolicyIsTrustPolicy,
            identity: identity, resource: resource, boundary: boundary, session: session)
        let outcomes = PolicyTypeOutcomes(
            identity: policies.identityPolicies.isEmpty ? nil : identity.outcome,
            resourceBased: resource?.outcome, permissionsBoundary: boundary?.outcome, session: session?.outcome)
        var matched: [MatchedStatement] = []
        if outcome != .implicitDeny {
            let wantAllow = outcome == .allow
            func collect(_ scan: TypeScan?, _ type: PolicyType) {
                guard let scan else { return }
                for hit in scan.hits where hit.isAllow == wantAllow {
                    matched.append(describe(hit, type: type, policies: policies))
                }
            }
            collect(identity, .identity)
            collect(resource, .resourceBased)
            collect(boundary, .permissionsBoundary)
            collect(session, .session)
        }
        var missing = walk.missingKeys
        if missing.count > 1 {
            // One entry per key, compared case-insensitively as IAM compares key names.
            var seen = Set<String>()
            missing = missing.filter { seen.insert($0.lowercased()).inserted }.sorted()
        }
        return Decision(
            outcome: outcome, matchedStatements: matched, missingContextKeys: missing, policyTypeOutcomes: outcomes,
            trace: walk.trace)
    }

    static func decide(
        request: AuthorizationRequest, isTrust: Bool, identity: TypeScan, resource: TypeScan?, boundary: TypeScan?,
        session: TypeScan?
    ) -> Decision.Outcome {
        if identity.denied || resource?.denied == true || boundary?.denied == true || session?.denied == true {
            return .explicitDeny
        }
        let caller = request.principal
        let sameAccount = request.isSameAccount
        // The root user has every permission its account can grant; boundaries do not apply to it.
        let isRoot = caller.kind == .root && sameAccount
        let limitsAllow = isRoot || ((boundary?.allowed ?? true) && (session?.allowed ?? true))
        let identitySide = (isRoot || identity.allowed) && limitsAllow
        // Across accounts both sides must allow: without a resource-based policy (always the
        // case for IAM entities, which have none) the resource's account grants nothing.
        guard let resource else { return identitySide && sameAccount ? .allow : .implicitDeny }
        let resourceGrant = resource.allowed ? resource.grant : nil
        // Services and anonymous callers have no identity policies: the resource policy decides.
        if caller.kind == .service || caller.kind == .anonymous {
            return resourceGrant == nil ? .implicitDeny : .allow
        }
        if isTrust {
            guard let resourceGrant else { return .implicitDeny }
            if sameAccount {
                switch resourceGrant {
                case .direct: return .allow
                case .role: return limitsAllow ? .allow : .implicitDeny
                case .account: return identitySide ? .allow : .implicitDeny
                }
            }
            return identitySide ? .allow : .implicitDeny
        }
        if sameAccount {
            switch resourceGrant {
            case .direct?: return .allow
            case .role?: if limitsAllow { return .allow }
            case .account?, nil: break
            }
            return identitySide ? .allow : .implicitDeny
        }
        return resourceGrant != nil && identitySide ? .allow : .implicitDeny
    }

    static func describe(_ hit: TypeScan.Hit, type: PolicyType, policies: PolicySet) -> MatchedStatement {
        let named: NamedPolicy?
        switch type {
        case .identity: named = policies.identityPolicies[hit.policy]
        case .resourceBased: named = policies.resourcePolicy
        case .permissionsBoundary: named = policies.permissionsBoundary
        case .session: named = policies.sessionPolicies[hit.policy]
        }
        let statement = named?.document.statements[hit.statement]
        return MatchedStatement(
            policyName: named?.name ?? "", policyType: type, statementIndex: hit.statement, sid: statement?.sid,
            effect: hit.isAllow ? .allow : .deny,
            span: statement?.span ?? SourceSpan(start: SourcePosition(line: 1, column: 1, offset: 0), end: SourcePosition(line: 1, column: 1, offset: 0)))
    }
}

/// What one policy type's statements said about a request.
struct TypeScan {
    struct Hit {
        let policy: Int
        let statement: Int
        let isAllow: Bool
    }

    var allowed = false
    var denied = false
    /// For resource-based policies, the strongest way an applicable `Allow` named the caller.
    var grant: PrincipalGrant?
    /// Applicable statements in document order.
    var hits: [Hit] = []

    var outcome: Decision.Outcome {
        denied ? .explicitDeny : (allowed ? .allow : .implicitDeny)
    }
}
