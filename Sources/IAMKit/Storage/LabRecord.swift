/// The kinds of record a lab holds. Each kind is stored separately, so one change rewrites
/// little: the store keeps one file per record, at `<scope>/<kind>/<name>.json`.
public enum RecordKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Lab-wide settings (schema, current account, pinned clock, ...). Scope `lab`.
    case lab
    /// One AWS account of the lab (ID, alias). Scope `lab`, name = account ID.
    case account
    /// An IAM user. Scope = account ID, name = lower-cased user name.
    case user
    /// An IAM group. Scope = account ID, name = lower-cased group name.
    case group
    /// An IAM role. Scope = account ID, name = lower-cased role name.
    case role
    /// A customer managed policy (with its versions). Scope = account ID, name = lower-cased policy name.
    case policy
    /// A virtual MFA device. Scope = account ID, name = lower-cased device name.
    case mfaDevice
    /// Maps a unique ID (AIDA…, AROA…, ANPA…, AGPA…) to its entity. Scope `lab`, name = the ID.
    case uniqueID
    /// A long-term or temporary access key (AKIA…/ASIA…). Scope `lab`, name = the key ID.
    case accessKey
    /// Console model state for one console user (sign-in, switched role, history). Scope `lab`.
    case consoleSession
    /// A named CLI profile saved in the lab. Scope `lab`, name = profile name.
    case profile
    /// An instance profile (EC2's container for one role). Scope = account ID, name = lower-cased name.
    case instanceProfile
    /// The exercise the lab is being graded against (training). Scope `lab`, name `active`.
    case exercise
}

/// Where a record lives: its kind, its scope (an account ID, or `lab` for lab-wide records)
/// and its name within that scope. Names are stored as given; callers lower-case entity names
/// so uniqueness is case-insensitive, as IAM requires.
public struct RecordKey: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The record's kind.
    public var kind: RecordKind
    /// An account ID, or `RecordKey.labScope`.
    public var scope: String
    /// The record's name within its kind and scope.
    public var name: String

    /// The scope of lab-wide records.
    public static let labScope = "lab"

    /// Creates a key.
    public init(kind: RecordKind, scope: String, name: String) {
        self.kind = kind
        self.scope = scope
        self.name = name
    }

    /// `scope/kind/name`, as the store lays it out.
    public var description: String { "\(scope)/\(kind.rawValue)/\(name)" }
}

/// A value the lab stores: Codable (the store writes it as pretty-printed JSON with sorted
/// keys) and able to say where it lives.
public protocol LabRecord: Codable, Sendable, Equatable {
    /// The kind every value of this type has.
    static var kind: RecordKind { get }
    /// This record's key.
    var recordKey: RecordKey { get }
}
