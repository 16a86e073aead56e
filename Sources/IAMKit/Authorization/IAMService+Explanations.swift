import IAMPolicy

/// The engine's decisions and their reasons in words, for graders outside IAMKit (exercise
/// checks): the same evaluation AssumeRole and every IAM call use, with extra request keys.
extension IAMService {
    /// The identity-side decision for `caller` doing `action` on `resource`, with the request
    /// context AWS builds for the caller plus `extra` keys (e.g. `iam:PermissionsBoundary`).
    public func decision(for caller: Caller, action: String, resource: String, extra: RequestContext,
                         in lab: some LabRepository) throws(ServiceError) -> Decision {
        var context = try requestContext(for: caller, action: action, in: lab)
        for key in extra.keys {
            context[key] = extra[key]
        }
        // The caller's own side, as `decision(for:)` and the policy simulator ask it: a
        // cross-account resource's own policy is a separate question (`evaluateTrust`).
        return try evaluate(caller, action: action, resource: resource, resourceAccountID: nil, context: context, in: lab, explain: true)
    }

    /// AWS's AccessDenied sentence for a refused identity decision.
    public static func deniedSentence(caller: String, action: String, resource: String, decision: Decision) -> String {
        accessDeniedMessage(caller: caller, action: action, resource: resource, decision: decision)
    }

    /// Why a trust evaluation (AssumeRole) refused `caller`, most important first: the reasons
    /// console Switch Role gives.
    public static func assumeRoleRefusalReasons(_ decision: Decision, caller: Caller, role: Role) -> [String] {
        reasons(decision, caller: caller, role: role)
    }
}
