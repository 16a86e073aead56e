import IAMPolicy

/// SimulatePrincipalPolicy and SimulateCustomPolicy: the policy engine's decision per action and
/// resource, in AWS's `EvaluationResults` shape. The context entries given are the whole
/// request context (the simulator adds no keys of its own). The principal, its policy sources
/// and the evaluation are those of a real call (`policySources`, `requestPrincipal`,
/// `PolicyEvaluator`): a resource in another account (by its ARN or `ResourceOwner`) needs the
/// identity side AND the resource policy; session policies (`SessionPolicyInputList`, a lab
/// extension) intersect; a resource policy naming a role ARN matches that role's sessions.
/// Sources: https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_EvaluationResult.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
extension IAMService {
    /// One `EvaluationResult`.
    public struct SimulationResult: Sendable, Hashable {
        /// `EvalActionName`.
        public var actionName: String
        /// `EvalResourceName`.
        public var resourceName: String
        /// The engine's decision (its outcome gives `EvalDecision`).
        public var decision: Decision
        /// `MatchedStatements`.
        public var matchedStatements: [MatchedSource]
        /// `MissingContextValues`.
        public var missingContextValues: [String]
        /// `PermissionsBoundaryDecisionDetail.AllowedByPermissionsBoundary`, when a boundary took part.
        public var allowedByPermissionsBoundary: Bool?

        /// `allowed`, `explicitDeny` or `implicitDeny`.
        public var evalDecision: String { decision.outcome.evalDecision }
    }

    /// One matched statement of a simulation, located in its policy's text.
    public struct MatchedSource: Sendable, Hashable {
        /// `SourcePolicyId`: the policy name (`PolicyInputList.1` for input policies).
        public var sourcePolicyID: String
        /// `SourcePolicyType`: `user`, `group`, `role`, `aws-managed`, `user-managed`, `resource`, `IAM Policy`, `none`.
        public var sourcePolicyType: String
        /// `StartPosition` (1-based line and column).
        public var start: SourcePosition
        /// `EndPosition`.
        public var end: SourcePosition
    }

    /// SimulatePrincipalPolicy: the policies of a user, group or role (a role session ARN stands
    /// for a session of its role), plus optional extra policies.
    public func simulatePrincipalPolicy(policySourceArn: String, actionNames: [String], resourceArns: [String]? = nil,
                                        contextEntries: [ContextEntry] = [], policyInputList: [String] = [],
                                        permissionsBoundaryPolicyInputList: [String] = [], resourcePolicy: String? = nil,
                                        resourceOwner: String? = nil, callerArn: String? = nil, sessionPolicyInputList: [String] = [],
                                        caller: Caller, in lab: some LabRepository) throws(ServiceError) -> [SimulationResult] {
        var check = ParameterValidator(operation: "SimulatePrincipalPolicy")
        check.member(policySourceArn, at: "policySourceArn")
        try check.check()
        try authorize(caller, "iam:SimulatePrincipalPolicy", on: policySourceArn, in: lab)
        guard let parts = IAMARN.parse(policySourceArn) else { throw ServiceError.invalidInput("Invalid ARN: \(policySourceArn)") }
        let notFound = ServiceError.noSuchEntity("Could not find entity for \(policySourceArn)")
        var sources = PolicySources()
        var principal: RequestPrincipal
        switch parts.resourceType {
        case "user":
            guard let user = try lab.fetch(User.self, User.key(parts.accountID, parts.name)), user.arn == policySourceArn else { throw notFound }
            let simulated = Caller.user(UserIdentity(accountID: user.accountID, userName: user.userName, path: user.path))
            sources = try policySources(for: simulated, in: lab)
            principal = try requestPrincipal(for: simulated, in: lab)
        case "group":
            guard let group = try lab.fetch(Group.self, Group.key(parts.accountID, parts.name)), group.arn == policySourceArn else { throw notFound }
            try addPolicies(of: group, type: "group", to: &sources, in: lab)
            principal = .user(arn: group.arn, uniqueID: group.groupID)
        case "role", "assumed-role":
            // `assumed-role/ROLE/SESSION`: a session of the role, evaluated as its real calls are.
            let roleName = parts.resourceType == "role" ? parts.name : String(parts.path.split(separator: "/").first ?? "")
            guard let role = try lab.fetch(Role.self, Role.key(parts.accountID, roleName)),
                  parts.resourceType == "assumed-role" || role.arn == policySourceArn else { throw notFound }
            let now = clock.now()
            let session = RoleSession(accountID: role.accountID, roleName: role.roleName, rolePath: role.path, roleID: role.roleID,
                                      sessionName: parts.resourceType == "assumed-role" ? parts.name : "simulation",
                                      issuedAt: now, expiration: now.adding(seconds: 3600), sourceIdentityARN: role.arn)
            let simulated = Caller.roleSession(session)
            sources = try policySources(for: simulated, in: lab)
            principal = try requestPrincipal(for: simulated, in: lab)
        default:
            throw ServiceError.invalidInput("Invalid ARN: \(policySourceArn)")
        }
        if let callerArn {
            principal = try simulatedCaller(callerArn, in: lab)
        }
        let request = SimulationRequest(actionNames: actionNames, resourceArns: resourceArns, contextEntries: contextEntries,
                                        extraPolicies: policyInputList, boundaries: permissionsBoundaryPolicyInputList,
                                        sessionPolicies: sessionPolicyInputList, resourcePolicy: resourcePolicy, resourceOwner: resourceOwner)
        return try simulate(request, sources: sources, principal: principal)
    }

