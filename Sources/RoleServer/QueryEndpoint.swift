import AWSCommandLine
import Foundation
import IAMKit
import IAMPolicy
import RoleStore

/// One answered request: status, headers, the XML body, and what the request log prints.
public struct EndpointResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// Response headers (`x-amzn-RequestId`, `Content-Type`).
    public var headers: [(name: String, value: String)]
    /// The XML document, as UTF-8.
    public var bytes: [UInt8]
    /// The XML document as text.
    public var body: String { String(decoding: bytes, as: UTF8.self) }
    /// The API action (`GetRole`), or `-` when the request never got that far.
    public var action: String
    /// The caller's ARN, or `-` when the request was not authenticated.
    public var caller: String
    /// `allow`, `deny` (AccessDenied) or `error`.
    public var decision: String

    /// An error answered before the request was read (no action, no caller), in IAM's shape.
    static func failure(_ status: Int, code: String, message: String) -> EndpointResponse {
        error(status, code: code, message: message, service: "iam", requestID: RandomUUID.make(), action: "-", caller: "-", decision: "error")
    }

    /// AWS's error document for `service` (`Receiver` for a 5xx status, else `Sender`).
    static func error(_ status: Int, code: String, message: String, service: String, requestID: String,
                      action: String, caller: String, decision: String) -> EndpointResponse {
        EndpointResponse(status: status, headers: headers(requestID),
                         bytes: QueryXML.error(service: service, type: status >= 500 ? "Receiver" : "Sender", code: code,
                                               message: message, requestID: requestID),
                         action: action, caller: caller, decision: decision)
    }

    /// The headers every answer carries.
    static func headers(_ requestID: String) -> [(name: String, value: String)] {
        [("x-amzn-RequestId", requestID), ("Content-Type", "text/xml")]
    }
}

/// The IAM and STS Query API, independent of the HTTP server: authenticates a request with
/// SigV4 against the lab's keys, reads the Query parameters with the operation's model, runs
/// the operation through the CLI's own path (`LabBackend`: IAMKit's dispatcher inside one
/// RoleStore transaction, with the audit event), and answers in AWS's XML.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/iam-api.pdf (Query requests) and
/// https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html
///
/// `@unchecked Sendable`: the store serialises its transactions itself, and the service's ID
/// source is only used inside write transactions (so one request at a time); its clock is Sendable.
public final class QueryEndpoint: @unchecked Sendable {
    /// The lab, open for the server's lifetime.
    public let store: LabStore
    /// The domain with the lab clock.
    let service: IAMService
    /// Seconds since 1970 by the wall clock: SigV4's 15-minute window is about the transport,
    /// which clients sign with their real clock, not the lab's.
    let wallClock: @Sendable () -> Int

    /// Mutations from concurrent requests share durable commits (one set of fsyncs per group).
    public let groupCommit: GroupCommit

    /// Creates an endpoint on `store`.
    public init(store: LabStore, service: IAMService, wallClock: @escaping @Sendable () -> Int = { Int(Date().timeIntervalSince1970) }) {
        self.store = store
        self.service = service
        self.wallClock = wallClock
        groupCommit = GroupCommit(store: store)
    }

    /// The API version of `service`.
    static func version(of service: String) -> String {
        service == "sts" ? "2011-06-15" : "2010-05-08"
    }

    /// Answers one request.
    public func handle(_ request: SignedRequest) -> EndpointResponse {
        handle(QueryCall(request))
    }

    /// Answers one request whose parameters are decoded. A read looks up the caller's key and
    /// runs the call under one shared lock (one consistent view, and half the lock system calls
    /// of two transactions); a write looks its key up, then commits on its own.
    public func handle(_ call: QueryCall) -> EndpointResponse {
        guard !call.writes else { return answer(call) }
        do {
            return try store.read { _ in answer(call) }
        } catch {
            return .failure(500, code: "ServiceFailure", message: "rolecall could not read the lab: \(error)")
        }
    }

    /// Answers a read at once, or returns nil when that would mean waiting for the lab (a
    /// commit under way or waiting, in this process or another): the server then answers it
    /// with `handle(_:)` on a thread that may wait, never on an event loop. Nil for a write.
    public func answerWithoutWaiting(_ call: QueryCall) -> EndpointResponse? {
        guard !call.writes else { return nil }
        return answerWithoutWaiting([call])?.first
    }

    /// Answers reads that arrived together, in order, in one read transaction (one shared lock,
    /// one catch-up with the change log, one consistent view for all); nil when that would mean
    /// waiting for the lab. Every call must be a read.
    public func answerWithoutWaiting(_ calls: [QueryCall]) -> [EndpointResponse]? {
        precondition(!calls.contains(where: \.writes), "a write cannot be answered in a read transaction")
        do {
            return try store.readWithoutWaiting { _ in calls.map(answer) }
        } catch {
            return calls.map { _ in .failure(500, code: "ServiceFailure", message: "rolecall could not read the lab: \(error)") }
        }
    }

    /// One request's error answers: AWS's error document for its service, with its request ID
    /// and action.
    private struct ErrorAnswer {
        var service: String
        let requestID: String
        let action: String

        func callAsFunction(_ status: Int, _ code: String, _ message: String, caller: String = "-",
                            decision: String = "error") -> EndpointResponse {
            .error(status, code: code, message: message, service: service, requestID: requestID, action: action,
                   caller: caller, decision: decision)
        }
    }

