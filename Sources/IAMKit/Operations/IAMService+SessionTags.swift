import IAMPolicy

/// Session tags and source identity of AssumeRole, as AWS documents them:
/// - "Passing session tags in AWS STS" — https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html
///   (≤ 50 tags; passing tags needs `sts:TagSession` besides `sts:AssumeRole`; session tags are the
///   session's principal tags and override the role's tags with the same key, regardless of case;
///   transitive tags pass into the next session of a role chain and cannot be passed again there).
/// - "Monitor and control actions taken with assumed roles" —
///   https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html
///   (setting a source identity needs `sts:SetSourceIdentity`, in the trust policy and, across
///   accounts or when chaining, in the caller's policies; it persists through role chaining and
///   cannot be changed).
/// - AssumeRole API reference — https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
///   (`PackedPolicySize`, `PackedPolicyTooLarge`).
extension IAMService {
    /// What a new session carries: the tags passed now, the transitive tags inherited from the
    /// calling session, and the source identity (passed now or inherited).
    struct SessionAttributes: Sendable, Equatable {
        /// `Tags` of this request.
        var passedTags: [Tag] = []
        /// `TransitiveTagKeys` of this request.
        var passedTransitiveKeys: [String] = []
        /// Transitive tags of the calling session (role chaining).
        var inheritedTags: [Tag] = []
        /// The effective source identity.
        var sourceIdentity: String?
        /// Whether the request passed a source identity other than the calling session's.
        var changesSourceIdentity = false

        /// The new session's tags: inherited transitive tags, then the passed ones.
        var sessionTags: [Tag] { inheritedTags + passedTags }
        /// The new session's transitive keys: the inherited ones stay transitive.
        var sessionTransitiveKeys: [String] { inheritedTags.map(\.key) + passedTransitiveKeys }

        /// `aws:RequestTag/<key>` and `aws:TagKeys` for the tags the new session gets (passed and
        /// inherited transitive ones: both are set on it), `sts:TransitiveTagKeys` for the passed
        /// transitive keys, and `sts:SourceIdentity`: the keys AWS adds to the AssumeRole request
        /// context. That inherited tags count as request tags is MEDIUM CONFIDENCE (AWS requires
        /// `sts:TagSession` for them, see `authorizeSessionActions`; the context is not documented).
        var requestContext: RequestContext {
            var context = RequestContext()
            let tags = sessionTags
            for tag in tags {
                context["aws:RequestTag/\(tag.key)"] = .single(tag.value)
            }
            if !tags.isEmpty { context["aws:TagKeys"] = .multiple(tags.map(\.key)) }
            if !passedTransitiveKeys.isEmpty { context["sts:TransitiveTagKeys"] = .multiple(passedTransitiveKeys) }
            if let sourceIdentity { context["sts:SourceIdentity"] = .single(sourceIdentity) }
            return context
        }
    }

    /// STS's checks of the tag values themselves (after the syntactic ones): keys unique
    /// case-insensitively, every transitive key one of the passed tags' keys.
    /// Texts: "The specified transitive tag key must be included in the requested tags." is the
    /// response real STS gives (LocalStack's AWS-validated STS provider,
    /// localstack/localstack `services/sts/provider.py`, PR #12508). The duplicate-key text is
    /// IAM's (`InvalidInput` there); that STS answers it as InvalidParameterValue with the same
    /// sentence is LOW CONFIDENCE (seen only in emulators).
    static func checkSessionTagValues(_ request: AssumeRoleRequest) throws(ServiceError) {
        var seen: Set<String> = []
        for tag in request.tags where !seen.insert(tag.key.lowercased()).inserted {
            throw ServiceError.invalidParameterValue("Duplicate tag keys found. Please note that Tag keys are case insensitive.")
        }
        for key in request.transitiveTagKeys where !seen.contains(key.lowercased()) {
            throw ServiceError.invalidParameterValue("The specified transitive tag key must be included in the requested tags.")
        }
    }

    /// The new session's attributes for `caller`: inherits the transitive tags and the source
    /// identity of a calling role session. A passed tag whose key is an inherited transitive key
    /// fails with STS's InvalidParameterValue (text as LocalStack's AWS-validated provider has it).
    func sessionAttributes(for request: AssumeRoleRequest, caller: Caller) throws(ServiceError) -> SessionAttributes {
        var attributes = SessionAttributes(passedTags: request.tags, passedTransitiveKeys: request.transitiveTagKeys,
                                           sourceIdentity: request.sourceIdentity)
        guard case .roleSession(let calling) = caller else { return attributes }
        attributes.inheritedTags = calling.transitiveTags
        let inheritedKeys = Set(attributes.inheritedTags.map { $0.key.lowercased() })
        if request.tags.contains(where: { inheritedKeys.contains($0.key.lowercased()) }) {
            throw ServiceError.invalidParameterValue(
                "One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session.")
        }
        if let inherited = calling.sourceIdentity {
            attributes.changesSourceIdentity = request.sourceIdentity.map { $0 != inherited } ?? false
            attributes.sourceIdentity = inherited
        }
        return attributes
    }

