import IAMPolicy

/// The one builder of request contexts: every IAM and STS operation's authorization (and the
/// trust evaluation of AssumeRole) gets its context here, never builds its own.
///
/// Global keys and when AWS includes them
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html):
/// - always: `aws:CurrentTime`, `aws:EpochTime`, `aws:SecureTransport`, `aws:RequestedRegion`,
///   `aws:PrincipalAccount`, `aws:PrincipalArn`, `aws:PrincipalType`, `aws:userid`,
///   `aws:PrincipalIsAWSService` (`false`: lab callers are never service principals) and
///   `aws:ViaAWSService` (`false`: the lab's calls are made directly, never by a service on the
///   caller's behalf, so `aws:CalledVia`, `aws:CalledViaFirst`, `aws:CalledViaLast` are absent);
/// - `aws:username` for IAM users only;
/// - `aws:PrincipalTag/<key>` for each tag of the user, or of the role plus the session tags;
/// - `aws:MultiFactorAuthPresent` only with temporary credentials of a user (GetSessionToken,
///   console sign-in): `true` with MFA, else `false`; absent for long-term access keys and
///   for role sessions, whose MFA is checked when the role is assumed (docs/decisions.md);
///   `aws:MultiFactorAuthAge` only when MFA was used;
/// - `aws:TokenIssueTime` only with temporary credentials (role sessions, GetSessionToken,
///   console sign-in);
/// - `aws:SourceIdentity` only for a session that carries one.
/// Then the action's own keys (`RequestValues`), filtered by its declared list.
extension IAMService {
    /// The full request context of `caller` doing `action` with `values`. `mfaOverride` is the
    /// MFA a call proves itself (AssumeRole with SerialNumber and TokenCode).
    func requestContext(for caller: Caller, action: String, values: RequestValues = RequestValues(), mfaOverride: Timestamp? = nil,
                        in lab: some LabRepository) throws(ServiceError) -> RequestContext {
        var context = try globalContext(for: caller, mfaOverride: mfaOverride, in: lab)
        if let declared = ActionContextKeys.declared[action] {
            values.apply(to: &context, declared: declared)
        }
        return context
    }

    /// The global condition keys AWS puts in every request of `caller`.
    private func globalContext(for caller: Caller, mfaOverride: Timestamp?, in lab: some LabRepository) throws(ServiceError) -> RequestContext {
        let now = clock.now()
        var context = RequestContext()
        context["aws:CurrentTime"] = .single(now.iso8601)
        context["aws:EpochTime"] = .single(String(now.secondsSince1970))
        context["aws:SecureTransport"] = "true"
        context["aws:RequestedRegion"] = .single(region)
        context["aws:PrincipalAccount"] = .single(caller.accountID)
        context["aws:PrincipalIsAWSService"] = "false"
        context["aws:ViaAWSService"] = "false"
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
            if let issued = identity.tokenIssuedAt { context["aws:TokenIssueTime"] = .single(issued.iso8601) }
        case .roleSession(let session):
            context["aws:PrincipalArn"] = .single(session.roleARN)
            context["aws:PrincipalType"] = "AssumedRole"
            context["aws:userid"] = .single(session.assumedRoleID)
            context["aws:TokenIssueTime"] = .single(session.issuedAt.iso8601)
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
