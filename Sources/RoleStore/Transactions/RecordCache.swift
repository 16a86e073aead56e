import Foundation
import IAMKit

/// What a store instance remembers between transactions: decoded records (or their absence)
/// and directory listings. The change log says which entries went stale. Read transactions
/// run side by side and fill it as they read, so every access takes its own short lock, shared
/// by lookups (nearly all of them, once the cache is warm).
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

    subscript(key: RecordKey) -> Entry? {
        get { lock.withReadLock { records[key] } }
        set { lock.withWriteLock { records[key] = newValue } }
    }

    subscript(directory: Directory) -> [String]? {
        get { lock.withReadLock { listings[directory] } }
        set { lock.withWriteLock { listings[directory] = newValue } }
    }

    /// Forgets what `keys` changed.
    func invalidate(_ keys: [RecordKey]) {
        lock.withWriteLock {
            for key in keys {
                records[key] = nil
                listings[Directory(kind: key.kind, scope: key.scope)] = nil
            }
        }
    }

    /// Forgets everything.
    func invalidateAll() {
        lock.withWriteLock {
            records.removeAll(keepingCapacity: true)
            listings.removeAll(keepingCapacity: true)
        }
    }
}