    /// The permissions-only actions the call needs besides `sts:AssumeRole`, each evaluated like
    /// AssumeRole (trust policy as the resource policy, the caller's policies on the identity side):
    /// - `sts:TagSession` when the session gets tags, passed or transitive ones inherited through
    ///   role chaining (chained calls carrying EKS Pod Identity's transitive tags are refused with
    ///   `…is not authorized to perform: sts:TagSession on resource: …`: mattrobinsonsre/terrapod#1546,
    ///   aws/eks-pod-identity-agent#80, DataDog/stratus-red-team#462);
    /// - `sts:SetSourceIdentity` when the session gets a source identity, passed or inherited
    ///   (AWS's "Role chaining and cross-account requirements"; users of chained sessions report
    ///   `…is not authorized to perform: sts:SetSourceIdentity on resource: …`,
    ///   noqdev/iambic#357, MaterializeInc/materialize#37427).
    func authorizeSessionActions(role: Role, caller: Caller, request: AssumeRoleRequest, attributes: SessionAttributes,
                                 mfaTime: Timestamp?, in lab: some LabRepository) throws(ServiceError) {
        var actions: [String] = []
        if !attributes.sessionTags.isEmpty { actions.append("sts:TagSession") }
        if attributes.sourceIdentity != nil { actions.append("sts:SetSourceIdentity") }
        for action in actions {
            // A source identity cannot change during a role chain: AWS documents only that "the
            // assume role request will be denied"; this AccessDenied wording is LOW CONFIDENCE.
            if action == "sts:SetSourceIdentity", attributes.changesSourceIdentity {
                var error = ServiceError.accessDenied(Self.stsDenial(caller: caller, action: action, roleARN: role.arn))
                error.refusedAction = action
                throw error
            }
            let decision = try evaluateTrust(role: role, caller: caller, sessionName: request.roleSessionName, externalID: request.externalId,
                                             mfaTime: mfaTime, action: action, session: attributes, in: lab, explain: false)
            guard decision.isAllowed else {
                var error = ServiceError.accessDenied(Self.stsDenial(caller: caller, action: action, roleARN: role.arn))
                error.explanation = try evaluateTrust(role: role, caller: caller, sessionName: request.roleSessionName,
                                                      externalID: request.externalId, mfaTime: mfaTime, action: action,
                                                      session: attributes, in: lab, explain: true)
                error.refusedAction = action
                error.requestContext = try assumeRoleContext(role: role, caller: caller, sessionName: request.roleSessionName,
                                                             externalID: request.externalId, mfaTime: mfaTime, session: attributes, in: lab)
                throw error
            }
        }
    }

    /// STS's AccessDenied sentence: `User: <caller ARN> is not authorized to perform: <action> on resource: <role ARN>`.
    static func stsDenial(caller: Caller, action: String, roleARN: String) -> String {
        "User: \(caller.arn) is not authorized to perform: \(action) on resource: \(roleARN)"
    }

    /// `PackedPolicySize`, rolecall's approximation (AWS's packing is a compressed binary format
    /// it does not publish): one unit per non-white-space character of the inline session
    /// policy, per character of each managed session policy ARN, and per character of each
    /// session tag's key and value (passed and inherited; whether a tag is transitive does not
    /// count, as the API reference says); the size is `ceil(units × 100 / 2048)` percent, at
    /// least 1. nil when the session has no session policies and no session tags (AWS then
    /// returns no `PackedPolicySize`).
    static func packedPolicySize(policy: String?, policyARNs: [String], tags: [Tag]) -> (total: Int, policies: Int)? {
        guard policy != nil || !policyARNs.isEmpty || !tags.isEmpty else { return nil }
        let policyUnits = (policy.map(PolicySize.nonWhitespaceCount) ?? 0) + policyARNs.reduce(0) { $0 + $1.count }
        let tagUnits = tags.reduce(0) { $0 + $1.key.count + $1.value.count }
        func percent(_ units: Int) -> Int { max(1, (units * 100 + packedPolicyUnits - 1) / packedPolicyUnits) }
        return (percent(policyUnits + tagUnits), percent(policyUnits))
    }

    /// The packed-size budget in units (see `packedPolicySize`).
    static let packedPolicyUnits = 2048

    /// PackedPolicyTooLarge when the session policies and tags exceed the packed budget, with
    /// the two messages AWS gives (AWS re:Post knowledge center, "iam-role-aws-sts-error":
    /// "Packed policy consumes n% of allotted space, please use smaller policy." and "Packed
    /// size of session tags consumes n% of allotted space.").
    static func checkPackedSize(policy: String?, policyARNs: [String], tags: [Tag]) throws(ServiceError) {
        guard let size = packedPolicySize(policy: policy, policyARNs: policyARNs, tags: tags), size.total > 100 else { return }
        let message = size.policies > 100
            ? "Packed policy consumes \(size.policies)% of allotted space, please use smaller policy."
            : "Packed size of session tags consumes \(size.total)% of allotted space."
        throw ServiceError(code: "PackedPolicyTooLarge", message: message, httpStatus: 400)
    }
}
