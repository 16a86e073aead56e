/// A credential the lab issued: a long-term access key of a user (`AKIA…`) or temporary
/// credentials (`ASIA…`) from AssumeRole or GetSessionToken. Stored lab-wide under its key ID so
/// resolving a caller from `AWS_ACCESS_KEY_ID` is one read.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html
public struct AccessKey: LabRecord {
    /// Access keys are lab-wide records.
    public static let kind = RecordKind.accessKey

    /// `AKIA…` or `ASIA…`.
    public var accessKeyID: String
    /// The secret key. A secret: never logged.
    public var secretAccessKey: String
    /// `Active` or `Inactive`.
    public var status: String
    /// When it was issued.
    public var createDate: Timestamp
    /// Whose key it is.
    public var owner: Owner
    /// Session token of temporary credentials.
    public var sessionToken: String?
    /// Expiry of temporary credentials.
    public var expiration: Timestamp?
    /// When a long-term key last authenticated a call the lab records (see `recordUse`).
    public var lastUsedDate: Timestamp?
    /// The service of that call (`iam`, `sts`).
    public var lastUsedService: String?
    /// The region of that call.
    public var lastUsedRegion: String?

    /// Whose credentials these are.
    public enum Owner: Sendable, Hashable, Codable {
        /// A user's long-term key.
        case user(accountID: String, userName: String)
        /// The account root user's long-term key (CreateAccessKey called by root without a
        /// user name: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_add-key.html).
        case root(accountID: String)
        /// GetSessionToken credentials of a user.
        case userSession(accountID: String, userName: String, mfaAuthenticatedAt: Timestamp?)
        /// A role session.
        case roleSession(RoleSession)
    }

    /// Creates a key record.
    public init(accessKeyID: String, secretAccessKey: String, status: String = "Active", createDate: Timestamp,
                owner: Owner, sessionToken: String? = nil, expiration: Timestamp? = nil) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.status = status
        self.createDate = createDate
        self.owner = owner
        self.sessionToken = sessionToken
        self.expiration = expiration
    }

    /// `lab/accessKey/<id>`.
    public var recordKey: RecordKey { Self.key(accessKeyID) }

    /// The key of access key `id`.
    public static func key(_ id: String) -> RecordKey {
        RecordKey(kind: .accessKey, scope: RecordKey.labScope, name: id)
    }
}