    private func answer(_ call: QueryCall) -> EndpointResponse {
        let request = call.request
        var failure = ErrorAnswer(service: call.serviceFromVersion, requestID: RandomUUID.make(), action: call.fields["Action"] ?? "-")

        // Who signed it, and is the signature right?
        let credential: SigV4Credential
        do throws(SigV4Credential.Problem) {
            credential = try SigV4Credential.read(request, query: call.queryFields)
        } catch {
            switch error {
            case .missing: return failure(403, "MissingAuthenticationToken", "Request is missing Authentication Token")
            case .incomplete(let message): return failure(400, "IncompleteSignature", message)
            }
        }
        guard credential.service == "iam" || credential.service == "sts" else {
            return failure(403, "SignatureDoesNotMatch", "Credential should be scoped to correct service: '\(failure.service)'. ")
        }
        failure.service = credential.service

        // A mutation first tries its key as this server last saw it, without waiting for the
        // commit under way: it then queues for the next one with every other mutation that
        // arrived meanwhile (a lookup behind the commit let only a few in each time). A key's
        // secret never changes, and the call checks the key's status, session token and expiry
        // again inside its transaction (`CallerResolver`), so a stale copy can pass nothing AWS
        // would refuse; and whatever the stale copy fails is looked up again before refusing.
        let keyRecord = AccessKey.key(credential.accessKeyID)
        if call.writes, let lastKnown = store.lastKnownRecord(AccessKey.self, at: keyRecord),
           refusal(of: request, credential: credential, key: lastKnown, failure: failure) == nil {
            return run(call, as: lastKnown, failure: failure)
        }
        let key: AccessKey?
        do {
            key = try store.read { try $0.record(AccessKey.self, at: keyRecord) }
        } catch {
            return failure(500, "ServiceFailure", "rolecall could not read the lab: \(error)")
        }
        guard let key else { return failure(403, "InvalidClientTokenId", ServiceError.invalidClientTokenID.message) }
        if let refused = refusal(of: request, credential: credential, key: key, failure: failure) { return refused }
        return run(call, as: key, failure: failure)
    }

    /// Why `key` cannot have signed `request` (inactive, another session's, a wrong signature,
    /// an expired session), in AWS's words; nil when it did.
    private func refusal(of request: SignedRequest, credential: SigV4Credential, key: AccessKey, failure: ErrorAnswer) -> EndpointResponse? {
        guard key.status == "Active", key.sessionToken == credential.securityToken else {
            return failure(403, "InvalidClientTokenId", ServiceError.invalidClientTokenID.message)
        }
        do throws(SigV4Verifier.Failure) {
            try SigV4Verifier.verify(request, credential: credential, secret: key.secretAccessKey, now: wallClock())
        } catch {
            return failure(error.code == "IncompleteSignature" ? 400 : 403, error.code, error.message, caller: Self.callerARN(key.owner))
        }
        if let expiration = key.expiration, expiration <= service.clock.now() {
            let expired = ServiceError.expiredToken
            return failure(expired.httpStatus, expired.code, expired.message, caller: Self.callerARN(key.owner))
        }
        return nil
    }

    /// Runs an authenticated call exactly as the CLI does, as `key`'s owner.
    private func run(_ call: QueryCall, as key: AccessKey, failure: ErrorAnswer) -> EndpointResponse {
        let fields = call.fields
        let action = failure.action
        let callerARN = Self.callerARN(key.owner)
        guard action != "-" else { return failure(400, "MissingAction", "Missing Action", caller: callerARN) }
        let version = fields["Version"] ?? ""
        guard version == Self.version(of: failure.service), let operation = ServedOperations.operation(action, service: failure.service) else {
            return failure(400, "InvalidAction", "Could not find operation \(action) for version \(version)", caller: callerARN)
        }
        var variables = ["AWS_ACCESS_KEY_ID": key.accessKeyID, "AWS_SECRET_ACCESS_KEY": key.secretAccessKey]
        if let token = key.sessionToken { variables["AWS_SESSION_TOKEN"] = token }
        let backend = LabBackend(dispatcher: service, service: service, variables: variables, lockTimeout: store.lockTimeout)
        backend.openStore = store
        backend.groupCommit = groupCommit
        var options = GlobalOptions()
        options.store = store.path
        let parameters = QueryParameters.object(for: operation, from: fields)
        do throws(CommandError) {
            let result = try backend.run(operation, parameters: parameters, options: options)
            return EndpointResponse(status: 200, headers: EndpointResponse.headers(failure.requestID),
                                    bytes: QueryXML.response(action: action, service: failure.service, result: result, requestID: failure.requestID),
                                    action: action, caller: callerARN, decision: "allow")
        } catch .service(let failed, _) {
            return failure(failed.httpStatus, failed.code, failed.message, caller: callerARN,
                           decision: failed.code == "AccessDenied" ? "deny" : "error")
        } catch {
            return failure(500, "ServiceFailure", error.stderrText(explain: false).trimmingCharacters(in: .whitespacesAndNewlines), caller: callerARN)
        }
    }

    /// The ARN the request log shows for a key's owner.
    static func callerARN(_ owner: AccessKey.Owner) -> String {
        switch owner {
        case .root(let accountID): IAMARN.root(accountID)
        case .user(let accountID, let userName), .userSession(let accountID, let userName, _): IAMARN.user(accountID, name: userName)
        case .roleSession(let session): session.arn
        }
    }
}
