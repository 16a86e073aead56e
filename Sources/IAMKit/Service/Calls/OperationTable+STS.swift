import IAMPolicy

/// STS operations of the dynamic entry point.
/// Source: https://docs.aws.amazon.com/STS/latest/APIReference/API_Operations.html
extension OperationTable {
    static let stsOperations: [OperationEntry] = [
        on(OperationInput.AssumeRole.self) { service, input, caller, lab throws(ServiceError) in
            let request = IAMService.AssumeRoleRequest(
                roleArn: input.roleArn, roleSessionName: input.roleSessionName, durationSeconds: input.durationSeconds,
                externalId: input.externalId, serialNumber: input.serialNumber, tokenCode: input.tokenCode, policy: input.policy,
                policyArns: input.policyArns ?? [], sourceIdentity: input.sourceIdentity, tags: input.tags ?? [],
                transitiveTagKeys: input.transitiveTagKeys ?? [])
            let result = try service.assumeRole(request, caller: caller, in: &lab)
            var object = JSONObject(pairs: [
                ("Credentials", credentials(result.credentials)),
                ("AssumedRoleUser", .object(JSONObject(pairs: [("AssumedRoleId", .string(result.session.assumedRoleID)),
                                                               ("Arn", .string(result.session.arn))]))),
            ])
            if let packed = result.packedPolicySize { object["PackedPolicySize"] = .number(JSONNumber(packed)) }
            if let source = result.session.sourceIdentity { object["SourceIdentity"] = .string(source) }
            return .object(object)
        },
        on(OperationInput.GetSessionToken.self) { service, input, caller, lab throws(ServiceError) in
            let key = try service.getSessionToken(durationSeconds: input.durationSeconds, serialNumber: input.serialNumber,
                                                  tokenCode: input.tokenCode, caller: caller, in: &lab)
            return ResponseShapes.wrap("Credentials", credentials(key))
        },
        on(OperationInput.GetCallerIdentity.self) { service, _, caller, lab throws(ServiceError) in
            let identity = try service.getCallerIdentity(caller: caller, in: lab)
            return .object(JSONObject(pairs: [("UserId", .string(identity.userID)), ("Account", .string(identity.account)),
                                              ("Arn", .string(identity.arn))]))
        },
    ]

    /// `Credentials` as STS returns them.
    static func credentials(_ key: AccessKey) -> JSONValue {
        var object = JSONObject(pairs: [("AccessKeyId", .string(key.accessKeyID)), ("SecretAccessKey", .string(key.secretAccessKey)),
                                        ("SessionToken", .string(key.sessionToken ?? ""))])
        if let expiration = key.expiration { object["Expiration"] = ResponseShapes.date(expiration) }
        return .object(object)
    }
}
