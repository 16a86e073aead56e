import IAMPolicy

/// SimulatePrincipalPolicy and SimulateCustomPolicy: the policy engine's decision per action and
/// resource, in AWS's `EvaluationResults` shape. The context entries given are the whole
/// request context (the simulator adds no keys of its own).
/// Sources: https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_EvaluationResult.html
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
    /// for its role), plus optional extra policies.
    public func simulatePrincipalPolicy(policySourceArn: String, actionNames: [String], resourceArns: [String]? = nil,
                                        contextEntries: [ContextEntry] = [], policyInputList: [String] = [],
                                        permissionsBoundaryPolicyInputList: [String] = [], resourcePolicy: String? = nil,
                                        callerArn: String? = nil, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> [SimulationResult] {
        var check = ParameterValidator()
        check.arn(policySourceArn, at: "policySourceArn")
        try check.check()
        try authorize(caller, "iam:SimulatePrincipalPolicy", on: policySourceArn, in: lab)
        guard let parts = IAMARN.parse(policySourceArn) else { throw ServiceError.invalidInput("Invalid ARN: \(policySourceArn)") }
        let notFound = ServiceError.noSuchEntity("Could not find entity for \(policySourceArn)")
        var sources = PolicySources()
        var principal: RequestPrincipal
        switch parts.resourceType {
        case "user":
            guard let user = try lab.fetch(User.self, User.key(parts.accountID, parts.name)), user.arn == policySourceArn else { throw notFound }
            sources = try policySources(for: .user(UserIdentity(accountID: user.accountID, userName: user.userName, path: user.path)), in: lab)
            principal = .user(arn: user.arn, uniqueID: user.userID)
        case "group":
            guard let group = try lab.fetch(Group.self, Group.key(parts.accountID, parts.name)), group.arn == policySourceArn else { throw notFound }
            try addPolicies(of: group, type: "group", to: &sources, in: lab)
            principal = .user(arn: group.arn, uniqueID: group.groupID)
        case "role", "assumed-role":
            // `assumed-role/ROLE/SESSION`: the session's permissions are its role's.
            let roleName = parts.resourceType == "role" ? parts.name : String(parts.path.split(separator: "/").first ?? "")
            guard let role = try lab.fetch(Role.self, Role.key(parts.accountID, roleName)),
                  parts.resourceType == "assumed-role" || role.arn == policySourceArn else { throw notFound }
            try addPolicies(of: role, type: "role", to: &sources, in: lab)
            sources.boundary = try boundaryPolicy(role.permissionsBoundaryARN, accountID: role.accountID, in: lab)
            let session = parts.resourceType == "assumed-role" ? parts.name : "simulation"
            principal = .assumedRole(sessionARN: IAMARN.assumedRole(role.accountID, roleName: role.roleName, sessionName: session),
                                     roleARN: role.arn, roleUniqueID: role.roleID)
        default:
            throw ServiceError.invalidInput("Invalid ARN: \(policySourceArn)")
        }
        if let callerArn, let callerParts = IAMARN.parse(callerArn), callerParts.resourceType == "user" {
            principal = .user(arn: callerArn)
        }
        return try simulate(sources: sources, extra: policyInputList, boundaries: permissionsBoundaryPolicyInputList, principal: principal,
                            actionNames: actionNames, resourceArns: resourceArns, contextEntries: contextEntries, resourcePolicy: resourcePolicy)
    }

    /// SimulateCustomPolicy: only the given policies.
    public func simulateCustomPolicy(policyInputList: [String], actionNames: [String], resourceArns: [String]? = nil,
                                     contextEntries: [ContextEntry] = [], permissionsBoundaryPolicyInputList: [String] = [],
                                     resourcePolicy: String? = nil, callerArn: String? = nil, caller: Caller,
                                     in lab: some LabRepository) throws(ServiceError) -> [SimulationResult] {
        try authorize(caller, "iam:SimulateCustomPolicy", on: "*", in: lab)
        let principal = callerArn.map { RequestPrincipal.user(arn: $0) } ?? .user(arn: IAMARN.user(caller.accountID, name: "simulated"))
        return try simulate(sources: PolicySources(), extra: policyInputList, boundaries: permissionsBoundaryPolicyInputList,
                            principal: principal, actionNames: actionNames, resourceArns: resourceArns,
                            contextEntries: contextEntries, resourcePolicy: resourcePolicy)
    }

    private func simulate(sources: PolicySources, extra: [String], boundaries: [String], principal: RequestPrincipal, actionNames: [String],
                          resourceArns: [String]?, contextEntries: [ContextEntry], resourcePolicy: String?) throws(ServiceError) -> [SimulationResult] {
        var check = ParameterValidator()
        if actionNames.isEmpty { check.fail(nil, at: "actionNames", mustText: "not be null") }
        try check.check()
        var sources = sources
        for (index, text) in extra.enumerated() {
            let name = "PolicyInputList.\(index + 1)"
            sources.identity.append(NamedPolicy(name: name, document: try PolicyChecks.parse(text, kind: .identity)))
            sources.types[name] = "IAM Policy"
        }
        for (index, text) in boundaries.enumerated() {
            let name = "PermissionsBoundaryPolicyInputList.\(index + 1)"
            sources.boundary = NamedPolicy(name: name, document: try PolicyChecks.parse(text, kind: .permissionsBoundary))
            sources.types[name] = "IAM Policy"
        }
        let resource = try resourcePolicy.map { (text: String) throws(ServiceError) -> NamedPolicy in
            NamedPolicy(name: "ResourcePolicy", document: try PolicyChecks.parse(text, kind: .resourceBased))
        }
        if resource != nil { sources.types["ResourcePolicy"] = "resource" }
        var context = RequestContext()
        for entry in contextEntries {
            context[entry.key] = entry.type.hasSuffix("List") ? .multiple(entry.values) : .single(entry.values.first ?? "")
        }
        let texts = Dictionary((sources.identity + sources.session + [sources.boundary, resource].compactMap { $0 }).map { ($0.name, $0) },
                               uniquingKeysWith: { first, _ in first })
        var results: [SimulationResult] = []
        for action in actionNames {
            for resourceARN in resourceArns ?? ["*"] {
                let request = AuthorizationRequest(principal: principal, action: action, resource: resourceARN, context: context)
                let set = PolicySet(identityPolicies: sources.identity, resourcePolicy: resource, resourcePolicyIsTrustPolicy: false,
                                    permissionsBoundary: sources.boundary, sessionPolicies: sources.session)
                let decision = PolicyEvaluator.evaluate(request, against: set, explain: false)
                let matched = decision.matchedStatements.map { statement in
                    let id = texts[statement.policyName].map { _ in
                        statement.policyName.hasPrefix("arn:") ? (IAMARN.parse(statement.policyName)?.name ?? statement.policyName) : statement.policyName
                    } ?? statement.policyName
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
