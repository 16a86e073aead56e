import Crypto
import IAMKit
import IAMPolicy
import RoleStore

extension LabBackend {
    /// botocore refreshes a cached role session this long before it expires
    /// (`CachedCredentialFetcher.DEFAULT_EXPIRY_WINDOW_SECONDS`).
    static let roleSessionRefreshWindow = 15 * 60

    /// The session keys of a role profile: the cached session while it has more than 15
    /// minutes left, else a new AssumeRole call as the source profile (asking for the MFA code
    /// when the profile names a device), cached in the lab as the AWS CLI caches it in
    /// `~/.aws/cli/cache` (https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-role.html).
    func roleSession(_ profile: RoleProfile, store: LabStore, options: GlobalOptions) throws(CommandError) -> StaticCredentials {
        let cacheName = "cli-cache-" + Hex.lowercase(Insecure.SHA1.hash(data: Array(profile.cacheArguments.utf8)))
        let now = service.clock.now()
        let cached = try transact(store, readOnly: true, operation: "AssumeRole") { lab -> StaticCredentials? in
            guard let saved = try lab.record(SavedProfile.self, at: SavedProfile.key(cacheName)),
                  let key = try lab.record(AccessKey.self, at: AccessKey.key(saved.accessKeyID)),
                  let expiration = key.expiration,
                  expiration.secondsSince1970 - now.secondsSince1970 >= Int64(Self.roleSessionRefreshWindow)
            else { return nil }
            return StaticCredentials(accessKeyID: saved.accessKeyID, secretAccessKey: saved.secretAccessKey, sessionToken: saved.sessionToken)
        }
        if let cached { return cached }
        var parameters: JSONObject = ["RoleArn": .string(profile.roleARN),
                                      "RoleSessionName": .string(profile.sessionName ?? "botocore-session-\(now.secondsSince1970)")]
        if let duration = profile.durationSeconds { parameters["DurationSeconds"] = .number(JSONNumber(duration)) }
        if let externalID = profile.externalID { parameters["ExternalId"] = .string(externalID) }
        if let serial = profile.mfaSerial {
            parameters["SerialNumber"] = .string(serial)
            parameters["TokenCode"] = .string(mfaPrompter("Enter MFA code for \(serial): ") ?? "")
        }
        guard let operation = OperationTable.operation(.sts, cliName: "assume-role") else {
            throw .other("rolecall: the operation table has no sts assume-role")
        }
        let resolver = CallerResolver(variables: variables, options: options, now: now, storePath: store.path, profileKeys: profile.source)
        let dispatcher = self.dispatcher
        let service = self.service
        let sourceKey = profile.source.accessKeyID
        let outcome = try transact(store, readOnly: false, operation: operation.name) {
            (lab: inout StoreTransaction) throws -> Result<StaticCredentials, ServiceError> in
            let caller = try resolver.resolve(in: lab)
            let response: JSONValue
            do throws(ServiceError) {
                response = try dispatcher.call(service: "sts", operation: operation.name, parameters: .object(parameters), caller: caller, in: &lab)
                try service.recordUse(ofAccessKey: sourceKey, service: "sts", in: &lab)
            } catch {
                lab.discardChanges()
                try service.recordUse(ofAccessKey: sourceKey, service: "sts", in: &lab)
                var event = AuditRecord.event(operation, parameters: parameters,
                                              outcome: .failure(errorCode: error.code, errorMessage: error.message),
                                              caller: caller, accessKeyID: sourceKey, time: now, in: lab)
                event.explanation = error.auditExplanation
                lab.recordAudit(event)
                return .failure(error)
            }
            lab.recordAudit(AuditRecord.event(operation, parameters: parameters, outcome: .success(responseElements: response),
                                              caller: caller, accessKeyID: sourceKey, time: now, in: lab))
            let credentials = response["Credentials"]
            let session = StaticCredentials(accessKeyID: credentials?["AccessKeyId"]?.stringValue ?? "",
                                            secretAccessKey: credentials?["SecretAccessKey"]?.stringValue ?? "",
                                            sessionToken: credentials?["SessionToken"]?.stringValue)
            try lab.put(SavedProfile(name: cacheName, accessKeyID: session.accessKeyID, secretAccessKey: session.secretAccessKey,
                                     sessionToken: session.sessionToken))
            return .success(session)
        }
        switch outcome {
        case .success(let session): return session
        case .failure(let error): throw .service(ServiceFailure(error), operation: operation.name)
        }
    }
}
