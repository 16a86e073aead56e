import Foundation
import IAMKit

/// What a store instance remembers between transactions: decoded records (or their absence),
/// directory listings, and values the domain derives from records (`derived`). The change log
/// says which entries went stale. Read transactions run side by side and fill it as they read,
/// so every access takes its own short lock, shared by lookups (nearly all of them, once the
/// cache is warm).
final class RecordCache: @unchecked Sendable {
    /// A cached lookup.
    enum Entry {
        /// The file does not exist.
        case absent
        /// The decoded record.
        case present(any LabRecord)
    }

    /// Identifies one kind directory.
    struct Directory: Hashable {
        var kind: RecordKind
        var scope: String
    }

    private let lock = ReadWriteLock()
    private var records: [RecordKey: Entry] = [:]
    private var listings: [Directory: [String]] = [:]
    /// Values derived from records, by the domain's key; all of them go when any record may
    /// have changed, since nothing says which records each was made from.
    private var derivedValues: [DerivedKey: any Sendable] = [:]
    /// Counts the times records may have changed: a value made while it moved is not kept.
    private var epoch: UInt64 = 0
    /// Past this many derived values the oldest are not told apart: all go.
    static let derivedLimit = 1024

    subscript(key: RecordKey) -> Entry? {
        get { lock.withReadLock { records[key] } }
        set { lock.withWriteLock { records[key] = newValue } }
    }

    subscript(directory: Directory) -> [String]? {
        get { lock.withReadLock { listings[directory] } }
        set { lock.withWriteLock { listings[directory] = newValue } }
    }

    /// The value derived under `key`, made by `make` unless one made since the records last
    /// changed is kept. Call only where the records read are exactly the cached view (a read
    /// transaction, which no commit can overlap); errors are not kept.
    func derived<T: Sendable, E: Error>(_ key: DerivedKey, _ make: () throws(E) -> T) throws(E) -> T {
        let (kept, startEpoch) = lock.withReadLock { (derivedValues[key], epoch) }
        if let value = kept as? T { return value }
        let value = try make()
        lock.withWriteLock {
            guard epoch == startEpoch else { return }
            if derivedValues.count >= Self.derivedLimit { derivedValues.removeAll(keepingCapacity: true) }
            derivedValues[key] = value
        }
        return value
    }

    /// Forgets what `keys` changed.
    func invalidate(_ keys: [RecordKey]) {
        lock.withWriteLock {
            for key in keys {
                records[key] = nil
                listings[Directory(kind: key.kind, scope: key.scope)] = nil
            }
            forgetDerived()
        }
    }

    /// Forgets everything.
    func invalidateAll() {
        lock.withWriteLock {
            records.removeAll(keepingCapacity: true)
            listings.removeAll(keepingCapacity: true)
            forgetDerived()
        }
    }

    /// Records this instance wrote changed: what was derived from them goes (their new values
    /// are put in by the commit, which knows them).
    func recordsChanged() {
        lock.withWriteLock { forgetDerived() }
    }

    /// Caller holds the write lock.
    private func forgetDerived() {
        epoch &+= 1
        derivedValues.removeAll(keepingCapacity: true)
    }
}
