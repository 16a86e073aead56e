import Foundation
import IAMKit

extension AuditIdentity {
    /// CloudTrail's `userIdentity` for an IAMKit caller: `Root` (principal ID = account ID),
    /// `IAMUser` (principal ID = the user's AIDA… ID, looked up in `lab`), or `AssumedRole`
    /// (principal ID = `AROA…:session`, with the role in `sessionContext`).
    /// Source: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
    public init(caller: Caller, accessKeyID: String? = nil, in lab: some LabRepository) {
        switch caller {
        case .root(let accountID):
            self.init(type: .root, principalID: accountID, arn: caller.arn, accountID: accountID, accessKeyID: accessKeyID)
        case .user(let identity):
            let user = try? lab.record(User.self, at: User.key(identity.accountID, identity.userName))
            self.init(type: .iamUser, principalID: user?.userID ?? identity.userName, arn: caller.arn,
                      accountID: identity.accountID, accessKeyID: accessKeyID, userName: identity.userName)
        case .roleSession(let session):
            let context = SessionContext(
                rolePrincipalID: session.roleID,
                roleARN: session.roleARN,
                roleAccountID: session.accountID, roleName: session.roleName,
                creationDate: Date(timeIntervalSince1970: TimeInterval(session.issuedAt.secondsSince1970)),
                mfaAuthenticated: session.mfaAuthenticatedAt != nil)
            self.init(type: .assumedRole, principalID: session.assumedRoleID, arn: caller.arn,
                      accountID: session.accountID, accessKeyID: accessKeyID, sessionContext: context)
        }
    }
}
