/// Index record: a unique ID (`AIDA…`, `AROA…`, `AGPA…`, `ANPA…`) and the entity that holds it,
/// so showing a trust policy's principal IDs as ARNs costs one read per principal. Removed when
/// the entity is deleted: the ID then no longer resolves and is shown raw, as IAM does.
public struct UniqueIDEntry: LabRecord {
    /// Index records are lab-wide.
    public static let kind = RecordKind.uniqueID

    /// The unique ID.
    public var uniqueID: String
    /// The entity's current ARN.
    public var arn: String
    /// The entity's account.
    public var accountID: String

    /// Creates an index entry.
    public init(uniqueID: String, arn: String, accountID: String) {
        self.uniqueID = uniqueID
        self.arn = arn
        self.accountID = accountID
    }

    /// `lab/uniqueID/<id>`.
    public var recordKey: RecordKey { Self.key(uniqueID) }

    /// The key of `id`.
    public static func key(_ id: String) -> RecordKey {
        RecordKey(kind: .uniqueID, scope: RecordKey.labScope, name: id)
    }
}
