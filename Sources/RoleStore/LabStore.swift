import Foundation
import IAMKit

/// A lab on disk, shared safely by several processes. Open it once, then run `read` and
/// `write` transactions; each sees every commit made before it by any process, and each
/// write commits atomically or not at all.
///
/// The directory, all readable and diffable by a person (files 0600, directories 0700; in a
/// group-shared lab 0660 and 2770, see `StoreSharing`):
/// - `store.json`: schema version and creator, written once;
/// - `<scope>/<kind>/<name>.json`: one pretty-printed, key-sorted record per file
///   (e.g. `123456789012/role/s3-readers.json`; see `RecordPath` for escaping);
/// - `audit/YYYY-MM-DD.jsonl`: CloudTrail-shaped events, one per line, append-only;
/// - `changes.log`: one line per generation naming the records it touched;
/// - `store.lock`: the pid of the process holding the lock (the lock itself is on the directory);
/// - `journal.json`: only between a commit's start and end, or after a crash until the next
///   process completes it.
/// - `.journal.json.tmp`: the last group-sized commit's journal, renamed aside for the next one
///   to write again (so a server's commits free no inode; see `StoreDirectory.prepareReusing`);
///   never read.
///
/// One instance may be used from several threads; its transactions run one at a time.
/// The repository handed to a transaction body is valid only inside that body.
public final class LabStore: @unchecked Sendable {
    /// The store directory.
    public let path: String
    /// How long a transaction waits for another process's lock before failing.
    public let lockTimeout: Double

    /// Every file operation inside the store goes through this (see `StoreDirectory`).
    let directory: StoreDirectory
    let lock: StoreLock
    let codec = RecordCodec()
    let changeLog: ChangeLog
    var journalWriter: JournalWriter
    /// Within this process: reads side by side, a write alone (flock alone does not order
    /// threads of one process), and nesting refused. Each read locks a descriptor it lends.
    let gate: TransactionGate
    /// Serialises catching up with the change log and completing a leftover commit, which
    /// concurrent reads may each find to do.
    let catchUpLock = NSLock()
    let cache = RecordCache()
    /// The end of the last group's commit, still running on another thread (see `DeferredSync`);
    /// only the thread holding the exclusive lock touches it, and completes it before releasing.
    var deferredSync: DeferredSync?
    /// Where this instance stands in the change log. Written only by the thread running a
    /// transaction; read without waiting for it (the console's poll must not block).
    private let positionLock = NSLock()
    private var position: (generation: UInt64, offset: UInt64, inode: UInt64) = (0, 0, 0)
    /// The generation this instance has caught up with.
    var knownGeneration: UInt64 {
        get { positionLock.withLock { position.generation } }
        set { positionLock.withLock { position.generation = newValue } }
    }
    /// The change log offset just after the last line this instance has read.
    var changeLogOffset: UInt64 {
        get { positionLock.withLock { position.offset } }
        set { positionLock.withLock { position.offset = newValue } }
    }
    /// The inode of the change log file that offset is in (0 before it existed).
    var changeLogInode: UInt64 {
        get { positionLock.withLock { position.inode } }
        set { positionLock.withLock { position.inode = newValue } }
    }
    /// Past this size a commit compacts the change log (tests lower it).
    var changeLogLimit = ChangeLog.compactionThreshold

    /// Opens the store at `path`, creating it (mode 0700) when it does not exist or is an
    /// empty directory and `create` is true. A store written by a newer schema is refused
    /// before anything is written; a commit a killed process left half-done is completed.
    public init(path: String, create: Bool = true, lockTimeout: Double = 10, createdBy: String = "rolecall",
                durability: StoreDurability = .full) throws {
        self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        self.lockTimeout = lockTimeout
        let directory = try StoreDirectory(path: self.path, create: create)
        let codec = RecordCodec()
        if let data = try directory.read(StoreLayout.manifestFileName) {
            let manifest = try codec.decodeFile(StoreManifest.self, from: data, path: directory.display(StoreLayout.manifestFileName))
            try manifest.checkVersion(store: self.path)
        } else {
            guard create else { throw StoreError.storeMissing(path: self.path) }
            // Only what an interrupted creation leaves may be there: a lab is made only in an
            // empty directory (hidden files count: a home directory has only those).
            let existing = try directory.list("").filter { !StoreLayout.creationLeftovers.contains($0) }
            guard existing.isEmpty else { throw StoreError.notAStore(path: self.path) }
            let manifest = StoreManifest(createdBy: createdBy)
            try directory.replace(StoreLayout.manifestFileName, with: try codec.encodeFile(manifest), sync: true)
            try directory.syncDirectory("")
        }
        self.directory = directory
        lock = try StoreLock(directory: directory)
        gate = TransactionGate(storePath: self.path) { try StoreLock(directory: directory) }
        changeLog = ChangeLog(directory: directory)
        journalWriter = JournalWriter(directory: directory, durability: durability, hook: nil)
        if try directory.exists(Journal.fileName) {
            try exclusively {}
        } else {
            // No lock: opening must not wait for another session's commit. Only complete
            // lines count, and every transaction catches up under its lock anyway.
            let stamp = try changeLog.stamp()
            let tail = try changeLog.tail()
            knownGeneration = tail.generation
            changeLogOffset = tail.offset
            changeLogInode = stamp.inode
        }
    }

