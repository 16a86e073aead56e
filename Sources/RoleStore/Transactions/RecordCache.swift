import IAMKit

/// What a store instance remembers between transactions: decoded records (or their absence)
/// and directory listings. The change log says which entries went stale.
struct RecordCache {
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

    private(set) var records: [RecordKey: Entry] = [:]
    private(set) var listings: [Directory: [String]] = [:]

    subscript(key: RecordKey) -> Entry? {
        get { records[key] }
        set { records[key] = newValue }
    }

    subscript(directory: Directory) -> [String]? {
        get { listings[directory] }
        set { listings[directory] = newValue }
    }

    /// Forgets what `keys` changed.
    mutating func invalidate(_ keys: [RecordKey]) {
        for key in keys {
            records[key] = nil
            listings[Directory(kind: key.kind, scope: key.scope)] = nil
        }
    }

    /// Forgets everything.
    mutating func invalidateAll() {
        records.removeAll(keepingCapacity: true)
        listings.removeAll(keepingCapacity: true)
    }
}
