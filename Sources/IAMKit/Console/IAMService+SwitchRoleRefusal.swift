import IAMPolicy

/// Why console Switch Role refused, in words, beneath the console's one generic message: the
/// console's own rules (root, external ID, path+name length, unknown account or role) and the
/// engine's decision for `sts:AssumeRole` (trust principal, MFA, the user's own permission).
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html,
/// iam-semantics.md §3.4 and §5.4.
public struct SwitchRoleRefusal: Sendable, Hashable {
    /// The reasons, most important first.
    public var reasons: [String]
    /// The engine's decision, when the switch got as far as evaluating `sts:AssumeRole`.
    public var decision: Decision?
    /// The role's ARN, when the role exists.
    public var roleARN: String?
}

extension IAMService {
    /// Explains why `console` cannot switch to `role` in `account` now (empty reasons when it can).
    public func switchRoleRefusal(_ console: ConsoleSession, account: String, role: String,
                                  in lab: some LabRepository) throws(ServiceError) -> SwitchRoleRefusal {
        var refusal = SwitchRoleRefusal(reasons: [], decision: nil, roleARN: nil)
        guard case .user(let identity) = console.signIn else {
            refusal.reasons = ["You are signed in as the root user: Switch Role is not available to root (AWS: \"Roles may not be assumed by root accounts.\"). Sign in as an IAM user."]
            return refusal
        }
        let trimmed = role.hasPrefix("/") ? String(role.dropFirst()) : role
        if trimmed.isEmpty {
            refusal.reasons = ["Enter the role's name (path/name if it has a path)."]
            return refusal
        }
        if trimmed.count > 64 {
            refusal.reasons = ["The role's path and name together are \(trimmed.count) characters; the console accepts at most 64."]
            return refusal
        }
        guard let found = try findAccount(account, in: lab) else {
            refusal.reasons = ["There is no account \"\(account)\" in this lab (enter a 12-digit account ID or an alias)."]
            return refusal
        }
        let name = String(trimmed.split(separator: "/").last ?? Substring(trimmed))
        let path = trimmed.contains("/") ? "/" + trimmed.split(separator: "/").dropLast().joined(separator: "/") + "/" : "/"
        guard let target = try lab.fetch(Role.self, Role.key(found.accountID, name)), target.roleName == name else {
            refusal.reasons = ["Account \(found.accountID) has no role named \"\(name)\" (names are case-sensitive)."]
            return refusal
        }
        refusal.roleARN = target.arn
        guard target.path == path else {
            refusal.reasons = ["Role \(name) has the path \(target.path): enter it as \(String(target.path.dropFirst()))\(name)."]
            return refusal
        }
        let caller = Caller.user(identity)
        let decision = try evaluateTrust(role: target, caller: caller, sessionName: identity.userName, in: lab)
        refusal.decision = decision
        let hasMFADevice = try lab.fetchAll(MFADevice.self, in: identity.accountID).contains { $0.userName == identity.userName }
        refusal.reasons = Self.reasons(decision, caller: caller, role: target, hasMFADevice: hasMFADevice)
        return refusal
    }

    /// The reasons a trust decision gives, in the order a learner should fix them.
    /// `hasMFADevice`: whether the user has an MFA device to sign in again with (a failed MFA
    /// condition then says to set one up first).
    static func reasons(_ decision: Decision, caller: Caller, role: Role, hasMFADevice: Bool = true) -> [String] {
        guard !decision.isAllowed else { return [] }
        var reasons: [String] = []
        let outcomes = decision.policyTypeOutcomes
        let trustTraces = decision.trace.filter { $0.statement.policyType == .resourceBased }
        if outcomes.resourceBased == .explicitDeny {
            reasons.append("A Deny statement in the trust policy of \(role.roleName) matches you.")
        } else if outcomes.resourceBased != .allow {
            let named = trustTraces.filter { $0.statement.effect == .allow && $0.actionMatched && $0.principalMatched != false }
            if named.isEmpty {
                reasons.append("The trust policy of \(role.roleName) does not name you (\(caller.arn)) or your account \(caller.accountID) as a principal.")
            }
            for trace in named {
                for condition in trace.conditions where !condition.result {
                    reasons.append(Self.reason(for: condition, hasMFADevice: hasMFADevice))
                }
            }
        }
        let crossAccount = role.accountID != caller.accountID
        let identity = outcomes.identity ?? .implicitDeny
        if identity == .explicitDeny {
            reasons.append("An explicit Deny in your own policies blocks sts:AssumeRole on \(role.arn).")
        } else if identity != .allow, crossAccount || outcomes.resourceBased == .allow {
            reasons.append("Your own policies (user and groups) do not allow sts:AssumeRole on \(role.arn): an administrator of account \(caller.accountID) must grant it.")
        }
        if reasons.isEmpty { reasons.append("The evaluation of sts:AssumeRole on \(role.arn) denied the request.") }
        return reasons
    }

    /// One failed trust condition in words.
    static func reason(for condition: ConditionTrace, hasMFADevice: Bool) -> String {
        let key = condition.key.lowercased()
        let request = condition.contextValues.map { $0.joined(separator: ", ") } ?? "absent"
        if key == "aws:multifactorauthpresent" || key == "aws:multifactorauthage" {
            // A user without a device cannot sign in with a code: the fix is a device first.
            let next = hasMFADevice ? "Sign in again with your MFA code."
                : "You have no MFA device: set one up first (Users page, m: Set up MFA), then sign in again with its code."
            return "The trust policy requires MFA (\(condition.operatorName) \(condition.key) = \(condition.policyValues.joined(separator: ", "))); "
                + "your sign-in has \(condition.key) = \(request). " + next
        }
        if key == "sts:externalid" {
            return "The trust policy requires an external ID (\(condition.operatorName) sts:ExternalId); the console's Switch Role cannot pass one "
                + "(use `rolecall sts assume-role --external-id`)."
        }
        return "The trust condition \(condition.operatorName) \(condition.key) expects [\(condition.policyValues.joined(separator: ", "))]; the request has \(request)."
    }
}
