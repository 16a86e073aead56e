import IAMPolicy

/// Authorization of every IAM operation for its caller, as AWS does it: the root user may do
/// everything in its own account; an IAM user needs an identity policy allowing the action
/// (and its boundary must allow it); a role session needs the role's policies (∩ boundary ∩
/// session policies) to allow it. IAM entities have no resource-based policies, so no
/// principal may act on another account's IAM resources, whatever its own policies say
/// (only `sts:AssumeRole*`, governed by the role's trust policy, crosses accounts).
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-services-that-work-with-iam.html (IAM: no resource-based policies)
///
/// AccessDenied text: AWS's documented current wording, e.g.
/// `User: arn:aws:iam::123456789012:user/bob is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::123456789012:role/X because no identity-based policy allows the iam:CreateRole action`
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html#access_denied_error_messages).
extension IAMService {
    /// Throws AccessDenied unless `caller` may perform `action` on `resource`; `tags` adds the
    /// request's ABAC keys, `policyARN` and `permissionsBoundary` the `iam:` keys of the same names.
    func authorize(_ caller: Caller, _ action: String, on resource: String, tags: TagConditions = .none, policyARN: String? = nil,
                   permissionsBoundary: String? = nil, in lab: some LabRepository) throws(ServiceError) {
        try authorize(caller, action, on: resource,
                      values: RequestValues(tags: tags, policyARN: policyARN, permissionsBoundary: permissionsBoundary), in: lab)
    }

    /// The one authorization path of every IAM operation: the session must be valid, the
    /// action must have its declared context keys, the request context is built by
    /// `requestContext(for:action:values:in:)`, and the engine decides.
    func authorize(_ caller: Caller, _ action: String, on resource: String, values: RequestValues,
                   in lab: some LabRepository) throws(ServiceError) {
        try checkNotExpired(caller)
        guard ActionContextKeys.declared[action] != nil else {
            throw ServiceError.serviceFailure("rolecall has no condition-key list for \(action); the request was refused.")
        }
        let owner = Self.resourceAccount(of: resource)
        let sameAccount = owner == nil || owner == caller.accountID
        // Root has every permission in its own account, and none in another.
        if case .root = caller, sameAccount { return }
        let context = try requestContext(for: caller, action: action, values: values, in: lab)
        let decision = try evaluateIdentity(caller, action: action, resource: resource, context: context, in: lab, explain: false)
        guard decision.isAllowed else {
            let explained = try evaluateIdentity(caller, action: action, resource: resource, context: context, in: lab, explain: true)
            var error = ServiceError.accessDenied(
                IAMService.accessDeniedMessage(caller: caller.arn, action: action, resource: resource, decision: explained,
                                               crossAccount: !sameAccount),
                explanation: explained)
            error.requestContext = context
            throw error
        }
    }

    /// The account that owns `resource`; nil for `*`, non-ARNs and AWS managed policies
    /// (`arn:aws:iam::aws:policy/...`, readable from every account).
    static func resourceAccount(of resource: String) -> String? {
        guard let account = IAMARN.parse(resource)?.accountID, !account.isEmpty, account != "aws" else { return nil }
        return account
    }

    /// The caller's account's side of `caller` doing any AWS `action` on `resource`
    /// (`s3:ListBucket` on `arn:aws:s3:::example_bucket`, `sts:AssumeRole` on a role of another
    /// account): its identity policies, boundary and session policies, with the request context
    /// AWS would build. What the console's "what may I do here" panel and tests ask; for a
    /// resource in another account, that account's resource policy (a role's trust policy,
    /// `evaluateTrust`) must allow too. Root in its own account is allowed.
    public func decision(for caller: Caller, action: String, resource: String, in lab: some LabRepository) throws(ServiceError) -> Decision {
        try checkNotExpired(caller)
        return try evaluate(caller, action: action, resource: resource, resourceAccountID: nil,
                            context: requestContext(for: caller, action: action, in: lab), in: lab, explain: true)
    }

