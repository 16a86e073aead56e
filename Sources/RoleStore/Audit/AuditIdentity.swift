import Foundation

/// CloudTrail's `userIdentity`: who made the request.
/// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
public struct AuditIdentity: Sendable, Equatable {
    /// CloudTrail's identity types rolecall produces.
    public enum IdentityType: String, Sendable, Equatable {
        /// The account's root user.
        case root = "Root"
        /// An IAM user with long-term credentials.
        case iamUser = "IAMUser"
        /// A role session from `AssumeRole`.
        case assumedRole = "AssumedRole"
        /// Credentials that did not match any identity (e.g. `InvalidClientTokenId`).
        case unknown = "Unknown"
    }

    /// The role behind an assumed-role session (CloudTrail's `sessionContext`).
    public struct SessionContext: Sendable, Equatable {
        /// The role's unique ID (AROA…).
        public var rolePrincipalID: String
        /// The role's ARN.
        public var roleARN: String
        /// The role's account.
        public var roleAccountID: String
        /// The role's name.
        public var roleName: String
        /// When the session's credentials were issued.
        public var creationDate: Date
        /// Whether the session was created with MFA.
        public var mfaAuthenticated: Bool

        /// Creates a session context.
        public init(rolePrincipalID: String, roleARN: String, roleAccountID: String, roleName: String,
                    creationDate: Date, mfaAuthenticated: Bool) {
            self.rolePrincipalID = rolePrincipalID
            self.roleARN = roleARN
            self.roleAccountID = roleAccountID
            self.roleName = roleName
            self.creationDate = creationDate
            self.mfaAuthenticated = mfaAuthenticated
        }
    }

    /// The identity's type.
    public var type: IdentityType
    /// `AIDA…` for users, `AROA…:session` for role sessions, the account ID for root.
    public var principalID: String
    /// The caller's ARN.
    public var arn: String
    /// The caller's account.
    public var accountID: String
    /// The access key used, when the request was signed with one.
    public var accessKeyID: String?
    /// The user's name (IAM users and root with an alias leave it out as CloudTrail does otherwise).
    public var userName: String?
    /// For assumed roles: the role and session attributes.
    public var sessionContext: SessionContext?

    /// Creates an identity.
    public init(type: IdentityType, principalID: String, arn: String, accountID: String,
                accessKeyID: String? = nil, userName: String? = nil, sessionContext: SessionContext? = nil) {
        self.type = type
        self.principalID = principalID
        self.arn = arn
        self.accountID = accountID
        self.accessKeyID = accessKeyID
        self.userName = userName
        self.sessionContext = sessionContext
    }
}
