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
                   userIdentity: identity(caller, accessKeyID: accessKeyID, in: lab), requestParameters: .object(parameters),
                   outcome: .success(responseElements: response), readOnly: false, recipientAccountID: caller.accountID)
    }

    /// CloudTrail's `userIdentity` for a caller.
    static func identity(_ caller: Caller, accessKeyID: String?, in lab: some LabRepository) -> AuditIdentity {
        switch caller {
        case .root(let accountID):
            return AuditIdentity(type: .root, principalID: accountID, arn: caller.arn, accountID: accountID, accessKeyID: accessKeyID)
        case .user(let user):
            let userID = (try? lab.record(User.self, at: User.key(user.accountID, user.userName)))??.userID ?? user.userName
            return AuditIdentity(type: .iamUser, principalID: userID, arn: caller.arn, accountID: user.accountID,
                                 accessKeyID: accessKeyID, userName: user.userName)
        case .roleSession(let session):
            let context = AuditIdentity.SessionContext(
                rolePrincipalID: session.roleID, roleARN: session.roleARN, roleAccountID: session.accountID, roleName: session.roleName,
                creationDate: Date(timeIntervalSince1970: TimeInterval(session.issuedAt.secondsSince1970)),
                mfaAuthenticated: session.mfaAuthenticatedAt != nil)
            return AuditIdentity(type: .assumedRole, principalID: session.assumedRoleID, arn: session.arn, accountID: session.accountID,
                                 accessKeyID: accessKeyID, sessionContext: context)
        }
    }
}
