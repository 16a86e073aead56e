import Foundation
import IAMKit
import IAMPolicy
import RoleStore

/// The CloudTrail-shaped event a successful mutation leaves in the store's audit log
/// (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html).
/// The store masks secrets when it writes the event.
enum AuditRecord {
    /// The event for `operation` called by `caller` at `time`.
    static func event(_ operation: OperationSpec, parameters: JSONObject, response: JSONValue, caller: Caller,
                      accessKeyID: String?, time: Timestamp, in lab: some LabRepository) -> AuditEvent {
        AuditEvent(eventTime: Date(timeIntervalSince1970: TimeInterval(time.secondsSince1970)),
                   eventSource: operation.service == .sts ? .sts : .iam, eventName: operation.name,
                   userIdentity: AuditIdentity(caller: caller, accessKeyID: accessKeyID, in: lab), requestParameters: .object(parameters),
                   outcome: .success(responseElements: response), readOnly: false, recipientAccountID: caller.accountID)
    }
}
