import IAMPolicy

/// Policy simulation operations of the dynamic entry point.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
extension OperationTable {
    static let simulation: [OperationEntry] = [
        (OperationInput.SimulatePrincipalPolicy.operationName, { service, p, caller, lab throws(ServiceError) in
            try refuseUnsimulated(p, known: principalParameters)
            let input = try OperationInput.SimulatePrincipalPolicy(p)
            let results = try service.simulatePrincipalPolicy(
                policySourceArn: input.policySourceArn, actionNames: input.actionNames, resourceArns: input.resourceArns,
                contextEntries: input.contextEntries ?? [], policyInputList: input.policyInputList ?? [],
                permissionsBoundaryPolicyInputList: input.permissionsBoundaryPolicyInputList ?? [],
                resourcePolicy: input.resourcePolicy, resourceOwner: input.resourceOwner, callerArn: input.callerArn,
                sessionPolicyInputList: input.sessionPolicyInputList ?? [], caller: caller, in: lab)
            return try evaluationResults(results, marker: input.marker, maxItems: input.maxItems)
        }),
        (OperationInput.SimulateCustomPolicy.operationName, { service, p, caller, lab throws(ServiceError) in
            try refuseUnsimulated(p, known: customParameters)
            let input = try OperationInput.SimulateCustomPolicy(p)
            let results = try service.simulateCustomPolicy(
                policyInputList: input.policyInputList, actionNames: input.actionNames, resourceArns: input.resourceArns,
                contextEntries: input.contextEntries ?? [],
                permissionsBoundaryPolicyInputList: input.permissionsBoundaryPolicyInputList ?? [],
                resourcePolicy: input.resourcePolicy, resourceOwner: input.resourceOwner, callerArn: input.callerArn,
                sessionPolicyInputList: input.sessionPolicyInputList ?? [], caller: caller, in: lab)
            return try evaluationResults(results, marker: input.marker, maxItems: input.maxItems)
        }),
    ]

    /// What SimulateCustomPolicy evaluates; anything else is refused, never ignored.
    static let customParameters: Set<String> = [
        "PolicyInputList", "ActionNames", "ResourceArns", "ContextEntries", "PermissionsBoundaryPolicyInputList",
        "ResourcePolicy", "ResourceOwner", "CallerArn", "SessionPolicyInputList", "MaxItems", "Marker",
    ]
    /// What SimulatePrincipalPolicy evaluates.
    static let principalParameters = customParameters.union(["PolicySourceArn"])

    /// A parameter the lab cannot simulate (`ResourceHandlingOption`'s EC2 scenarios, anything
    /// unknown) stops the request: accepting it and then ignoring it would answer another question.
    static func refuseUnsimulated(_ parameters: ServiceParameters, known: Set<String>) throws(ServiceError) {
        for name in parameters.object.keys where !known.contains(name) {
            if case .null? = parameters.object[name] { continue }
            throw ServiceError.invalidInput(
                "rolecall cannot simulate the parameter \(name) (EC2 resource-handling scenarios and other inputs beyond identity, "
                    + "boundary, session and resource policies); remove it.")
        }
    }

    /// `{"EvaluationResults": [...], "IsTruncated": false}`.
    static func evaluationResults(_ all: [IAMService.SimulationResult], marker: String?, maxItems: Int?) throws(ServiceError) -> JSONValue {
        // Paged by position, as AWS pages EvaluationResults with MaxItems/Marker (default 100).
        let start = try marker.map { (text: String) throws(ServiceError) -> Int in
            guard let index = Int(text), index >= 0, index <= all.count else { throw ServiceError.invalidInput("Invalid Marker: \(text)") }
            return index
        } ?? 0
        let limit = max(1, min(maxItems ?? 100, 1000))
        let end = min(all.count, start + limit)
        let results = Array(all[start..<end])
        func position(_ position: SourcePosition) -> JSONValue {
            .object(JSONObject(pairs: [("Line", .number(JSONNumber(position.line))), ("Column", .number(JSONNumber(position.column)))]))
        }
        let items: [JSONValue] = results.map { result in
            var object = JSONObject(pairs: [
                ("EvalActionName", .string(result.actionName)), ("EvalResourceName", .string(result.resourceName)),
                ("EvalDecision", .string(result.evalDecision)),
                ("MatchedStatements", .array(result.matchedStatements.map { matched in
                    .object(JSONObject(pairs: [("SourcePolicyId", .string(matched.sourcePolicyID)),
                                               ("SourcePolicyType", .string(matched.sourcePolicyType)),
                                               ("StartPosition", position(matched.start)), ("EndPosition", position(matched.end))]))
                })),
                ("MissingContextValues", .array(result.missingContextValues.map { .string($0) })),
            ])
            if let allowed = result.allowedByPermissionsBoundary {
                object["PermissionsBoundaryDecisionDetail"] = .object(JSONObject(pairs: [("AllowedByPermissionsBoundary", .bool(allowed))]))
            }
            return .object(object)
        }
        var page = JSONObject(pairs: [("EvaluationResults", .array(items)), ("IsTruncated", .bool(end < all.count))])
        if end < all.count { page["Marker"] = .string(String(end)) }
        return .object(page)
    }
}
