import IAMPolicy

/// STS: AssumeRole, GetSessionToken, GetCallerIdentity.
/// Sources: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_assumerole.html,
/// iam-semantics.md §3.4 and §5.
extension IAMService {
    /// What AssumeRole returns.
    public struct AssumeRoleResult: Sendable, Equatable {
        /// The temporary credentials (`ASIA…`).
        public var credentials: AccessKey
        /// The session (its ARN and `AssumedRoleId`).
        public var session: RoleSession
        /// The caller to use for requests made with these credentials.
        public var caller: Caller { .roleSession(session) }
        /// `PackedPolicySize` when the session has session policies or session tags.
        public var packedPolicySize: Int?
    }

    /// The AssumeRole request parameters, named as the API names them.
    public struct AssumeRoleRequest: Sendable, Hashable {
        /// `RoleArn`.
        public var roleArn: String
        /// `RoleSessionName`.
        public var roleSessionName: String
        /// `DurationSeconds` (default 3600).
        public var durationSeconds: Int?
        /// `ExternalId`.
        public var externalId: String?
        /// `SerialNumber` of the caller's MFA device.
        public var serialNumber: String?
        /// `TokenCode` shown by that device.
        public var tokenCode: String?
        /// `Policy`: an inline session policy.
        public var policy: String?
        /// `PolicyArns`: managed session policies.
        public var policyArns: [String]
        /// `SourceIdentity`.
        public var sourceIdentity: String?
        /// `Tags`: session tags (principal tags of the new session).
        public var tags: [Tag]
        /// `TransitiveTagKeys`: which of `tags` pass on through role chaining.
        public var transitiveTagKeys: [String]

        /// Creates a request.
        public init(roleArn: String, roleSessionName: String, durationSeconds: Int? = nil, externalId: String? = nil,
                    serialNumber: String? = nil, tokenCode: String? = nil, policy: String? = nil, policyArns: [String] = [],
                    sourceIdentity: String? = nil, tags: [Tag] = [], transitiveTagKeys: [String] = []) {
            self.roleArn = roleArn
            self.roleSessionName = roleSessionName
            self.durationSeconds = durationSeconds
            self.externalId = externalId
            self.serialNumber = serialNumber
            self.tokenCode = tokenCode
            self.policy = policy
            self.policyArns = policyArns
            self.sourceIdentity = sourceIdentity
            self.tags = tags
            self.transitiveTagKeys = transitiveTagKeys
        }
    }

    /// AssumeRole: parameter checks, then the trust policy (and for account/cross-account trust
    /// the caller's identity policies) with the request context AWS builds — for `sts:AssumeRole`,
    /// and for `sts:TagSession`/`sts:SetSourceIdentity` when the session gets tags or a source
    /// identity; on success a new role session whose permissions are the role's only (∩ session
    /// policies) and whose principal tags include its session tags.
    public func assumeRole(_ request: AssumeRoleRequest, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) -> AssumeRoleResult {
        try checkAssumeRoleParameters(request)
        try Self.checkSessionTagValues(request)
        try checkNotExpired(caller)
        if case .root = caller {
            throw ServiceError.accessDenied("Roles may not be assumed by root accounts.")
        }
        let attributes = try sessionAttributes(for: request, caller: caller)
        // Built only when refused: the allowed path must not format the caller's ARN.
        var denied: ServiceError {
            ServiceError.accessDenied(Self.stsDenial(caller: caller, action: "sts:AssumeRole", roleARN: request.roleArn))
        }
        guard let parts = IAMARN.parse(request.roleArn), parts.service == "iam", parts.resourceType == "role",
              let role = try lab.fetch(Role.self, Role.key(parts.accountID, parts.name)), role.arn == request.roleArn else {
            throw denied
        }
        let chained = caller.usesTemporaryCredentials
        if let duration = request.durationSeconds {
            if duration > role.maxSessionDuration {
                throw ServiceError.validation("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.")
            }
            if chained && duration > 3600 {
                throw ServiceError.validation("The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.")
            }
        }
        if let text = request.policy {
            _ = try PolicyChecks.validateSessionPolicy(text)
        }
        try Self.checkPackedSize(policy: request.policy, policyARNs: request.policyArns, tags: attributes.sessionTags)
        let mfaTime = try verifyMFA(serialNumber: request.serialNumber, tokenCode: request.tokenCode, caller: caller, in: lab)
        // Evaluate without a trace first (the common, allowed case stays fast); a refusal is
        // evaluated again with the trace so the error can explain itself.
        let decision = try evaluateTrust(role: role, caller: caller, sessionName: request.roleSessionName, externalID: request.externalId,
                                         mfaTime: mfaTime, session: attributes, in: lab, explain: false)
        guard decision.isAllowed else {
            var error = denied
            error.explanation = try evaluateTrust(role: role, caller: caller, sessionName: request.roleSessionName,
                                                  externalID: request.externalId, mfaTime: mfaTime, session: attributes, in: lab, explain: true)
            error.requestContext = try assumeRoleContext(role: role, caller: caller, sessionName: request.roleSessionName,
                                                         externalID: request.externalId, mfaTime: mfaTime, session: attributes, in: lab)
            throw error
        }
        try authorizeSessionActions(role: role, caller: caller, request: request, attributes: attributes, mfaTime: mfaTime, in: lab)
        let result = try startSession(role: role, caller: caller, sessionName: request.roleSessionName,
                                      duration: request.durationSeconds ?? 3600, sessionPolicy: request.policy,
                                      sessionPolicyARNs: request.policyArns, mfaTime: mfaTime ?? inheritedMFA(caller),
                                      sourceIdentity: attributes.sourceIdentity, tags: attributes.sessionTags,
                                      transitiveTagKeys: attributes.sessionTransitiveKeys, in: &lab)
        return result
    }

