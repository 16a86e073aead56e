import IAMPolicy

/// Authorization of every IAM operation for its caller, as AWS does it: the root user may do
/// everything in its own account; an IAM user needs an identity policy allowing the action
/// (and its boundary must allow it); a role session needs the role's policies (∩ boundary ∩
/// session policies) to allow it.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
///
/// AccessDenied text: AWS's documented current wording, e.g.
/// `User: arn:aws:iam::123456789012:user/bob is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::123456789012:role/X because no identity-based policy allows the iam:CreateRole action`
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html#access_denied_error_messages).
extension IAMService {
    /// Throws AccessDenied unless `caller` may perform `action` on `resource`; `tags` adds the
    /// request's ABAC keys (the target's tags, the tags it passes) to the context.
    func authorize(_ caller: Caller, _ action: String, on resource: String, tags: TagConditions = .none,
                   in lab: some LabRepository) throws(ServiceError) {
        try checkNotExpired(caller)
        if case .root(let accountID) = caller {
            // Root has every permission in its own account; IAM operations always act there.
            if accountID == caller.accountID { return }
        }
        var context = try requestContext(for: caller, in: lab)
        tags.apply(to: &context)
        let decision = try evaluateIdentity(caller, action: action, resource: resource, context: context, in: lab, explain: false)
        guard decision.isAllowed else {
            let explained = try evaluateIdentity(caller, action: action, resource: resource, context: context, in: lab, explain: true)
            throw ServiceError.accessDenied(IAMService.accessDeniedMessage(caller: caller.arn, action: action, resource: resource,
                                                                          decision: explained), explanation: explained)
        }
    }

    /// The decision for `caller` doing any AWS `action` on `resource` (`s3:ListBucket` on
    /// `arn:aws:s3:::example_bucket`), with the request context AWS would build for it: what the
    /// console's "what may I do here" panel and tests ask. Root in its own account is allowed.
    public func decision(for caller: Caller, action: String, resource: String, in lab: some LabRepository) throws(ServiceError) -> Decision {
        try checkNotExpired(caller)
        return try evaluateIdentity(caller, action: action, resource: resource, context: requestContext(for: caller, in: lab), in: lab)
    }

    /// The decision for `caller` doing `action` on `resource` by identity-side policies only.
    public func evaluateIdentity(_ caller: Caller, action: String, resource: String, context: RequestContext,
                                 in lab: some LabRepository, explain: Bool = true) throws(ServiceError) -> Decision {
        let sources = try policySources(for: caller, in: lab)
        let request = AuthorizationRequest(principal: try requestPrincipal(for: caller, in: lab), action: action, resource: resource,
                                           resourceAccountID: IAMARN.parse(resource)?.accountID.nilIfEmpty, context: context)
        let set = PolicySet(identityPolicies: sources.identity, permissionsBoundary: sources.boundary, sessionPolicies: sources.session)
        return PolicyEvaluator.evaluate(request, against: set, explain: explain)
    }

    /// AWS's AccessDenied sentence with the reason the decision gives.
    static func accessDeniedMessage(caller: String, action: String, resource: String, decision: Decision) -> String {
        let head = "User: \(caller) is not authorized to perform: \(action) on resource: \(resource)"
        let outcomes = decision.policyTypeOutcomes
        if decision.outcome == .explicitDeny {
            let place: String
            if outcomes.permissionsBoundary == .explicitDeny {
                place = "a permissions boundary"
            } else if outcomes.session == .explicitDeny {
                place = "a session policy"
            } else {
                place = "an identity-based policy"
            }
            return "\(head) with an explicit deny in \(place)"
        }
        if outcomes.identity == .allow, outcomes.permissionsBoundary != nil, outcomes.permissionsBoundary != .allow {
            return "\(head) because no permissions boundary allows the \(action) action"
        }
        if outcomes.identity == .allow, outcomes.session != nil, outcomes.session != .allow {
            return "\(head) because no session policy allows the \(action) action"
        }
        return "\(head) because no identity-based policy allows the \(action) action"
    }