    /// The decision for `caller` doing `action` on `resource` with identity-side policies only,
    /// as IAM decides it: across accounts that is an implicit deny, for the resource's account
    /// has no resource-based policy to allow it.
    public func evaluateIdentity(_ caller: Caller, action: String, resource: String, context: RequestContext,
                                 in lab: some LabRepository, explain: Bool = true) throws(ServiceError) -> Decision {
        try evaluate(caller, action: action, resource: resource, resourceAccountID: Self.resourceAccount(of: resource),
                     context: context, in: lab, explain: explain)
    }

    func evaluate(_ caller: Caller, action: String, resource: String, resourceAccountID: String?, context: RequestContext,
                          in lab: some LabRepository, explain: Bool) throws(ServiceError) -> Decision {
        let sources = try policySources(for: caller, in: lab)
        let request = AuthorizationRequest(principal: try requestPrincipal(for: caller, in: lab), action: action, resource: resource,
                                           resourceAccountID: resourceAccountID, context: context)
        let set = PolicySet(identityPolicies: sources.identity, permissionsBoundary: sources.boundary, sessionPolicies: sources.session)
        return PolicyEvaluator.evaluate(request, against: set, explain: explain)
    }

    /// AWS's AccessDenied sentence with the reason the decision gives.
    static func accessDeniedMessage(caller: String, action: String, resource: String, decision: Decision,
                                    crossAccount: Bool = false) -> String {
        let head = "User: \(caller) is not authorized to perform: \(action) on resource: \(resource)"
        let outcomes = decision.policyTypeOutcomes
        if decision.outcome == .explicitDeny {
            let place: String
            if outcomes.permissionsBoundary == .explicitDeny {
                place = "a permissions boundary"
            } else if outcomes.session == .explicitDeny {
                place = "a session policy"
            } else if outcomes.resourceBased == .explicitDeny {
                place = "a resource-based policy"
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
        if crossAccount, outcomes.identity == .allow || caller.hasSuffix(":root") {
            return "\(head) because no resource-based policy allows the \(action) action"
        }
        return "\(head) because no identity-based policy allows the \(action) action"
    }

    /// Temporary credentials are valid only from their issue time to their expiration:
    /// ExpiredToken after it, InvalidClientTokenId (saying why) before it.
    func checkNotExpired(_ caller: Caller) throws(ServiceError) {
        let now = clock.now()
        switch caller {
        case .roleSession(let session):
            if now >= session.expiration { throw ServiceError.expiredToken }
            if now < session.issuedAt { throw ServiceError.usedBeforeIssue(issuedAt: session.issuedAt, now: now) }
        case .user(let identity):
            if let issued = identity.tokenIssuedAt, now < issued { throw ServiceError.usedBeforeIssue(issuedAt: issued, now: now) }
        case .root:
            break
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
            let uniqueID = try user.map { (user: User) throws(ServiceError) -> String in
                try confirmedUniqueID(user.userID, of: user.arn, in: lab)
            }
            return RequestPrincipal(kind: .user, arn: user?.arn ?? identity.arn, accountID: identity.accountID, uniqueID: uniqueID)
        case .roleSession(let session):
            _ = try confirmedUniqueID(session.roleID, of: session.roleARN, in: lab)
            return RequestPrincipal(kind: .assumedRole, arn: session.arn, accountID: session.accountID, uniqueID: session.assumedRoleID,
                                    roleARN: session.roleARN, roleUniqueID: session.roleID)
        }
    }
}

extension IAMService {
    /// `id`, once the unique-ID index (one file per ID, so one owner per ID) confirms it is
    /// `arn`'s. A hand-copied record claiming another entity's unique ID would otherwise match
    /// every trust and resource policy that names that ID (docs/decisions.md, 2026-12-06); the
    /// request stops instead. An ID the index does not list is no conflict (`lab check` reports it).
    func confirmedUniqueID(_ id: String, of arn: String, in lab: some LabRepository) throws(ServiceError) -> String {
        if let entry = try lab.fetch(UniqueIDEntry.self, UniqueIDEntry.key(id)), entry.arn != arn {
            throw .serviceFailure("The lab's record of \(arn) claims the unique ID \(id), which the lab's unique-ID index gives to "
                + "\(entry.arn); two records claim one ID, so the request is refused. Run `rolecall lab check`.")
        }
        return id
    }
}

extension String {
    /// nil for the empty string.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
