import IAMKit
import IAMPolicy

/// Asks the engine one check's question about the lab and says, in words, what it answered.
struct CheckQuestion {
    let service: IAMService
    /// The task's role, when the task has a selector.
    let role: Role?
    /// When the exercise started.
    let startedAt: Timestamp?

    /// The engine's answer: allowed or not, and why.
    struct Answer {
        var allowed: Bool
        var explanation: String
    }

    func ask(_ question: ExerciseCheck.Question, in lab: some LabRepository) throws(ServiceError) -> Answer {
        switch question {
        case .assumeRole(let checked, let externalID, let trustOnly):
            guard let role else { throw ServiceError.invalidInput("This check needs the task's role.") }
            return try assumeRole(role, caller: checked, externalID: externalID, trustOnly: trustOnly, in: lab)
        case .allowed(let checked, let action, let resource, let context):
            return try allowed(caller: checked, action: substitute(action), resource: substitute(resource), context: context, in: lab)
        case .roleUsed:
            guard let role else { throw ServiceError.invalidInput("This check needs the task's role.") }
            guard let used = role.lastUsedDate else {
                return Answer(allowed: false, explanation: "Role \(role.roleName) has never been assumed (RoleLastUsed is empty).")
            }
            if let startedAt, used < startedAt {
                return Answer(allowed: false, explanation: "Role \(role.roleName) was last assumed at \(used.iso8601), before the exercise started.")
            }
            return Answer(allowed: true, explanation: "Role \(role.roleName) was assumed at \(used.iso8601).")
        }
    }

    private func assumeRole(_ role: Role, caller checked: CheckCaller, externalID: String?, trustOnly: Bool,
                            in lab: some LabRepository) throws(ServiceError) -> Answer {
        let caller = try self.caller(checked)
        let decision = try service.evaluateTrust(role: role, caller: caller, sessionName: "exercise-check", externalID: externalID,
                                                 in: lab, explain: true)
        let allowed = trustOnly ? decision.policyTypeOutcomes.resourceBased == .allow : decision.isAllowed
        var request = "AssumeRole of \(role.arn) by \(caller.arn) \(Self.describe(checked))"
        if let externalID { request += " with external ID \"\(externalID)\"" }
        if allowed {
            // The statements that applied (the trace has them even when the overall decision,
            // with the caller's own permission, is a deny).
            let applied = decision.trace.filter { $0.applies && $0.statement.effect == .allow }.map(\.statement)
            let admitting = (applied.isEmpty ? decision.matchedStatements : applied).filter { !trustOnly || $0.policyType == .resourceBased }
            return Answer(allowed: true, explanation: "\(request) is \(trustOnly ? "admitted by the trust policy" : "allowed"): "
                + Self.describe(admitting))
        }
        var reasons = IAMService.assumeRoleRefusalReasons(decision, caller: caller, role: role)
        if trustOnly { reasons = Array(reasons.prefix(1)) }
        return Answer(allowed: false, explanation: "\(request) is denied: " + reasons.joined(separator: " "))
    }

    private func allowed(caller checked: CheckCaller, action: String, resource: String, context: [String: [String]],
                         in lab: some LabRepository) throws(ServiceError) -> Answer {
        let caller = try self.caller(checked)
        var extra = RequestContext()
        for (key, values) in context {
            extra[key] = values.count == 1 ? .single(values[0]) : .multiple(values)
        }
        let decision = try service.decision(for: caller, action: action, resource: resource, extra: extra, in: lab)
        let withContext = context.isEmpty ? "" : " (with " + context.keys.sorted().map { "\($0)=\(context[$0]?.joined(separator: ",") ?? "")" }
            .joined(separator: ", ") + ")"
        if decision.isAllowed {
            return Answer(allowed: true, explanation: "\(caller.arn) may perform \(action) on \(resource)\(withContext): "
                + Self.describe(decision.matchedStatements))
        }
        var text = IAMService.deniedSentence(caller: caller.arn, action: action, resource: resource, decision: decision) + withContext
        if !decision.missingContextKeys.isEmpty { text += " (missing context keys: \(decision.missingContextKeys.joined(separator: ", ")))" }
        return Answer(allowed: false, explanation: text)
    }

    private func caller(_ checked: CheckCaller) throws(ServiceError) -> Caller {
        let now = service.clock.now()
        switch checked {
        case .roleSession:
            guard let role else { throw ServiceError.invalidInput("This check needs the task's role.") }
            return .roleSession(RoleSession(accountID: role.accountID, roleName: role.roleName, rolePath: role.path, roleID: role.roleID,
                                            sessionName: "exercise-check", issuedAt: now, expiration: now.adding(seconds: 3600),
                                            sourceIdentityARN: role.arn))
        case .user(let arn, let authentication):
            guard let parts = IAMARN.parse(arn) else { throw ServiceError.invalidInput("Invalid ARN: \(arn)") }
            let how: Authentication = switch authentication {
            case .mfa: .console(mfaAuthenticatedAt: now)
            case .console: .console(mfaAuthenticatedAt: nil)
            case .accessKey: .longTermKey
            }
            return .user(UserIdentity(accountID: parts.accountID, userName: parts.name, path: parts.path, authentication: how))
        }
    }

    private func substitute(_ text: String) -> String {
        guard let role else { return text }
        return text.replacing("{roleName}", with: role.roleName).replacing("{role}", with: role.arn)
    }

    private static func describe(_ checked: CheckCaller) -> String {
        switch checked {
        case .roleSession: "(a session of the role)"
        case .user(_, .mfa): "(signed in with MFA)"
        case .user(_, .console): "(signed in without MFA)"
        case .user(_, .accessKey): "(with an access key, no MFA)"
        }
    }

    private static func describe(_ statements: [MatchedStatement]) -> String {
        guard !statements.isEmpty else { return "no statement names it." }
        return statements.map { statement in
            let name = statement.policyType == .resourceBased ? "the trust policy" : "policy \(statement.policyName)"
            let sid = statement.sid.map { " (Sid \($0))" } ?? ""
            return "\(statement.effect == .allow ? "Allow" : "Deny") statement \(statement.statementIndex + 1)\(sid) of \(name), line \(statement.span.start.line)"
        }.joined(separator: "; ") + "."
    }
}
