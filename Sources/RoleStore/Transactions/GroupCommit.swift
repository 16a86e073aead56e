import Foundation

/// Write transactions from many threads committed together: whoever finds no commit under way
/// becomes the leader, takes every body queued so far, runs them one after another inside ONE
/// `LabStore.write` (each sees the changes of those before it), and commits them with one set of
/// fsyncs; then the next waiting caller leads the bodies that queued meanwhile. A caller returns
/// only after the commit that holds its changes is durable, exactly as with `LabStore.write`.
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
/// leader still installs the files and syncs the filesystem: a crash from then on is completed
/// from the journal by the next process, so the commit stands, and the callers' next requests
/// gather for the next group meanwhile. An error after the decision (a failed install) leaves
/// the journal for the next transaction to complete, as with `LabStore.write`'s `commitPending`.
public final class GroupCommit: @unchecked Sendable {
    /// The store every group commits to.
    public let store: LabStore
    /// The largest number of bodies in one commit (keeps one journal, and the time readers wait
    /// for the lock, bounded).
    public let maximumGroupSize: Int

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
        try withoutActuallyEscaping(body) { body in
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
            while !job.finished {
                if leading {
                    condition.wait()
                    continue
                }
                leading = true
                let group = Array(queue.prefix(maximumGroupSize))
                queue.removeFirst(group.count)
                condition.unlock()
                run(group)
                condition.lock()
                for member in group { member.finished = true }
                leading = false
                condition.broadcast()
            }
            condition.unlock()
            if let failure = job.failure { throw failure }
            guard let outcome else { throw StoreError.commitNotWritten(store: store.path, cause: "the grouped write did not run") }
            return try outcome.get()
        }
    }

    /// Runs `group`'s bodies in one transaction and commits it; records each body's failure,
    /// and releases the group's callers once the commit is decided.
    private func run(_ group: [Job]) {
        var released = false
        let release = {
            self.condition.withLock {
                for member in group { member.finished = true }
                self.condition.broadcast()
            }
            released = true
        }
        do {
            try store.write(decided: release) { lab in
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
            }
        } catch {
            // After the release the commit stands (its journal is durable) and the callers
            // have their answers; what failed is completed by the next transaction.
            if !released {
                for job in group where job.failure == nil { job.failure = error }
            }
        }
        for job in group { job.body = nil }
    }
}
