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

    /// Refuses a schema this rolecall does not know: newer ones (a newer rolecall wrote the
    /// store) and versions below 1 (no rolecall ever wrote them).
    func checkVersion(store: String) throws {
        guard schemaVersion >= 1 else {
            throw StoreError.unknownSchema(store: store, found: schemaVersion, supported: Self.currentSchemaVersion)
        }
        guard schemaVersion <= Self.currentSchemaVersion else {
            throw StoreError.newerSchema(store: store, found: schemaVersion, supported: Self.currentSchemaVersion)
        }
    }
}
