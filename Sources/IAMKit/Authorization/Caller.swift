/// Who makes a request: the root user of an account, an IAM user, or a role session.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
public enum Caller: Sendable, Hashable, Codable {
    /// The root user of `accountID`: may do everything in its account (but cannot assume roles).
    case root(accountID: String)
    /// An IAM user.
    case user(UserIdentity)
    /// A role session (AssumeRole or console Switch Role).
    case roleSession(RoleSession)

    /// An IAM user calling with its long-term access key (no MFA information).
    public static func user(_ accountID: String, _ userName: String, path: String = "/") -> Caller {
        .user(UserIdentity(accountID: accountID, userName: userName, path: path, authentication: .longTermKey))
    }

    /// The caller's account.
    public var accountID: String {
        switch self {
        case .root(let accountID): accountID
        case .user(let user): user.accountID
        case .roleSession(let session): session.accountID
        }
    }

    /// The caller's ARN as AWS prints it in AccessDenied messages and GetCallerIdentity.
    public var arn: String {
        switch self {
        case .root(let accountID): IAMARN.root(accountID)
        case .user(let user): IAMARN.user(user.accountID, path: user.path, name: user.userName)
        case .roleSession(let session): session.arn
        }
    }

    /// Whether the caller uses temporary credentials (role chaining limits apply).
    public var usesTemporaryCredentials: Bool {
        switch self {
        case .root: false
        case .user(let user): user.authentication != .longTermKey
        case .roleSession: true
        }
    }
}

/// An IAM user acting through some credential.
public struct UserIdentity: Sendable, Hashable, Codable {
    /// The user's account.
    public var accountID: String
    /// The user's name.
    public var userName: String
    /// The user's path (part of its ARN).
    public var path: String
    /// How the user authenticated.
    public var authentication: Authentication
    /// When temporary credentials of the user (GetSessionToken) were issued: `aws:TokenIssueTime`,
    /// and the earliest lab time they may be used at. nil for long-term keys.
    public var tokenIssuedAt: Timestamp?

    /// Creates a user identity.
    public init(accountID: String, userName: String, path: String = "/", authentication: Authentication = .longTermKey,
                tokenIssuedAt: Timestamp? = nil) {
        self.accountID = accountID
        self.userName = userName
        self.path = path
        self.authentication = authentication
        self.tokenIssuedAt = tokenIssuedAt
    }

    /// The user's ARN.
    public var arn: String { IAMARN.user(accountID, path: path, name: userName) }
}

/// How a user authenticated; decides `aws:MultiFactorAuthPresent`.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent
public enum Authentication: Sendable, Hashable, Codable {
    /// Long-term access key: `aws:MultiFactorAuthPresent` is absent from the context.
    case longTermKey
    /// GetSessionToken credentials; MFA time when MFA was given.
    case sessionToken(mfaAuthenticatedAt: Timestamp?)
    /// A console sign-in; MFA time when MFA was given (else the key is `false`).
    case console(mfaAuthenticatedAt: Timestamp?)

    /// When MFA was used, if it was.
    public var mfaAuthenticatedAt: Timestamp? {
        switch self {
        case .longTermKey: nil
        case .sessionToken(let time), .console(let time): time
        }
    }
}
