import IAMPolicy

/// STS operations of the dynamic entry point.
/// Source: https://docs.aws.amazon.com/STS/latest/APIReference/API_Operations.html
extension OperationTable {
    static let stsOperations: [String: OperationHandler] = [
        "AssumeRole": { service, p, caller, lab throws(ServiceError) in
            let request = IAMService.AssumeRoleRequest(
                roleArn: try p.required("RoleArn"), roleSessionName: try p.required("RoleSessionName"),
                durationSeconds: try p.int("DurationSeconds"), externalId: try p.string("ExternalId"),
                serialNumber: try p.string("SerialNumber"), tokenCode: try p.string("TokenCode"), policy: try p.string("Policy"),
                policyArns: try policyARNs(p), sourceIdentity: try p.string("SourceIdentity"), tags: try p.tags() ?? [],
                transitiveTagKeys: try p.strings("TransitiveTagKeys") ?? [])
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
        "GetSessionToken": { service, p, caller, lab throws(ServiceError) in
            let key = try service.getSessionToken(durationSeconds: p.int("DurationSeconds"), serialNumber: p.string("SerialNumber"),
                                                  tokenCode: p.string("TokenCode"), caller: caller, in: &lab)
            return ResponseShapes.wrap("Credentials", credentials(key))
        },
        "GetCallerIdentity": { service, _, caller, lab throws(ServiceError) in
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

    /// `PolicyArns`: a list of `{"arn": …}` (the API's shape) or of plain strings.
    static func policyARNs(_ p: ServiceParameters) throws(ServiceError) -> [String] {
        guard case .array(let values)? = p.object["PolicyArns"] else { return [] }
        return values.compactMap { $0["arn"]?.stringValue ?? $0.stringValue }
    }
}
