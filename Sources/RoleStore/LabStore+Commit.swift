import Foundation
import IAMKit

extension LabStore {
    /// Completes the commit a killed writer left in the journal. Caller holds the exclusive lock.
    func recover() throws {
        guard let journal = try journalWriter.pending() else { return }
        try journalWriter.apply(journal)
    }

    /// Catches up with the change log: forgets cached records other commits touched.
    /// Caller holds a lock.
    func refresh() throws {
        let stamp = try changeLog.stamp()
        let replaced = changeLogInode != 0 && stamp.inode != changeLogInode
        if !replaced && stamp.size == changeLogOffset { return }
        if replaced || stamp.size < changeLogOffset {
            // Compacted, or a restored copy of the store: trust nothing cached.
            cache.invalidateAll()
            let tail = try changeLog.tail()
            knownGeneration = tail.generation
            changeLogOffset = tail.offset
            changeLogInode = stamp.inode
            return
        }
        changeLogInode = stamp.inode
        let progress = try changeLog.entries(after: changeLogOffset)
        for entry in progress.entries {
            if let keys = entry.keys { cache.invalidate(keys) } else { cache.invalidateAll() }
            knownGeneration = max(knownGeneration, entry.generation)
        }
        changeLogOffset = progress.offset
    }

    /// Writes `transaction`'s changes and audit events as one atomic, durable commit.
    /// Caller holds the exclusive lock and has refreshed. `decided` is called once the commit
    /// is durable (see `JournalWriter.commit`); not at all when there is nothing to commit.
    /// With `deferringSync` the commit's last filesystem sync may run on while the caller goes
    /// on to its next transaction under the same lock (`deferredSync`; `exclusively` waits
    /// for it before releasing the lock).
    func commit(_ transaction: StoreTransaction, decided: (() -> Void)? = nil, deferringSync: Bool = false) throws {
        // Each key's text once, not once per comparison.
        let changes = transaction.pending.map { (text: $0.key.description, element: $0) }
            .sorted { $0.text < $1.text }.map(\.element)
        guard !changes.isEmpty || !transaction.auditEvents.isEmpty else { return }
        var files: [Journal.FileChange] = []
        for (key, change) in changes {
            let relative = try RecordPath.relativePath(for: key)
            switch change {
            case let .put(data, _): files.append(.init(path: relative, contents: String(decoding: data, as: UTF8.self)))
            case .remove: files.append(.init(path: relative, contents: nil))
            }
        }
        var appends = try AuditLog.appends(for: transaction.auditEvents, in: directory)
        let generation = changes.isEmpty ? knownGeneration : knownGeneration + 1
        if !changes.isEmpty {
            let keys = changes.count <= ChangeLog.maximumKeysPerLine ? changes.map(\.key) : nil
            let line = ChangeLog.line(for: .init(generation: generation, keys: keys))
            appends.append(.init(path: ChangeLog.fileName, offset: changeLogOffset, text: line))
        }
        let journal = Journal(generation: generation, files: files, appends: appends)
        do {
            // The previous group's journal must be gone before this one is written. If that
            // commit cannot be completed it stays decided, for the next command; this one is
            // not written.
            do {
                try completeDeferredSync()
            } catch let error as StoreError {
                throw StoreError.commitNotWritten(store: path, cause: JournalWriter.describe(error))
            }
            deferredSync = try journalWriter.commit(journal, directories: transaction.directories, decided: decided,
                                                    deferringSync: deferringSync)
        } catch {
            // Not written, or decided and left for the next command to complete: either way
            // what this instance cached may be stale.
            cache.invalidateAll()
            throw error
        }
        if !changes.isEmpty { cache.recordsChanged() }
        var listed: [RecordCache.Directory: (added: [String], removed: Set<String>)] = [:]
        for (key, change) in changes {
            let directory = RecordCache.Directory(kind: key.kind, scope: key.scope)
            switch change {
            case let .put(_, value):
                cache[key] = .present(value)
                listed[directory, default: ([], [])].added.append(key.name)
            case .remove:
                cache[key] = .absent
                listed[directory, default: ([], [])].removed.insert(key.name)
            }
        }
        // A directory listing this instance holds is brought up to date with what it just
        // committed (it held the lock, so nothing else changed), not dropped: every create
        // counts its account's records for the quota, and listing a directory of thousands of
        // roles again after each group commit would cost more than the commit.
        for (directory, change) in listed {
            guard let names = cache[directory] else { continue }
            cache[directory] = Self.listing(names, adding: change.added, removing: change.removed)
        }
        if let changeLogAppend = appends.last, !changes.isEmpty {
            changeLogOffset = changeLogAppend.offset + UInt64(changeLogAppend.text.utf8.count)
            if changeLogInode == 0 { changeLogInode = try changeLog.stamp().inode }
        }
        knownGeneration = generation
        if changeLogOffset > changeLogLimit {
            // A journal still in place would append to the log it replaces, were it replayed.
            try completeDeferredSync()
            let stamp = try changeLog.compact(generation: generation, sync: journalWriter.durability == .full)
            changeLogOffset = stamp.size
            changeLogInode = stamp.inode
        }
    }