    /// The trust-policy evaluation of AssumeRole (also used by console Switch Role and the UI's
    /// "why" panels): trust policy as resource policy, the caller's policies as identity side.
    public func evaluateTrust(role: Role, caller: Caller, sessionName: String, externalID: String? = nil, sourceIdentity: String? = nil,
                              mfaTime: Timestamp? = nil, in lab: some LabRepository, explain: Bool = true) throws(ServiceError) -> Decision {
        try evaluateTrust(role: role, caller: caller, sessionName: sessionName, externalID: externalID, mfaTime: mfaTime,
                          session: SessionAttributes(sourceIdentity: sourceIdentity), in: lab, explain: explain)
    }

    /// The trust-policy evaluation of `action` (`sts:AssumeRole`, `sts:TagSession`,
    /// `sts:SetSourceIdentity`) with the session's tags and source identity in the context.
    func evaluateTrust(role: Role, caller: Caller, sessionName: String, externalID: String?, mfaTime: Timestamp?,
                       action: String = "sts:AssumeRole", session: SessionAttributes, in lab: some LabRepository,
                       explain: Bool) throws(ServiceError) -> Decision {
        let context = try assumeRoleContext(role: role, caller: caller, sessionName: sessionName, externalID: externalID,
                                            mfaTime: mfaTime, session: session, in: lab)
        let trustText = try TrustPolicy.displayDocument(role.assumeRolePolicyDocument, in: lab)
        let trust = try Self.read(trustText, kind: .trust, record: role.recordKey, role: "trust policy of role \(role.roleName)")
        let sources = try policySources(for: caller, in: lab)
        let request = AuthorizationRequest(principal: try requestPrincipal(for: caller, in: lab), action: action,
                                           resource: role.arn, resourceAccountID: role.accountID, context: context)
        let set = PolicySet(identityPolicies: sources.identity, resourcePolicy: NamedPolicy(name: "trust policy", document: trust),
                            resourcePolicyIsTrustPolicy: true, permissionsBoundary: sources.boundary, sessionPolicies: sources.session)
        return PolicyEvaluator.evaluate(request, against: set, explain: explain)
    }

    /// The request context of one AssumeRole request. `sts:TagSession` and `sts:SetSourceIdentity`
    /// are evaluated with the same keys as `sts:AssumeRole` (whose declared list holds them all).
    func assumeRoleContext(role: Role, caller: Caller, sessionName: String, externalID: String?, mfaTime: Timestamp?,
                           session: SessionAttributes, in lab: some LabRepository) throws(ServiceError) -> RequestContext {
        var values = RequestValues(tags: .resource(role.tags))
        values.sts["sts:RoleSessionName"] = .single(sessionName)
        if let externalID { values.sts["sts:ExternalId"] = .single(externalID) }
        let sessionContext = session.requestContext
        for key in sessionContext.keys {
            values.sts[key] = sessionContext[key]
        }
        return try requestContext(for: caller, action: "sts:AssumeRole", values: values, mfaOverride: mfaTime, in: lab)
    }

