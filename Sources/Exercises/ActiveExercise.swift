import IAMKit

/// The exercise a lab is graded against: which one, its document text (so a lab started from
/// `--exercise FILE` is graded without the file) and when it started.
public struct ActiveExercise: LabRecord {
    /// One active exercise per lab.
    public static let kind = RecordKind.exercise
    /// Where it lives.
    public static let key = RecordKey(kind: .exercise, scope: RecordKey.labScope, name: "active")

    /// The built-in number (1…), nil for an exercise loaded from a file.
    public var number: Int?
    /// The document's ID.
    public var exerciseID: String
    /// The document's JSON text.
    public var document: String
    /// When `lab exercise start` prepared the lab.
    public var startedAt: Timestamp

    /// Creates the record.
    public init(number: Int?, exerciseID: String, document: String, startedAt: Timestamp) {
        self.number = number
        self.exerciseID = exerciseID
        self.document = document
        self.startedAt = startedAt
    }

    /// Where it lives.
    public var recordKey: RecordKey { Self.key }
}
