import IAMKit
import IAMPolicy

/// One audit event as the Activity page shows it: who called what, when, from which client,
/// how it ended, and the engine's reasons when it was refused. Built from the CloudTrail-shaped
/// object the store's audit log holds, so the console, the CLI and `rolecall serve` all show up.
/// Source: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
public struct ActivityEvent: Sendable, Hashable {
    /// How the call ended.
    public enum Decision: String, CaseIterable, Sendable, Hashable {
        /// It succeeded.
        case allowed = "Allowed"
        /// A policy refused it (`AccessDenied` and its kin).
        case denied = "Denied"
        /// It failed for another reason (`NoSuchEntity`, `ValidationError`, …).
        case failed = "Failed"
    }

    /// CloudTrail's `eventID`.
    public var eventID: String
    /// When the call was made (lab clock).
    public var time: Timestamp
    /// `iam` or `sts`.
    public var service: String
    /// The API operation, e.g. `AssumeRole`.
    public var eventName: String
    /// The caller's ARN.
    public var callerARN: String
    /// CloudTrail's identity type (`Root`, `IAMUser`, `AssumedRole`).
    public var callerType: String
    /// The access key the call was signed with, if any.
    public var accessKeyID: String?
    /// The account the call acted on.
    public var accountID: String
    /// The client: `rolecall` (CLI and server), `rolecall-console`, or an SDK's user agent.
    public var client: String
    /// How it ended.
    public var decision: Decision
    /// AWS's error code, when it failed.
    public var errorCode: String?
    /// AWS's error message, when it failed.
    public var errorMessage: String?
    /// The engine's reasons, line by line, when it was refused.
    public var explanation: [String]
    /// The request parameters as compact JSON (secrets already hidden by the store), if any.
    public var requestParameters: String?

    /// Creates an event.
    public init(eventID: String, time: Timestamp, service: String, eventName: String, callerARN: String,
                callerType: String, accessKeyID: String? = nil, accountID: String, client: String,
                decision: Decision, errorCode: String? = nil, errorMessage: String? = nil,
                explanation: [String] = [], requestParameters: String? = nil) {
        self.eventID = eventID
        self.time = time
        self.service = service
        self.eventName = eventName
        self.callerARN = callerARN
        self.callerType = callerType
        self.accessKeyID = accessKeyID
        self.accountID = accountID
        self.client = client
        self.decision = decision
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.explanation = explanation
        self.requestParameters = requestParameters
    }

    /// `sts:AssumeRole`: the action as policies name it.
    public var action: String { "\(service):\(eventName)" }

    /// The caller without the `arn:aws:…::account:` prefix (`user/alice`,
    /// `assumed-role/Admin/alice`, `root`), for the list.
    public var callerName: String {
        let parts = callerARN.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        return parts.count == 6 ? String(parts[5]) : callerARN
    }

    /// The decision for an AWS error code: the codes a policy evaluation answers are denials.
    public static func decision(forErrorCode code: String?) -> Decision {
        guard let code else { return .allowed }
        return ["AccessDenied", "AccessDeniedException", "UnauthorizedOperation"].contains(code) ? .denied : .failed
    }

    /// Reads one CloudTrail-shaped event; nil when it lacks what the page needs (an event name,
    /// a time, a caller), so one odd line does not hide the others.
    public init?(cloudTrail event: JSONValue) {
        guard let name = event["eventName"]?.stringValue, let timeText = event["eventTime"]?.stringValue,
              let time = Timestamp(iso8601: timeText), let identity = event["userIdentity"] else { return nil }
        let errorCode = event["errorCode"]?.stringValue
        let source = event["eventSource"]?.stringValue ?? ""
        var explanation: [String] = []
        for line in event["additionalEventData"]?["explanation"]?.arrayValue ?? [] {
            if let text = line.stringValue { explanation.append(text) }
        }
        let parameters = event["requestParameters"].flatMap { $0.isNull ? nil : JSONWriter(style: .compact).string(for: $0) }
        self.init(eventID: event["eventID"]?.stringValue ?? "", time: time,
                  service: source.split(separator: ".").first.map(String.init) ?? source, eventName: name,
                  callerARN: identity["arn"]?.stringValue ?? "", callerType: identity["type"]?.stringValue ?? "",
                  accessKeyID: identity["accessKeyId"]?.stringValue,
                  accountID: event["recipientAccountId"]?.stringValue ?? identity["accountId"]?.stringValue ?? "",
                  client: event["userAgent"]?.stringValue ?? "", decision: Self.decision(forErrorCode: errorCode),
                  errorCode: errorCode, errorMessage: event["errorMessage"]?.stringValue,
                  explanation: explanation, requestParameters: parameters)
    }
}
