/// A lab held in memory: a value, so copying it snapshots the whole lab. Used by tests, the
/// benchmarks and programs that do not need persistence.
public struct InMemoryLab: LabRepository, Sendable {
    // One dictionary per kind and scope keeps `records(_:in:)` cheap and ordered lookups local.
    private var storage: [RecordKind: [String: [String: any LabRecord]]] = [:]

    /// An empty lab.
    public init() {}

    /// The record at `key`, or nil when there is none (or it has another type).
    public func record<R: LabRecord>(_ type: R.Type, at key: RecordKey) throws -> R? {
        storage[key.kind]?[key.scope]?[key.name] as? R
    }

    /// Every record of `R.kind` in `scope`, ordered by name.
    public func records<R: LabRecord>(_ type: R.Type, in scope: String) throws -> [R] {
        guard let byName = storage[R.kind]?[scope] else { return [] }
        return byName.keys.sorted().compactMap { byName[$0] as? R }
    }

    /// The names of the records of `kind` in `scope`, sorted.
    public func recordNames(_ kind: RecordKind, in scope: String) throws -> [String] {
        (storage[kind]?[scope]?.keys).map { $0.sorted() } ?? []
    }

    /// How many records of `kind` `scope` holds.
    public func recordCount(_ kind: RecordKind, in scope: String) throws -> Int {
        storage[kind]?[scope]?.count ?? 0
    }

    /// Stores `record` at its key.
    public mutating func put<R: LabRecord>(_ record: R) throws {
        let key = record.recordKey
        storage[key.kind, default: [:]][key.scope, default: [:]][key.name] = record
    }

    /// Removes the record at `key`.
    public mutating func remove(_ key: RecordKey) throws {
        storage[key.kind]?[key.scope]?[key.name] = nil
    }

    /// Number of records of every kind (diagnostics, tests).
    public var count: Int {
        storage.values.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.count } }
    }
}
