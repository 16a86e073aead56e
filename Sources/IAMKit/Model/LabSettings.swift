/// Lab-wide settings: which account a command acts in by default and an optional pinned time.
public struct LabSettings: LabRecord {
    /// Settings are a single record.
    public static let kind = RecordKind.lab
    /// The key of the one settings record.
    public static let key = RecordKey(kind: .lab, scope: RecordKey.labScope, name: "settings")

    /// Store schema version this lab was written with.
    public var schemaVersion: Int
    /// The account commands act in when none is named.
    public var currentAccountID: String?
    /// A pinned clock for the lab (training scenarios), nil for wall-clock time.
    public var pinnedTime: Timestamp?

    /// Creates settings.
    public init(schemaVersion: Int = 1, currentAccountID: String? = nil, pinnedTime: Timestamp? = nil) {
        self.schemaVersion = schemaVersion
        self.currentAccountID = currentAccountID
        self.pinnedTime = pinnedTime
    }

    /// Where the settings live.
    public var recordKey: RecordKey { Self.key }
}
