import Foundation
import IAMPolicy

/// One audit log entry in CloudTrail's event shape, so people and tools that read CloudTrail
/// read rolecall's log. The CLI and the console fill it; the store masks secrets and writes it.
/// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
public struct AuditEvent: Sendable, Equatable {
    /// CloudTrail's `eventVersion` for the fields written here.
    public static let eventVersion = "1.08"

    /// The service that handled the request.
    public enum Source: String, Sendable, Equatable {
        /// IAM.
        case iam = "iam.amazonaws.com"
        /// STS.
        case sts = "sts.amazonaws.com"
    }

    /// How the request ended.
    public enum Outcome: Sendable, Equatable {
        /// It succeeded; CloudTrail's `responseElements` (null for most reads).
        case success(responseElements: JSONValue?)
        /// It failed with AWS's error code and message.
        case failure(errorCode: String, errorMessage: String)
    }

    /// When the request was made.
    public var eventTime: Date
    /// IAM or STS.
    public var eventSource: Source
    /// The API operation, e.g. `CreateRole`.
    public var eventName: String
    /// Who made the request.
    public var userIdentity: AuditIdentity
    /// The request's parameters, in CloudTrail's lower-camel-case form; secrets are masked on write.
    public var requestParameters: JSONValue?
    /// The response or the error.
    public var outcome: Outcome
    /// The request's ID (also in the CLI's error text).
    public var requestID: String
    /// This event's unique ID.
    public var eventID: String
    /// Whether the operation only reads.
    public var readOnly: Bool
    /// The account the request acted on.
    public var recipientAccountID: String
    /// The client's address; rolecall runs locally.
    public var sourceIPAddress: String
    /// The client program.
    public var userAgent: String
    /// The region; IAM and global STS log `us-east-1`.
    public var awsRegion: String
    /// Why the policy engine refused the call (the `--explain` text, line by line), written as
    /// CloudTrail's `additionalEventData.explanation` so the console's Activity page can show it.
    public var explanation: [String]?

    /// Creates an event; IDs default to fresh lower-case UUIDs as CloudTrail's are.
    public init(eventTime: Date, eventSource: Source, eventName: String, userIdentity: AuditIdentity,
                requestParameters: JSONValue?, outcome: Outcome, readOnly: Bool, recipientAccountID: String,
                requestID: String = RandomUUID.make(), eventID: String = RandomUUID.make(),
                sourceIPAddress: String = "127.0.0.1", userAgent: String = "rolecall", awsRegion: String = "us-east-1") {
        self.eventTime = eventTime
        self.eventSource = eventSource
        self.eventName = eventName
        self.userIdentity = userIdentity
        self.requestParameters = requestParameters
        self.outcome = outcome
        self.requestID = requestID
        self.eventID = eventID
        self.readOnly = readOnly
        self.recipientAccountID = recipientAccountID
        self.sourceIPAddress = sourceIPAddress
        self.userAgent = userAgent
        self.awsRegion = awsRegion
    }
}
