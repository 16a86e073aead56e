/// The contents of `store.json`: which schema the store's files follow and who created it.
/// It is written once, when the store is created, and never rewritten.
public struct StoreManifest: Codable, Sendable, Equatable {
    /// The schema this rolecall writes and the newest it reads.
    public static let currentSchemaVersion = 1

    /// The schema the store's files follow.
    public var schemaVersion: Int
    /// The program and version that created the store, for people reading the file.
    public var createdBy: String

    /// Creates a manifest.
    public init(schemaVersion: Int = StoreManifest.currentSchemaVersion, createdBy: String) {
        self.schemaVersion = schemaVersion
        self.createdBy = createdBy
    }
}