    /// Issues the session's credentials and records the role's last use.
    func startSession(role: Role, caller: Caller, sessionName: String, duration: Int, sessionPolicy: String?, sessionPolicyARNs: [String],
                      mfaTime: Timestamp?, sourceIdentity: String?, tags: [Tag] = [], transitiveTagKeys: [String] = [],
                      in lab: inout some LabRepository) throws(ServiceError) -> AssumeRoleResult {
        let now = clock.now()
        let effective = caller.usesTemporaryCredentials ? min(duration, 3600) : duration
        let session = RoleSession(accountID: role.accountID, roleName: role.roleName, rolePath: role.path, roleID: role.roleID,
                                  sessionName: sessionName, issuedAt: now, expiration: now.adding(seconds: Int64(effective)),
                                  sessionPolicy: sessionPolicy, sessionPolicyARNs: sessionPolicyARNs, mfaAuthenticatedAt: mfaTime,
                                  sourceIdentity: sourceIdentity, sourceIdentityARN: caller.arn, isChained: caller.usesTemporaryCredentials,
                                  tags: tags, transitiveTagKeys: transitiveTagKeys)
        let key = AccessKey(accessKeyID: ids.accessKeyID(temporary: true), secretAccessKey: ids.secretAccessKey(), createDate: now,
                            owner: .roleSession(session), sessionToken: ids.sessionToken(), expiration: session.expiration)
        try lab.save(key)
        // RoleLastUsed has one-second resolution: a second assume within the same second
        // changes nothing, so the role is not rewritten.
        if role.lastUsedDate != now || role.lastUsedRegion != region {
            var used = role
            used.lastUsedDate = now
            used.lastUsedRegion = region
            try lab.save(used)
        }
        let packed = Self.packedPolicySize(policy: sessionPolicy, policyARNs: sessionPolicyARNs, tags: tags)?.total
        return AssumeRoleResult(credentials: key, session: session, packedPolicySize: packed)
    }

    /// MFA of a caller that passed SerialNumber and TokenCode: the time it was verified, nil
    /// when none was passed; AccessDenied in AWS's words for an unknown device or a wrong code.
    func verifyMFA(serialNumber: String?, tokenCode: String?, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Timestamp? {
        guard serialNumber != nil || tokenCode != nil else { return nil }
        let unknown = ServiceError.accessDenied(
            "MultiFactorAuthentication failed, unable to validate MFA code. Please verify your MFA serial number is valid and associated with this user.")
        guard let serialNumber, let tokenCode, case .user(let identity) = caller,
              let parts = IAMARN.parse(serialNumber), parts.accountID == identity.accountID,
              let device = try lab.fetch(MFADevice.self, MFADevice.key(parts.accountID, parts.name)),
              device.serialNumber == serialNumber, device.userName?.lowercased() == identity.userName.lowercased() else {
            throw unknown
        }
        guard isValidCode(tokenCode, for: device) else {
            throw ServiceError.accessDenied("MultiFactorAuthentication failed with invalid MFA one time pass code.")
        }
        return clock.now()
    }

    /// MFA information a caller's own credentials carry into a chained session.
    func inheritedMFA(_ caller: Caller) -> Timestamp? {
        switch caller {
        case .root: nil
        case .user(let identity): identity.authentication.mfaAuthenticatedAt
        case .roleSession(let session): session.mfaAuthenticatedAt
        }
    }

    /// STS's syntactic checks, reported together in the ValidationError format.
    func checkAssumeRoleParameters(_ request: AssumeRoleRequest) throws(ServiceError) {
        var check = ParameterValidator(operation: "AssumeRole")
        check.member(request.roleArn, at: "roleArn")
        check.member(request.roleSessionName, at: "roleSessionName")
        check.member(request.durationSeconds, at: "durationSeconds")
        check.member(request.externalId, at: "externalId")
        check.member(request.serialNumber, at: "serialNumber")
        check.member(request.tokenCode, at: "tokenCode")
        check.member(request.sourceIdentity, at: "sourceIdentity")
        check.member(request.policy, at: "policy")
        // The model's unrestrictedSessionPolicyDocumentType has no maximum, but the API reference
        // still says the plaintext session policy "can't exceed 2,048 characters" (and the packed
        // size is a separate limit): keep the documented bound, never more generous than AWS.
        // Source: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html (Policy)
        if let policy = request.policy, policy.count > 2048 {
            check.fail(policy, at: "policy", mustText: "have length less than or equal to 2048")
        }
        check.tags(request.tags.isEmpty ? nil : request.tags)
        check.tagKeys(request.transitiveTagKeys, at: "transitiveTagKeys")
        // Not in the model (policyDescriptorListType has no max): AWS takes at most 10 ARNs.
        // Source: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html (PolicyArns)
        if request.policyArns.count > 10 {
            check.fail("[\(request.policyArns.count) ARNs]", at: "policyArns", mustText: "have length less than or equal to 10")
        }
        try check.check()
        if let source = request.sourceIdentity, source.lowercased().hasPrefix("aws:") {
            throw ServiceError.validation("Invalid source identity: the value cannot start with 'aws:'.")
        }
    }
}
