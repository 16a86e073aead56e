import Foundation
import IAMKit
import IAMPolicy
import RoleStore

/// The CloudTrail-shaped event a mutation (successful or refused) leaves in the store's audit log
/// (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html).
/// The store masks secrets when it writes the event.
enum AuditRecord {
    /// The event for `operation` called by `caller` at `time`.
    static func event(_ operation: OperationSpec, parameters: JSONObject, outcome: AuditEvent.Outcome, caller: Caller,
                      accessKeyID: String?, time: Timestamp, in lab: some LabRepository) -> AuditEvent {
        AuditEvent(eventTime: Date(timeIntervalSince1970: TimeInterval(time.secondsSince1970)),
                   eventSource: operation.service == .sts ? .sts : .iam, eventName: operation.name,
                   userIdentity: AuditIdentity(caller: caller, accessKeyID: accessKeyID, in: lab), requestParameters: cloudTrailKeys(.object(parameters)),
                   outcome: cloudTrailKeys(outcome), readOnly: false, recipientAccountID: caller.accountID)
    }

    /// CloudTrail writes parameter names in lower camel case (`roleName`, `policyArn`, `tags`
    /// with `key`/`value`), where the API and the CLI use `RoleName`.
    static func cloudTrailKeys(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let object):
            var renamed = JSONObject()
            for member in object.members {
                renamed[member.key.prefix(1).lowercased() + member.key.dropFirst()] = cloudTrailKeys(member.value)
            }
            return .object(renamed)
        case .array(let items):
            return .array(items.map(cloudTrailKeys))
        default:
            return value
        }
    }

    static func cloudTrailKeys(_ outcome: AuditEvent.Outcome) -> AuditEvent.Outcome {
        guard case .success(let response?) = outcome else { return outcome }
        return .success(responseElements: cloudTrailKeys(response))
    }
}

extension ServiceError {
    /// The engine's reasons for refusing a call, line by line, as the audit log keeps them: the
    /// `--explain` text without the escalation findings that only `--explain` asks for. Nil
    /// when the error did not come from a policy evaluation.
    public var auditExplanation: [String]? {
        var reasons = self
        reasons.escalationFindings = []
        guard let text = ServiceFailure(reasons).explanation, !text.isEmpty else { return nil }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
