import IAMKit

/// Credentials saved in the lab under a name, for `--profile NAME` (issue #4 "Who is calling").
public struct SavedProfile: LabRecord {
    /// Profiles are `profile` records.
    public static let kind = RecordKind.profile
    /// The profile name.
    public var name: String
    /// The access key ID (AKIA… or ASIA…).
    public var accessKeyID: String
    /// The secret access key.
    public var secretAccessKey: String
    /// The session token of temporary credentials.
    public var sessionToken: String?

    /// Creates a profile.
    public init(name: String, accessKeyID: String, secretAccessKey: String, sessionToken: String?) {
        self.name = name
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }

    /// `lab/profile/<name>`.
    public var recordKey: RecordKey { Self.key(name) }

    /// The key of profile `name`.
    public static func key(_ name: String) -> RecordKey {
        RecordKey(kind: .profile, scope: RecordKey.labScope, name: name)
    }
}
