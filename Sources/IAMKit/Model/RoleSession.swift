/// A role session created by AssumeRole or a console Switch Role: who it is, until when, and
/// which session policies narrow it.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_assumerole.html
public struct RoleSession: Sendable, Hashable, Codable {
    /// The role's account.
    public var accountID: String
    /// The role's name.
    public var roleName: String
    /// The role's path (not part of the session ARN, but of the role ARN).
    public var rolePath: String
    /// The role's unique ID at assume time (`AROA…`).
    public var roleID: String
    /// `RoleSessionName`.
    public var sessionName: String
    /// When the session began.
    public var issuedAt: Timestamp
    /// When its credentials expire.
    public var expiration: Timestamp
    /// Inline session policy (the `Policy` parameter), if any.
    public var sessionPolicy: String?
    /// Managed session policy ARNs (`PolicyArns`).
    public var sessionPolicyARNs: [String]
    /// When MFA was verified for this session, nil when it was not.
    public var mfaAuthenticatedAt: Timestamp?
    /// `SourceIdentity`, if set.
    public var sourceIdentity: String?
    /// ARN of the identity that assumed the role (user, root never, or another session).
    public var sourceIdentityARN: String
    /// Whether the session was made with temporary credentials (role chaining).
    public var isChained: Bool
    /// Session tags: the `Tags` passed to AssumeRole plus the transitive tags inherited from the
    /// calling session. They are principal tags of the session and override the role's own tags
    /// with the same key (case-insensitively).
    /// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html
    public var tags: [Tag]
    /// Keys of `tags` that pass on to the next session of a role chain (`TransitiveTagKeys`,
    /// plus the keys inherited as transitive). Absent in records written before session tags.
    public var transitiveTagKeys: [String]

    /// Creates a session description.
    public init(accountID: String, roleName: String, rolePath: String, roleID: String, sessionName: String,
                issuedAt: Timestamp, expiration: Timestamp, sessionPolicy: String? = nil, sessionPolicyARNs: [String] = [],
                mfaAuthenticatedAt: Timestamp? = nil, sourceIdentity: String? = nil, sourceIdentityARN: String,
                isChained: Bool = false, tags: [Tag] = [], transitiveTagKeys: [String] = []) {
        self.accountID = accountID
        self.roleName = roleName
        self.rolePath = rolePath
        self.roleID = roleID
        self.sessionName = sessionName
        self.issuedAt = issuedAt
        self.expiration = expiration
        self.sessionPolicy = sessionPolicy
        self.sessionPolicyARNs = sessionPolicyARNs
        self.mfaAuthenticatedAt = mfaAuthenticatedAt
        self.sourceIdentity = sourceIdentity
        self.sourceIdentityARN = sourceIdentityARN
        self.isChained = isChained
        self.tags = tags
        self.transitiveTagKeys = transitiveTagKeys
    }

    /// `arn:aws:sts::ACCT:assumed-role/ROLE/SESSION` (no path).
    public var arn: String { IAMARN.assumedRole(accountID, roleName: roleName, sessionName: sessionName) }
    /// The role ARN (with path): what `aws:PrincipalArn` is inside the session.
    public var roleARN: String { IAMARN.role(accountID, path: rolePath, name: roleName) }
    /// `AssumedRoleId`: `<RoleId>:<session>`.
    public var assumedRoleID: String { .concatenating(roleID, ":", sessionName) }

    /// The session tags a chained AssumeRole made with this session's credentials inherits.
    public var transitiveTags: [Tag] {
        let keys = Set(transitiveTagKeys.map { $0.lowercased() })
        return tags.filter { keys.contains($0.key.lowercased()) }
    }
}
