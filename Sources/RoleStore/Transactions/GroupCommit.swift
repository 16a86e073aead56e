import Foundation

/// Write transactions from many threads committed together: a thread of the group's own (the
/// committer, started when a body finds none running, ending when none is queued) takes every
/// body queued so far, runs them one after another in ONE write transaction (each sees the
/// changes of those before it), and commits them with one set of fsyncs; then it takes the
/// bodies that queued meanwhile. A caller returns only after the commit that holds its changes
/// is durable, exactly as with `LabStore.write`. A write from a thread already in a transaction
/// of the store is refused (`nestedTransaction`), as it would wait for itself.
///
/// Each body is isolated from the others: a body that throws leaves none of its own changes or
/// audit events (the transaction goes back to where it stood before that body), and a body's
/// `discardChanges()` drops only its own changes. If the commit itself fails, every body of that
/// group fails with the commit's error and nothing of the group is written.
///
/// Why: a durable commit costs several fsyncs (milliseconds each on a real disk), so one commit
/// per request caps a server at a few dozen mutations per second; grouping the requests that
/// arrive during one commit divides that cost among them (docs/decisions.md, 2026-12-07).
///
/// Callers are released as soon as their commit is decided (its journal durable), while the
/// committer still installs the files and syncs the filesystem: a crash from then on is completed
/// from the journal by the next process, so the commit stands, and the callers' next requests
/// gather for the next group meanwhile. An error after the decision (a failed install) leaves
/// the journal for the next transaction to complete, as with `LabStore.write`'s `commitPending`.
///
/// The groups that gathered meanwhile run back to back under the same hold of the lock, up to
/// `maximumChainedGroups` and only while no read of this process waits: the filesystem sync
/// that ends one group's commit runs on another thread while the next group's bodies run, and
/// the next journal waits for it (`DeferredSync`). The sync was a fifth of a group's time.
public final class GroupCommit: @unchecked Sendable {
    /// The store every group commits to.
    public let store: LabStore
    /// The largest number of bodies in one commit (keeps one journal, and the time readers wait
    /// for the lock, bounded).
    public let maximumGroupSize: Int
    /// The most groups committed under one hold of the lock (other processes wait that long).
    static let maximumChainedGroups = 4

    private final class Job {
        /// Dropped as soon as it has run: `write` hands in a non-escaping closure, which must
        /// not outlive the call (another thread may still hold the group's jobs then).
        var body: ((inout StoreTransaction) throws -> Void)?
        var finished = false
        var failure: (any Error)?
        init(_ body: @escaping (inout StoreTransaction) throws -> Void) { self.body = body }
    }

    private let condition = NSCondition()
    private var queue: [Job] = []
    private var leading = false

    /// How many bodies wait for the next group.
    public var queuedCount: Int { condition.withLock { queue.count } }

    /// Groups writes to `store`, at most `maximumGroupSize` bodies per commit.
    public init(store: LabStore, maximumGroupSize: Int = 256) {
        self.store = store
        self.maximumGroupSize = max(1, maximumGroupSize)
    }

    /// Runs `body` in a write transaction shared with other callers' bodies and returns its
    /// result once the commit that holds its changes is durable. Throws what `body` threw, or
    /// the commit's error.
    public func write<T>(_ body: (inout StoreTransaction) throws -> T) throws -> T {
        try store.gate.refuseNesting()
        return try withoutActuallyEscaping(body) { body in
            var outcome: Result<T, any Error>?
            let job = Job { lab in
                do {
                    outcome = .success(try body(&lab))
                } catch {
                    outcome = .failure(error)
                    throw error
                }
            }
            condition.lock()
            queue.append(job)
            if !leading {
                leading = true
                let committer = Thread { [self] in lead() }
                committer.name = "rolecall group commit"
                committer.start()
            }
            while !job.finished { condition.wait() }
            condition.unlock()
            if let failure = job.failure { throw failure }
            guard let outcome else { throw StoreError.commitNotWritten(store: store.path, cause: "the grouped write did not run") }
            return try outcome.get()
        }
    }

    /// Returns once no commit runs or waits: every commit answered so far is installed and
    /// synced, and its journal gone (a server calls this before it exits).
    public func waitUntilIdle() {
        condition.withLock {
            while leading { condition.wait() }
        }
    }

    /// The committer thread's work: chains of groups until nothing is queued.
    private func lead() {
        while true {
            let group = condition.withLock {
                let group = nextGroup()
                if group.isEmpty {
                    leading = false
                    condition.broadcast()
                }
                return group
            }
            if group.isEmpty { return }
            runChain(startingWith: group)
        }
    }

    /// The queued bodies of the next group, oldest first. Caller holds `condition`.
    private func nextGroup() -> [Job] {
        let group = Array(queue.prefix(maximumGroupSize))
        queue.removeFirst(group.count)
        return group
    }

    /// Runs `first`, then the groups queued meanwhile, each as one commit under one hold of the
    /// store's lock (see the type's comment); every job of every group it ran is finished.
    private func runChain(startingWith first: [Job]) {
        var group = first
        var started = false
        do {
            try store.exclusively {
                started = true
                for round in 1... {
                    let goesOn = round < Self.maximumChainedGroups
                    let committed = run(group, deferringSync: goesOn)
                    settle(group)
                    guard committed, goesOn, store.gate.waiting.readers == 0 else { return }
                    let next = condition.withLock { nextGroup() }
                    if next.isEmpty { return }
                    group = next
                }
            }
        } catch {
            // The lock was not taken or a leftover commit not completed (nothing of the first
            // group ran), or the last group's deferred sync failed after its callers were
            // released: its commit stands, completed by the next transaction.
            if !started {
                for job in group where job.failure == nil { job.failure = error }
            }
        }
        settle(group)
    }

    /// Marks `group`'s jobs finished (dropping any body that did not run) and wakes their callers.
    private func settle(_ group: [Job]) {
        condition.withLock {
            for member in group {
                member.body = nil
                member.finished = true
            }
            condition.broadcast()
        }
    }

    /// Runs `group`'s bodies in one transaction and commits it under the lock `runChain` holds;
    /// records each body's failure, and releases the group's callers once the commit is
    /// decided. Returns whether the commit stood (a failed one ends the chain, so the next
    /// write completes or takes it back with a fresh view).
    private func run(_ group: [Job], deferringSync: Bool) -> Bool {
        var released = false
        let release = {
            self.settle(group)
            released = true
        }
        do {
            var lab = StoreTransaction(writingTo: store, directories: DirectoryDescriptors(directory: store.directory))
            for job in group {
                lab.setSavepoint()
                let before = lab
                do {
                    try job.body?(&lab)
                } catch {
                    lab = before
                    job.failure = error
                }
                job.body = nil
            }
            try store.commit(lab, decided: release, deferringSync: deferringSync)
            return true
        } catch {
            // After the release the commit stands (its journal is durable) and the callers
            // have their answers; what failed is completed by the next transaction.
            if !released {
                for job in group where job.failure == nil { job.failure = error }
            }
            return false
        }
    }
}
