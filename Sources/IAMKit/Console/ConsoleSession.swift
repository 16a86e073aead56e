/// The AWS console's sign-in and Switch Role state for one console user: who signed in, which
/// role is active (with its display name and colour) and the recently used roles.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
public struct ConsoleSession: LabRecord {
    /// Console sessions are lab-wide records.
    public static let kind = RecordKind.consoleSession

    /// The session's name in the lab (one per console user; `default` for a single user).
    public var sessionName: String
    /// The original sign-in: root or an IAM user with console authentication.
    public var signIn: Caller
    /// The sign-in account as entered (ID or alias), shown in the header.
    public var signInAccountLabel: String
    /// When the user signed in.
    public var signedInAt: Timestamp
    /// The role switched to, if any.
    public var activeRole: ActiveRole?
    /// Recently used roles, most recent first, at most five.
    public var history: [SwitchRoleEntry]

    /// The role the console currently acts as.
    public struct ActiveRole: Sendable, Hashable, Codable {
        /// The role session.
        public var session: RoleSession
        /// What the header shows.
        public var displayName: String
        /// The header colour.
        public var color: ConsoleColor
    }

    /// Creates a signed-in session with no role.
    public init(sessionName: String = "default", signIn: Caller, signInAccountLabel: String, signedInAt: Timestamp) {
        self.sessionName = sessionName
        self.signIn = signIn
        self.signInAccountLabel = signInAccountLabel
        self.signedInAt = signedInAt
        self.activeRole = nil
        self.history = []
    }

    /// `lab/consoleSession/<name>`.
    public var recordKey: RecordKey { Self.key(sessionName) }

    /// The key of console session `name`.
    public static func key(_ name: String) -> RecordKey {
        RecordKey(kind: .consoleSession, scope: RecordKey.labScope, name: name)
    }

    /// Who console actions run as: the active role session, else the original sign-in.
    public var currentCaller: Caller {
        activeRole.map { .roleSession($0.session) } ?? signIn
    }

    /// The most roles the "Role history" menu keeps.
    public static let historyLimit = 5
}

/// A remembered Switch Role target.
public struct SwitchRoleEntry: Sendable, Hashable, Codable {
    /// The account ID.
    public var accountID: String
    /// The account as entered (ID or alias).
    public var accountLabel: String
    /// `path/name` as entered (no leading slash).
    public var role: String
    /// Display name.
    public var displayName: String
    /// Colour.
    public var color: ConsoleColor
}

/// The colours the Switch Role form offers.
public enum ConsoleColor: String, Sendable, Hashable, Codable, CaseIterable {
    /// Red.
    case red
    /// Orange.
    case orange
    /// Yellow.
    case yellow
    /// Green.
    case green
    /// Blue.
    case blue
}
