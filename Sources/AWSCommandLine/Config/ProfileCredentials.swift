/// Access keys as a profile, the environment or a cached session supplies them.
public struct StaticCredentials: Sendable, Equatable {
    /// The access key ID (AKIA… or ASIA…).
    public var accessKeyID: String
    /// The secret access key.
    public var secretAccessKey: String
    /// The session token of temporary credentials.
    public var sessionToken: String?

    /// Creates credentials.
    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String?) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }
}

/// A profile that assumes a role (`role_arn` + `source_profile`), as botocore's
/// `AssumeRoleProvider` reads it (https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-role.html).
public struct RoleProfile: Sendable, Equatable {
    /// The profile's name.
    public var profileName: String
    /// `role_arn`.
    public var roleARN: String
    /// The source profile's keys.
    public var source: StaticCredentials
    /// `mfa_serial`: the CLI asks for a code from this device.
    public var mfaSerial: String?
    /// `external_id`.
    public var externalID: String?
    /// `role_session_name`, when configured (otherwise `botocore-session-<epoch seconds>`).
    public var sessionName: String?
    /// `duration_seconds`.
    public var durationSeconds: Int?

    /// Creates a role profile.
    public init(profileName: String, roleARN: String, source: StaticCredentials, mfaSerial: String? = nil,
                externalID: String? = nil, sessionName: String? = nil, durationSeconds: Int? = nil) {
        self.profileName = profileName
        self.roleARN = roleARN
        self.source = source
        self.mfaSerial = mfaSerial
        self.externalID = externalID
        self.sessionName = sessionName
        self.durationSeconds = durationSeconds
    }

    /// botocore's cache key: `json.dumps` of the AssumeRole arguments with sorted keys (the
    /// session name only when configured), as the file name `~/.aws/cli/cache/<sha1>.json` uses.
    var cacheArguments: String {
        var pairs: [(String, String)] = [("RoleArn", QueryPythonJSON.compact(.string(roleARN)))]
        if let durationSeconds { pairs.append(("DurationSeconds", "\(durationSeconds)")) }
        if let externalID { pairs.append(("ExternalId", QueryPythonJSON.compact(.string(externalID)))) }
        if let sessionName { pairs.append(("RoleSessionName", QueryPythonJSON.compact(.string(sessionName)))) }
        if let mfaSerial { pairs.append(("SerialNumber", QueryPythonJSON.compact(.string(mfaSerial)))) }
        return "{" + pairs.sorted { $0.0 < $1.0 }.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }
}

/// Where a command's credentials come from once the profile files are read.
public enum ProfileCredentials: Sendable, Equatable {
    /// Keys from the credentials or config file (`aws_access_key_id`, …).
    case keys(StaticCredentials, profile: String)
    /// A role the CLI assumes before the call.
    case role(RoleProfile)
}