    /// ExpiredToken for a role session or session-token user past its expiration.
    func checkNotExpired(_ caller: Caller) throws(ServiceError) {
        if case .roleSession(let session) = caller, clock.now() >= session.expiration {
            throw ServiceError.expiredToken
        }
    }

    /// The engine's view of `caller`.
    func requestPrincipal(for caller: Caller, in lab: some LabRepository) throws(ServiceError) -> RequestPrincipal {
        switch caller {
        case .root(let accountID):
            return .root(accountID: accountID)
        case .user(let identity):
            // The full initializer: the convenience ones re-parse the ARN on every request.
            let user = try lab.fetch(User.self, User.key(identity.accountID, identity.userName))
            return RequestPrincipal(kind: .user, arn: user?.arn ?? identity.arn, accountID: identity.accountID, uniqueID: user?.userID)
        case .roleSession(let session):
            return RequestPrincipal(kind: .assumedRole, arn: session.arn, accountID: session.accountID, uniqueID: session.assumedRoleID,
                                    roleARN: session.roleARN, roleUniqueID: session.roleID)
        }
    }

    /// The global condition keys AWS puts in every request of `caller`.
    /// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
    func requestContext(for caller: Caller, in lab: some LabRepository, mfaOverride: Timestamp? = nil) throws(ServiceError) -> RequestContext {
        let now = clock.now()
        var context = RequestContext()
        context["aws:CurrentTime"] = .single(now.iso8601)
        context["aws:EpochTime"] = .single(String(now.secondsSince1970))
        context["aws:SecureTransport"] = "true"
        context["aws:RequestedRegion"] = .single(region)
        context["aws:PrincipalAccount"] = .single(caller.accountID)
        var mfaTime: Timestamp?
        var mfaKnown = true
        var tags: [Tag] = []
        switch caller {
        case .root(let accountID):
            context["aws:PrincipalArn"] = .single(IAMARN.root(accountID))
            context["aws:PrincipalType"] = "Account"
            context["aws:userid"] = .single(accountID)
            mfaKnown = false
        case .user(let identity):
            let user = try lab.fetch(User.self, User.key(identity.accountID, identity.userName))
            context["aws:PrincipalArn"] = .single(user?.arn ?? identity.arn)
            context["aws:PrincipalType"] = "User"
            context["aws:userid"] = .single(user?.userID ?? identity.userName)
            context["aws:username"] = .single(user?.userName ?? identity.userName)
            tags = user?.tags ?? []
            mfaTime = identity.authentication.mfaAuthenticatedAt
            // Long-term access keys carry no MFA information: the key is absent, not "false".
            mfaKnown = identity.authentication != .longTermKey
        case .roleSession(let session):
            context["aws:PrincipalArn"] = .single(session.roleARN)
            context["aws:PrincipalType"] = "AssumedRole"
            context["aws:userid"] = .single(session.assumedRoleID)
            // Session tags (passed and inherited transitive) are principal tags too and override the
            // role's tags with the same key regardless of case: appended last, they replace them in
            // the case-insensitive context (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html).
            tags = (try lab.fetch(Role.self, Role.key(session.accountID, session.roleName))?.tags ?? []) + session.tags
            // "The temporary credentials returned by AssumeRole do not include MFA information
            // in the context" (id_credentials_mfa_configure-api-require.html): MFA is checked
            // when the role is assumed, not on the session's later calls.
            mfaKnown = false
            if let sourceIdentity = session.sourceIdentity { context["aws:SourceIdentity"] = .single(sourceIdentity) }
        }
        if let mfaOverride {
            mfaTime = mfaOverride
            mfaKnown = true
        }
        if mfaKnown {
            context["aws:MultiFactorAuthPresent"] = .single(mfaTime == nil ? "false" : "true")
            if let mfaTime { context["aws:MultiFactorAuthAge"] = .single(String(max(0, now.secondsSince1970 - mfaTime.secondsSince1970))) }
        }
        for tag in tags {
            context["aws:PrincipalTag/\(tag.key)"] = .single(tag.value)
        }
        return context
    }
}

extension String {
    /// nil for the empty string.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