    /// SimulateCustomPolicy: only the given policies.
    public func simulateCustomPolicy(policyInputList: [String], actionNames: [String], resourceArns: [String]? = nil,
                                     contextEntries: [ContextEntry] = [], permissionsBoundaryPolicyInputList: [String] = [],
                                     resourcePolicy: String? = nil, resourceOwner: String? = nil, callerArn: String? = nil,
                                     sessionPolicyInputList: [String] = [], caller: Caller,
                                     in lab: some LabRepository) throws(ServiceError) -> [SimulationResult] {
        try authorize(caller, "iam:SimulateCustomPolicy", on: "*", in: lab)
        let principal = try callerArn.map { (arn: String) throws(ServiceError) in try simulatedCaller(arn, in: lab) }
            ?? .user(arn: IAMARN.user(caller.accountID, name: "simulated"))
        let request = SimulationRequest(actionNames: actionNames, resourceArns: resourceArns, contextEntries: contextEntries,
                                        extraPolicies: policyInputList, boundaries: permissionsBoundaryPolicyInputList,
                                        sessionPolicies: sessionPolicyInputList, resourcePolicy: resourcePolicy, resourceOwner: resourceOwner)
        return try simulate(request, sources: PolicySources(), principal: principal)
    }

    /// `CallerArn`: AWS accepts only an IAM user's ARN ("You cannot specify the ARN of an assumed
    /// role, federated user, or a service principal"); the user need not exist in the lab.
    private func simulatedCaller(_ arn: String, in lab: some LabRepository) throws(ServiceError) -> RequestPrincipal {
        guard let parts = IAMARN.parse(arn), parts.service == "iam", parts.resourceType == "user", Account.isAccountID(parts.accountID) else {
            throw ServiceError.invalidInput("CallerArn must be the ARN of an IAM user: \(arn)")
        }
        let user = try lab.fetch(User.self, User.key(parts.accountID, parts.name))
        return .user(arn: arn, uniqueID: user?.arn == arn ? user?.userID : nil)
    }

    private func simulate(_ request: SimulationRequest, sources: PolicySources, principal: RequestPrincipal) throws(ServiceError) -> [SimulationResult] {
        let owner = try request.checked()
        var sources = sources
        for (index, text) in request.extraPolicies.enumerated() {
            let name = "PolicyInputList.\(index + 1)"
            sources.identity.append(NamedPolicy(name: name, document: try PolicyChecks.parse(text, kind: .identity)))
            sources.types[name] = "IAM Policy"
        }
        for (index, text) in request.boundaries.enumerated() {
            let name = "PermissionsBoundaryPolicyInputList.\(index + 1)"
            sources.boundary = NamedPolicy(name: name, document: try PolicyChecks.parse(text, kind: .permissionsBoundary))
            sources.types[name] = "IAM Policy"
        }
        for (index, text) in request.sessionPolicies.enumerated() {
            let name = "SessionPolicyInputList.\(index + 1)"
            sources.session.append(NamedPolicy(name: name, document: try PolicyChecks.parse(text, kind: .session)))
            sources.types[name] = "IAM Policy"
        }
        let resource = try request.resourcePolicy.map { (text: String) throws(ServiceError) -> NamedPolicy in
            NamedPolicy(name: "ResourcePolicy", document: try PolicyChecks.parse(text, kind: .resourceBased))
        }
        if resource != nil { sources.types["ResourcePolicy"] = "resource" }
        var context = RequestContext()
        for entry in request.contextEntries {
            context[entry.key] = entry.type.hasSuffix("List") ? .multiple(entry.values) : .single(entry.values.first ?? "")
        }
        let set = PolicySet(identityPolicies: sources.identity, resourcePolicy: resource, resourcePolicyIsTrustPolicy: false,
                            permissionsBoundary: sources.boundary, sessionPolicies: sources.session)
        var results: [SimulationResult] = []
        // The resource's account: from its ARN, else ResourceOwner, else the caller's own.
        let resources = (request.resourceArns ?? ["*"]).map { (arn: $0, account: Self.resourceAccount(of: $0) ?? owner) }
        for action in request.actionNames {
            for (resourceARN, account) in resources {
                let evaluation = AuthorizationRequest(principal: principal, action: action, resource: resourceARN,
                                                      resourceAccountID: account, context: context)
                let decision = PolicyEvaluator.evaluate(evaluation, against: set, explain: false)
                let matched = decision.matchedStatements.map { statement in
                    let id = statement.policyName.hasPrefix("arn:") ? (IAMARN.parse(statement.policyName)?.name ?? statement.policyName)
                                                                     : statement.policyName
                    return MatchedSource(sourcePolicyID: id, sourcePolicyType: sources.types[statement.policyName] ?? "none",
                                         start: statement.span.start, end: statement.span.end)
                }
                let boundaryAllowed = sources.boundary == nil ? nil : decision.policyTypeOutcomes.permissionsBoundary == .allow
                results.append(SimulationResult(actionName: action, resourceName: resourceARN, decision: decision, matchedStatements: matched,
                                                missingContextValues: decision.missingContextKeys, allowedByPermissionsBoundary: boundaryAllowed))
            }
        }
        return results
    }
}