    /// The generation this instance last saw: it grows by one with every commit that
    /// changed records, in any process. Never waits.
    public var generation: UInt64 { knownGeneration }

    /// The file that holds the record `key` (for messages that name where a problem is, such as
    /// an unreadable stored policy); nil when the key cannot name a file.
    public func recordFilePath(for key: RecordKey) -> String? {
        do {
            return path + "/" + (try RecordPath.relativePath(for: key))
        } catch {
            return nil
        }
    }

    /// Catches up with the change log and returns the store's generation now, forgetting
    /// cached records other processes changed. Cheap: the shared lock, a stat, the new lines.
    public func currentGeneration() throws -> UInt64 {
        try read { _ in knownGeneration }
    }

    /// Whether any process committed a change to records after `generation` (the console
    /// polls this to pick up other sessions' changes, then re-reads in a transaction).
    /// One stat; never waits for a lock, so a long commit elsewhere cannot freeze the screen.
    public func hasChanges(since generation: UInt64) throws -> Bool {
        let seen = positionLock.withLock { position }
        if seen.generation != generation { return true }
        let stamp = try changeLog.stamp()
        if stamp.size != seen.offset || stamp.inode != seen.inode { return true }
        return try directory.exists(Journal.fileName)
    }

    /// Runs `body` under a shared lock with a fresh, read-only view of the store. Reads of one
    /// instance run side by side on several threads; a read inside another read on the same
    /// thread shares the outer one's lock and view (the server answers a request's key lookup
    /// and its call under one lock); any other nesting is refused.
    public func read<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        switch try gate.enterRead() {
        case .nested:
            return try body(StoreTransaction(readingFrom: self))
        case .entered(let readLock):
            defer { gate.exitRead(readLock) }
            try readLock.acquire(exclusive: false, timeout: lockTimeout)
            defer { readLock.release(exclusive: false) }
            // A writer killed after its journal became durable left a commit to complete; that
            // needs the exclusive lock: take it briefly, then read. Loop: another writer may
            // die between our unlock and relock (bounded by the lock timeout).
            while try directory.exists(Journal.fileName) {
                readLock.release(exclusive: false)
                try readLock.acquire(exclusive: true, timeout: lockTimeout)
                let recovered = Result { try catchUpLock.withLock { try recover() } }
                readLock.release(exclusive: true)
                try readLock.acquire(exclusive: false, timeout: lockTimeout)
                try recovered.get()
            }
            try catchUpLock.withLock { try refresh() }
            return try body(StoreTransaction(readingFrom: self))
        }
    }

    /// `read`, or nil at once where it would have to wait: a write of this instance runs or
    /// waits, another process holds the lab for a commit, or a commit is left to complete.
    /// The server answers reads on its event loops this way: an event loop that waits for a
    /// commit stalls every connection it serves, so such a read goes to a thread that may wait.
    public func readWithoutWaiting<T>(_ body: (StoreTransaction) throws -> T) throws -> T? {
        switch try gate.enterReadWithoutWaiting() {
        case nil:
            return nil
        case .nested?:
            return try body(StoreTransaction(readingFrom: self))
        case .entered(let readLock)?:
            defer { gate.exitRead(readLock) }
            guard try readLock.acquireSharedWithoutWaiting() else { return nil }
            defer { readLock.release(exclusive: false) }
            if try directory.exists(Journal.fileName) { return nil }
            try catchUpLock.withLock { try refresh() }
            return try body(StoreTransaction(readingFrom: self))
        }
    }

    /// Runs `body` under the exclusive lock with a fresh view, then commits what it put,
    /// removed and audited, atomically and durably, before returning. When `body` throws,
    /// nothing is written.
    public func write<T>(_ body: (inout StoreTransaction) throws -> T) throws -> T {
        try exclusively {
            var transaction = StoreTransaction(writingTo: self, directories: DirectoryDescriptors(directory: directory))
            let result = try body(&transaction)
            try commit(transaction)
            return result
        }
    }

    /// Appends audit events on their own (for requests that change nothing: reads, denials).
    public func appendAudit(_ events: [AuditEvent]) throws {
        try write { transaction in
            for event in events { transaction.recordAudit(event) }
        }
    }

    /// Runs `body` as this instance's only transaction, under the exclusive lock, after
    /// completing a leftover commit and catching up with the change log.
    func exclusively<T>(_ body: () throws -> T) throws -> T {
        try gate.enterWrite()
        defer { gate.exitWrite() }
        try lock.acquire(exclusive: true, timeout: lockTimeout)
        defer { lock.release(exclusive: true) }
        while try directory.exists(Journal.fileName) { try recover() }
        try refresh()
        let result = Result { try body() }
        // The last group's sync, if it was left to run (`GroupCommit`), ends before the lock goes.
        try completeDeferredSync()
        return try result.get()
    }
}
