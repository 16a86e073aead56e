import Foundation
import IAMKit

/// The repository a transaction body works on: reads come from the store's files (each file
/// read and decoded once, then cached), puts and removes are buffered and committed together
/// when the body returns. In a `read` transaction the value is immutable, so nothing can be put.
public struct StoreTransaction: LabRepository {
    /// A buffered change.
    enum Change {
        /// The encoded file text and the value it came from.
        case put(Data, any LabRecord)
        /// The record is to be removed.
        case remove
    }

    let store: LabStore
    /// A write transaction's open directories, shared by its reads and its commit (nil in a read).
    let directories: DirectoryDescriptors?
    /// Whether this is a read transaction (no commit can overlap it; nothing can be put).
    let isRead: Bool
    private(set) var pending: [RecordKey: Change] = [:]
    private(set) var auditEvents: [AuditEvent] = []
    /// What `discardChanges()` goes back to: nothing, or the changes of the bodies before this
    /// one in a `GroupCommit` (which must not be dropped with this body's).
    private var savepoint: [RecordKey: Change] = [:]

    /// A read transaction's view.
    init(readingFrom store: LabStore) {
        self.store = store
        directories = nil
        isRead = true
    }

    /// A write transaction's view, with the directories it opens once.
    init(writingTo store: LabStore, directories: DirectoryDescriptors) {
        self.store = store
        self.directories = directories
        isRead = false
    }

    /// The store's generation when this transaction started.
    public var generation: UInt64 { store.knownGeneration }

    /// The record at `key` as this transaction sees it (its own changes included).
    public func record<R: LabRecord>(_ type: R.Type, at key: RecordKey) throws -> R? {
        // A read changes nothing: skip hashing the key for an empty change set.
        if pending.isEmpty { return try store.loadRecord(type, at: key, directories: directories) }
        switch pending[key] {
        case .remove?:
            return nil
        case let .put(data, value)?:
            if let record = value as? R { return record }
            return try store.codec.decode(type, from: data, path: (try? RecordPath.relativePath(for: key)) ?? key.description)
        case nil:
            return try store.loadRecord(type, at: key, directories: directories)
        }
    }

    /// The names of the records of `kind` in `scope`, sorted, this transaction's changes
    /// included; only the directory is read.
    public func recordNames(_ kind: RecordKind, in scope: String) throws -> [String] {
        var names = Set(try store.recordNames(kind: kind, scope: scope))
        for (key, change) in pending where key.kind == kind && key.scope == scope {
            switch change {
            case .put: names.insert(key.name)
            case .remove: names.remove(key.name)
            }
        }
        return names.sorted()
    }

    /// How many records of `kind` `scope` holds, this transaction's changes included, without
    /// merging the names into a new list: every create checks its account's quota, and a
    /// group commit holds dozens of creates.
    public func recordCount(_ kind: RecordKind, in scope: String) throws -> Int {
        let names = try store.recordNames(kind: kind, scope: scope)
        var count = names.count
        // By key first: a change is looked at only for this kind and scope (a group commit's
        // other changes carry whole records).
        for key in pending.keys where key.kind == kind && key.scope == scope {
            let stored = LabStore.sortedNames(names, contain: key.name)
            if case .remove? = pending[key] {
                if stored { count -= 1 }
            } else if !stored {
                count += 1
            }
        }
        return count
    }

    /// Every record of `R.kind` in `scope`, ordered by name, this transaction's changes included.
    public func records<R: LabRecord>(_ type: R.Type, in scope: String) throws -> [R] {
        let keys = try recordNames(R.kind, in: scope).map { RecordKey(kind: R.kind, scope: scope, name: $0) }
        if pending.isEmpty { return try store.loadRecords(type, at: keys) }
        return try keys.compactMap { try record(type, at: $0) }
    }

    /// In a read transaction, the value the store keeps for `key` while no record changes
    /// (`RecordCache.derived`); in a write, `make()` every time: its body reads its own changes,
    /// which no other transaction may see.
    public func derived<T: Sendable>(_ key: DerivedKey, _ make: () throws(ServiceError) -> T) throws(ServiceError) -> T {
        guard isRead, pending.isEmpty else { return try make() }
        return try store.cache.derived(key, make)
    }

    /// Buffers `record` to be written at `record.recordKey` when the transaction commits.
    public mutating func put<R: LabRecord>(_ record: R) throws {
        let key = record.recordKey
        _ = try RecordPath.relativePath(for: key)
        pending[key] = .put(try store.codec.encode(record), record)
    }

    /// Buffers the removal of the record at `key`.
    public mutating func remove(_ key: RecordKey) throws {
        _ = try RecordPath.relativePath(for: key)
        pending[key] = .remove
    }

    /// Adds `event` to the audit log as part of this transaction's commit.
    public mutating func recordAudit(_ event: AuditEvent) {
        auditEvents.append(event)
    }

    /// Drops every buffered put and remove but keeps the audit events: for an operation that
    /// failed part-way, whose error must be audited while none of its changes may land. In a
    /// `GroupCommit` only this body's changes are dropped, not those of the bodies before it.
    public mutating func discardChanges() {
        pending = savepoint
    }

    /// Makes the changes buffered so far survive `discardChanges()` (`GroupCommit`, between bodies).
    mutating func setSavepoint() {
        savepoint = pending
    }
}
