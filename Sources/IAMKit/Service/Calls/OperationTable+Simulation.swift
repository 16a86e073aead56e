import IAMPolicy

/// Policy simulation operations of the dynamic entry point.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
extension OperationTable {
    static let simulation: [String: OperationHandler] = [
        "SimulatePrincipalPolicy": { service, p, caller, lab throws(ServiceError) in
            let results = try service.simulatePrincipalPolicy(
                policySourceArn: p.required("PolicySourceArn"), actionNames: p.strings("ActionNames") ?? [],
                resourceArns: p.strings("ResourceArns"), contextEntries: p.contextEntries(), policyInputList: p.strings("PolicyInputList") ?? [],
                permissionsBoundaryPolicyInputList: p.strings("PermissionsBoundaryPolicyInputList") ?? [],
                resourcePolicy: p.string("ResourcePolicy"), callerArn: p.string("CallerArn"), caller: caller, in: lab)
            return evaluationResults(results)
        },
        "SimulateCustomPolicy": { service, p, caller, lab throws(ServiceError) in
            let results = try service.simulateCustomPolicy(
                policyInputList: p.strings("PolicyInputList") ?? [], actionNames: p.strings("ActionNames") ?? [],
                resourceArns: p.strings("ResourceArns"), contextEntries: p.contextEntries(),
                permissionsBoundaryPolicyInputList: p.strings("PermissionsBoundaryPolicyInputList") ?? [],
                resourcePolicy: p.string("ResourcePolicy"), callerArn: p.string("CallerArn"), caller: caller, in: lab)
            return evaluationResults(results)
        },
    ]

    /// `{"EvaluationResults": [...], "IsTruncated": false}`.
    static func evaluationResults(_ results: [IAMService.SimulationResult]) -> JSONValue {
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
        return .object(JSONObject(pairs: [("EvaluationResults", .array(items)), ("IsTruncated", false)]))
    }
}