    /// `names` (sorted) with `added` merged in and `removed` left out, still sorted, each once.
    static func listing(_ names: [String], adding added: [String], removing removed: Set<String>) -> [String] {
        let incoming = Array(Set(added)).sorted()
        var merged: [String] = []
        merged.reserveCapacity(names.count + incoming.count)
        var next = 0
        for name in names {
            while next < incoming.count, incoming[next] < name {
                if !removed.contains(incoming[next]) { merged.append(incoming[next]) }
                next += 1
            }
            if next < incoming.count, incoming[next] == name { next += 1 }
            if !removed.contains(name) { merged.append(name) }
        }
        for name in incoming[next...] where !removed.contains(name) { merged.append(name) }
        return merged
    }

    /// Waits for the end of the last group's commit if it still runs; if that failed, completes
    /// the commit from its journal (`JournalWriter.complete`). Caller holds the exclusive lock.
    func completeDeferredSync() throws {
        guard let deferred = deferredSync else { return }
        deferredSync = nil
        do {
            try journalWriter.complete(deferred)
        } catch {
            cache.invalidateAll()
            throw error
        }
    }

    /// Whether `names`, sorted as `recordNames` sorts them, holds `name` (binary search).
    static func sortedNames(_ names: [String], contain name: String) -> Bool {
        var low = 0, high = names.count
        while low < high {
            let middle = (low + high) / 2
            if names[middle] < name { low = middle + 1 } else { high = middle }
        }
        return low < names.count && names[low] == name
    }

    /// The record at `key` through the cache. Caller holds a lock; a write transaction hands
    /// in its open `directories`.
    func loadRecord<R: LabRecord>(_ type: R.Type, at key: RecordKey, directories: DirectoryDescriptors? = nil) throws -> R? {
        switch cache[key] {
        case .absent?:
            return nil
        case let .present(value)?:
            if let record = value as? R { return record }
        case nil:
            // A directory listing this instance keeps current (see `commit` and `refresh`)
            // answers for a file it does not hold, without a failed open: every create looks
            // for the record it is about to make, and a server's group commit holds dozens.
            if let names = cache[RecordCache.Directory(kind: key.kind, scope: key.scope)],
               !Self.sortedNames(names, contain: key.name) {
                cache[key] = .absent
                return nil
            }
        }
        let relative = try RecordPath.relativePath(for: key)
        let data: Data?
        if let directories {
            data = try directories.descriptor(RecordPath.directory(kind: key.kind, scope: key.scope), create: false).flatMap { parent in
                try directory.read(StoreDirectory.lastComponent(relative), in: parent, relative: relative)
            }
        } else {
            data = try directory.read(relative)
        }
        guard let data else {
            cache[key] = .absent
            return nil
        }
        let record = try codec.decode(type, from: data, path: directory.display(relative), key: key)
        cache[key] = .present(record)
        return record
    }

    /// The record at `key` as this instance last read or committed it, taking no lock and not
    /// catching up with other processes; nil when it is not cached (or cached as absent). It
    /// may be stale, so it serves only a check the caller repeats inside a transaction.
    public func lastKnownRecord<R: LabRecord>(_ type: R.Type, at key: RecordKey) -> R? {
        guard case let .present(value)? = cache[key] else { return nil }
        return value as? R
    }

    /// The names of the records of `kind` in `scope`, through the cache. Caller holds a lock.
    func recordNames(kind: RecordKind, scope: String) throws -> [String] {
        let listing = RecordCache.Directory(kind: kind, scope: scope)
        if let names = cache[listing] { return names }
        let names = try directory.list(RecordPath.directory(kind: kind, scope: scope))
            .compactMap(RecordPath.name(fromFileName:))
            .sorted()
        cache[listing] = names
        return names
    }
}
