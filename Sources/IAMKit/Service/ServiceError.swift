import IAMPolicy

/// An IAM or STS error as AWS returns it: code, message, HTTP status and fault side, plus the
/// policy engine's explanation when the error is an authorization failure (`--explain`).
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html
public struct ServiceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Which side AWS blames (`Type` in the error XML).
    public enum Fault: String, Sendable, Hashable {
        /// The request was wrong (4xx).
        case sender = "Sender"
        /// The service failed (5xx).
        case receiver = "Receiver"
    }

    /// AWS error code (`NoSuchEntity`, `AccessDenied`, ...).
    public var code: String
    /// AWS message text.
    public var message: String
    /// HTTP status code.
    public var httpStatus: Int
    /// Sender or receiver.
    public var fault: Fault
    /// For authorization failures: the evaluation that led to the denial.
    public var explanation: Decision?
    /// For authorization failures where one call needs several actions (AssumeRole with session
    /// tags also needs `sts:TagSession`): the action `explanation` refused, for `--explain`.
    public var refusedAction: String?
    /// For authorization failures: the request context the call was evaluated with (what
    /// `--explain` lists and what the per-action context tests read).
    public var requestContext: RequestContext?
    /// For authorization failures explained with `--explain`: the privilege-escalation paths
    /// the caller holds (filled by the CLI, which has the lab at hand).
    public var escalationFindings: [EscalationFinding] = []
    /// For `ServiceFailure`: the repository error (a store file that does not parse, ...),
    /// passed through so the caller can report its file, line and column.
    public var underlying: (any Error)?

    /// Creates an error.
    public init(code: String, message: String, httpStatus: Int, fault: Fault = .sender, explanation: Decision? = nil) {
        self.code = code
        self.message = message
        self.httpStatus = httpStatus
        self.fault = fault
        self.explanation = explanation
    }

    /// `An error occurred (Code) ...`-free form: `Code: message`.
    public var description: String { "\(code): \(message)" }

    /// Errors compare by what AWS would send (explanations are diagnostics).
    public static func == (lhs: ServiceError, rhs: ServiceError) -> Bool {
        lhs.code == rhs.code && lhs.message == rhs.message && lhs.httpStatus == rhs.httpStatus && lhs.fault == rhs.fault
    }
}

extension ServiceError {
    /// 404 `NoSuchEntity`.
    public static func noSuchEntity(_ message: String) -> ServiceError {
        ServiceError(code: "NoSuchEntity", message: message, httpStatus: 404)
    }

    /// 409 `EntityAlreadyExists`.
    public static func entityAlreadyExists(_ message: String) -> ServiceError {
        ServiceError(code: "EntityAlreadyExists", message: message, httpStatus: 409)
    }

    /// 409 `LimitExceeded`.
    public static func limitExceeded(_ message: String) -> ServiceError {
        ServiceError(code: "LimitExceeded", message: message, httpStatus: 409)
    }

    /// 409 `DeleteConflict`.
    public static func deleteConflict(_ message: String) -> ServiceError {
        ServiceError(code: "DeleteConflict", message: message, httpStatus: 409)
    }

    /// 400 `MalformedPolicyDocument`.
    public static func malformedPolicy(_ message: String) -> ServiceError {
        ServiceError(code: "MalformedPolicyDocument", message: message, httpStatus: 400)
    }

    /// 400 `InvalidInput`.
    public static func invalidInput(_ message: String) -> ServiceError {
        ServiceError(code: "InvalidInput", message: message, httpStatus: 400)
    }

    /// 400 `ValidationError`.
    public static func validation(_ message: String) -> ServiceError {
        ServiceError(code: "ValidationError", message: message, httpStatus: 400)
    }

    /// 403 `AccessDenied`.
    public static func accessDenied(_ message: String, explanation: Decision? = nil) -> ServiceError {
        ServiceError(code: "AccessDenied", message: message, httpStatus: 403, explanation: explanation)
    }

    /// 400 `InvalidParameterValue` (STS's code for parameter values it refuses by meaning,
    /// such as a transitive tag key that is not one of the passed tags).
    public static func invalidParameterValue(_ message: String) -> ServiceError {
        ServiceError(code: "InvalidParameterValue", message: message, httpStatus: 400)
    }

    /// 400 `ExpiredToken`: temporary credentials past their expiration.
    public static let expiredToken = ServiceError(
        code: "ExpiredToken", message: "The security token included in the request is expired", httpStatus: 400)

    /// 403 `InvalidClientTokenId` for temporary credentials used before the lab time they were
    /// issued at (a lab clock moved back with `ROLECALL_NOW`): AWS's code, with the reason.
    static func usedBeforeIssue(issuedAt: Timestamp, now: Timestamp) -> ServiceError {
        ServiceError(code: "InvalidClientTokenId",
                     message: "The security token included in the request is invalid: it was issued at \(issuedAt.iso8601), "
                         + "after the lab's current time \(now.iso8601). A session is valid only from its issue time to its expiration.",
                     httpStatus: 403)
    }

    /// 403 `InvalidClientTokenId`: an access key the lab never issued.
    public static let invalidClientTokenID = ServiceError(
        code: "InvalidClientTokenId", message: "The security token included in the request is invalid.", httpStatus: 403)

    /// 400 `InvalidAction`: an operation this service does not have.
    public static func invalidAction(_ operation: String) -> ServiceError {
        ServiceError(code: "InvalidAction", message: "Could not find operation \(operation) for version 2010-05-08", httpStatus: 400)
    }

    /// 500 `ServiceFailure` for store failures (the underlying error is in the message).
    public static func serviceFailure(_ message: String) -> ServiceError {
        ServiceError(code: "ServiceFailure", message: message, httpStatus: 500, fault: .receiver)
    }

    /// Wraps a repository error.
    public static func store(_ error: any Error) -> ServiceError {
        if let serviceError = error as? ServiceError { return serviceError }
        var failure = ServiceError.serviceFailure(String(describing: error))
        failure.underlying = error
        return failure
    }
}
