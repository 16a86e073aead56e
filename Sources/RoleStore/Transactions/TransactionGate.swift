import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The in-process half of a store's locking: read transactions run side by side, a write runs
/// alone, and the two take turns: a writer that is waiting goes before readers that arrive
/// after it (so a server busy with reads cannot starve its own writes), and the readers that
/// waited for a write go before the next writer (so a server busy with writes, a group commit
/// always queued behind the one being written, cannot starve its reads either). The file lock
/// (`StoreLock`) is the other half, between processes: every read takes it shared on a
/// descriptor of its own, lent from a pool here (flock belongs to an open file description, so
/// two readers on one descriptor would share one lock, and the first to finish would release it
/// under the other).
///
/// It also knows which thread runs which transaction, to refuse nesting that cannot work: a
/// read inside a read on the same thread shares the outer one (`Entry.nested`); anything
/// inside a write, or a write inside a read, throws `nestedTransaction`.
final class TransactionGate: @unchecked Sendable {
    /// How a read entered.
    enum Entry {
        /// The thread already runs a read: share its lock and view.
        case nested
        /// A new read, with the lock descriptor it must take shared and give back.
        case entered(StoreLock)
    }

    private let condition = NSCondition()
    private var activeReaders = 0
    private var writerActive = false
    private var writersWaiting = 0
    /// Readers blocked in `enterRead`.
    private var readersWaiting = 0
    /// Writes finished so far: a reader that waited through one no longer defers to writers.
    private var completedWrites: UInt64 = 0
    /// Readers that waited through the last write and have not yet entered: the next writer
    /// waits for them.
    private var entitledReaders = 0
    /// Each thread in a transaction, and whether that transaction is a write.
    private var threads: [UInt: Bool] = [:]
    /// Lock descriptors not lent out.
    private var spareLocks: [StoreLock] = []
    private let makeLock: () throws -> StoreLock
    private let storePath: String

    /// A gate whose readers lock with descriptors from `makeLock`.
    init(storePath: String, makeLock: @escaping () throws -> StoreLock) {
        self.storePath = storePath
        self.makeLock = makeLock
    }

    /// The calling thread.
    static var currentThread: UInt {
        #if canImport(Darwin)
        UInt(bitPattern: pthread_self())
        #else
        UInt(pthread_self())
        #endif
    }

    /// How many readers and writers are blocked, waiting to enter.
    var waiting: (readers: Int, writers: Int) { condition.withLock { (readersWaiting, writersWaiting) } }

    /// Waits until no write runs, and none waits unless this reader has already waited
    /// through a write; then enters a read.
    func enterRead() throws -> Entry {
        let thread = Self.currentThread
        condition.lock()
        defer { condition.unlock() }
        if let nested = try nestedEntry(thread) { return nested }
        if writerActive || writersWaiting > 0 {
            let arrival = completedWrites
            readersWaiting += 1
            while writerActive || (writersWaiting > 0 && completedWrites == arrival) { condition.wait() }
            readersWaiting -= 1
            if completedWrites != arrival && entitledReaders > 0 {
                entitledReaders -= 1
                if entitledReaders == 0 { condition.broadcast() }
            }
        }
        return try admitReader(thread)
    }

    /// `enterRead`, or nil at once where it would wait (a write runs or waits).
    func enterReadWithoutWaiting() throws -> Entry? {
        let thread = Self.currentThread
        condition.lock()
        defer { condition.unlock() }
        if let nested = try nestedEntry(thread) { return nested }
        guard !writerActive && writersWaiting == 0 else { return nil }
        return try admitReader(thread)
    }

    /// `.nested` when `thread` already runs a read; refused when it runs a write; else nil.
    /// Caller holds the condition's lock.
    private func nestedEntry(_ thread: UInt) throws -> Entry? {
        switch threads[thread] {
        case false?: return .nested
        case true?: throw StoreError.nestedTransaction(store: storePath)
        case nil: return nil
        }
    }

    /// Lends `thread` a lock descriptor and counts it as a reader. Caller holds the lock.
    private func admitReader(_ thread: UInt) throws -> Entry {
        let lock = try spareLocks.popLast() ?? makeLock()
        activeReaders += 1
        threads[thread] = false
        return .entered(lock)
    }

    /// Leaves a read entered with `lock`.
    func exitRead(_ lock: StoreLock) {
        condition.lock()
        defer { condition.unlock() }
        activeReaders -= 1
        threads[Self.currentThread] = nil
        spareLocks.append(lock)
        if activeReaders == 0 { condition.broadcast() }
    }

    /// Throws `nestedTransaction` when the calling thread runs a transaction of this store: a
    /// write it hands to another thread (`GroupCommit`) would wait for it forever.
    func refuseNesting() throws {
        let thread = Self.currentThread
        try condition.withLock {
            if threads[thread] != nil { throw StoreError.nestedTransaction(store: storePath) }
        }
    }

    /// Waits until no other transaction runs and the readers that waited through the last
    /// write have entered, then enters a write.
    func enterWrite() throws {
        let thread = Self.currentThread
        condition.lock()
        defer { condition.unlock() }
        guard threads[thread] == nil else { throw StoreError.nestedTransaction(store: storePath) }
        writersWaiting += 1
        while writerActive || activeReaders > 0 || entitledReaders > 0 { condition.wait() }
        writersWaiting -= 1
        writerActive = true
        threads[thread] = true
    }

    /// Leaves a write.
    func exitWrite() {
        condition.lock()
        defer { condition.unlock() }
        writerActive = false
        threads[Self.currentThread] = nil
        completedWrites &+= 1
        entitledReaders = readersWaiting
        condition.broadcast()
    }
}
