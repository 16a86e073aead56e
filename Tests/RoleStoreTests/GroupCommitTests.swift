import Foundation
import IAMKit
import Testing
@testable import RoleStore

/// `GroupCommit`: concurrent write transactions share one durable commit, and each body stays
/// isolated (its failure or `discardChanges()` never takes another body's changes with it).
struct GroupCommitTests {
    /// A flag one thread waits on until another raises it.
    final class Gate: @unchecked Sendable {
        private let condition = NSCondition()
        private var open = false
        func raise() { condition.withLock { open = true; condition.broadcast() } }
        func wait() { condition.withLock { while !open { condition.wait() } } }
    }

    struct Refused: Error {}

    @Test func bodiesQueuedDuringACommitShareTheNextOneAndStayIsolated() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        let group = GroupCommit(store: store)
        let before = try store.currentGeneration()
        let callers = Callers(group)
        let results = callers.results
        // The first caller leads; its body holds the commit open until released.
        let release = callers.startHeldLeader("a")
        callers.start("b") { lab in try lab.put(Fixture.role("b")) }
        callers.start("c") { lab in
            try lab.put(Fixture.role("c"))
            lab.discardChanges()  // a failed operation: only its own change goes
        }
        callers.start("d") { lab in
            try lab.put(Fixture.role("d"))
            throw Refused()
        }
        let deadline = Date().addingTimeInterval(10)
        while group.queuedCount < 3, Date() < deadline { usleep(1_000) }
        #expect(group.queuedCount == 3)
        release.raise()
        callers.done.wait()

        #expect(results.succeeded("a") && results.succeeded("b") && results.succeeded("c"))
        #expect(results.failed("d", with: Refused.self))
        let names = try store.read { try $0.records(SampleRole.self, in: Fixture.account).map(\.roleName) }
        #expect(names == ["a", "b"])
        // Two commits: the leader's alone, then b, c and d together.
        #expect(try store.currentGeneration() == before + 2)
        // What was committed is on disk for any other process.
        #expect(try LabStore(path: directory.path).read { try $0.records(SampleRole.self, in: Fixture.account).map(\.roleName) } == ["a", "b"])
    }

    @Test func manyConcurrentWritersAllLand() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        let group = GroupCommit(store: store)
        let before = try store.currentGeneration()
        let writers = 48
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: writers) { index in
            results.set("r\(index)", Result { try group.write { lab in try lab.put(Fixture.role("r\(index)", sequence: index)) } })
        }
        #expect((0..<writers).allSatisfy { results.succeeded("r\($0)") })
        let roles = try LabStore(path: directory.path).read { try $0.records(SampleRole.self, in: Fixture.account) }
        #expect(roles.count == writers)
        let commits = try store.currentGeneration() - before
        #expect(commits >= 1 && commits <= UInt64(writers))
    }

    /// A grouped write is acknowledged once its commit is decided (the journal durable), not
    /// after the install and filesystem sync that follow: those only tidy up what a crash would
    /// replay from the journal. Callers come back a sync sooner and join the next group; no
    /// caller waits for another group's commit (the group's own thread runs them all).
    @Test func theCallersOfAGroupReturnOnceItsJournalIsDurable() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        let group = GroupCommit(store: store)
        let installing = Gate(), releaseInstall = Gate()
        let commits = Results()
        store.journalWriter.hook = { stage in
            // Hold the second commit (b and c together) between its decision and its install.
            if stage == .afterFiles, commits.count() == 1 {
                installing.raise()
                releaseInstall.wait()
            }
            if stage == .beforeJournalRemoval { commits.set("commit \(commits.count())", .success(())) }
        }
        let callers = Callers(group)
        let results = callers.results
        let releaseLeader = callers.startHeldLeader("a")
        callers.start("b") { lab in try lab.put(Fixture.role("b")) }
        callers.start("c") { lab in try lab.put(Fixture.role("c")) }
        let deadline = Date().addingTimeInterval(10)
        while group.queuedCount < 2, Date() < deadline { usleep(1_000) }
        releaseLeader.raise()
        installing.wait()
        // The second commit (b and c) is held before its install: every caller has its answer.
        while results.count() < 3, Date() < deadline { usleep(1_000) }
        #expect(results.succeeded("a") && results.succeeded("b") && results.succeeded("c"))
        releaseInstall.raise()
        callers.done.wait()
        #expect(results.succeeded("b") && results.succeeded("c"))
        #expect(try LabStore(path: directory.path).read { try $0.records(SampleRole.self, in: Fixture.account).map(\.roleName) } == ["a", "b", "c"])
    }

    /// The groups that gather during a commit follow it under the same lock, and the sync that
    /// ends one commit runs while the next group's bodies run: here the first commit's sync
    /// waits for the second group's body, which could never run if the sync came first.
    @Test func theNextGroupsBodiesRunWhileTheLastCommitSyncs() throws {
        guard StoreDirectory.canSyncFilesystem else { return }
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        store.journalWriter.filesystemSyncMinimumFiles = 1
        let group = GroupCommit(store: store)
        let secondBodyRan = Gate()
        let overlapped = Results()
        store.journalWriter.hook = { stage in
            guard stage == .beforeJournalRemoval, overlapped.count() == 0 else { return }
            // The first commit's sync: is the next group's body allowed to run meanwhile?
            let waited = DispatchSemaphore(value: 0)
            Thread { secondBodyRan.wait(); waited.signal() }.start()
            let ran = waited.wait(timeout: .now() + 5) == .success
            overlapped.set("first sync", ran ? .success(()) : .failure(Refused()))
        }
        let callers = Callers(group)
        let release = callers.startHeldLeader("a")
        callers.start("b") { lab in
            try lab.put(Fixture.role("b"))
            secondBodyRan.raise()
        }
        let deadline = Date().addingTimeInterval(10)
        while group.queuedCount < 1, Date() < deadline { usleep(1_000) }
        release.raise()
        callers.done.wait()
        group.waitUntilIdle()
        #expect(!FileManager.default.fileExists(atPath: directory.child("journal.json")), "idle: every commit installed")
        #expect(overlapped.succeeded("first sync"), "the second group's body ran during the first commit's sync")
        #expect(callers.results.succeeded("a") && callers.results.succeeded("b"))
        #expect(try LabStore(path: directory.path).read { try $0.records(SampleRole.self, in: Fixture.account).map(\.roleName) } == ["a", "b"])
        #expect(!FileManager.default.fileExists(atPath: directory.child("journal.json")))
    }

    /// When the sync that ends one group's commit fails and the commit cannot be completed from
    /// its journal either, that commit stands (its callers have their answers; the next command
    /// completes it) and the next group is not written: its callers are told so.
    @Test func whenTheLastCommitCannotBeCompletedTheNextGroupIsNotWritten() throws {
        guard StoreDirectory.canSyncFilesystem else { return }
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        store.journalWriter.filesystemSyncMinimumFiles = 1
        store.journalWriter.hook = { stage in
            if stage == .beforeJournalRemoval { throw StoreError.io(operation: "syncfs", path: "", message: "Input/output error") }
        }
        let group = GroupCommit(store: store)
        let callers = Callers(group)
        let release = callers.startHeldLeader("a")
        callers.start("b") { lab in try lab.put(Fixture.role("b")) }
        let deadline = Date().addingTimeInterval(10)
        while group.queuedCount < 1, Date() < deadline { usleep(1_000) }
        release.raise()
        callers.done.wait()
        group.waitUntilIdle()
        #expect(callers.results.succeeded("a"), "a's commit was decided")
        guard case .commitNotWritten? = callers.results.error("b") as? StoreError else {
            Issue.record("b: \(String(describing: callers.results.error("b")))")
            return
        }
        #expect(FileManager.default.fileExists(atPath: directory.child("journal.json")), "a's commit is left to complete")
        let reopened = try LabStore(path: directory.path)
        #expect(try reopened.read { try $0.records(SampleRole.self, in: Fixture.account).map(\.roleName) } == ["a"])
        #expect(!FileManager.default.fileExists(atPath: directory.child("journal.json")))
    }

    /// A grouped write from a thread already in a transaction of the store (a read, or a body
    /// of the group itself) is refused: it would wait for a commit that waits for it.
    @Test func aGroupedWriteFromInsideATransactionIsRefused() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        let group = GroupCommit(store: store)
        #expect(throws: StoreError.self) {
            try store.read { _ in try group.write { lab in try lab.put(Fixture.role("a")) } }
        }
        #expect(throws: StoreError.self) {
            try group.write { _ in try group.write { lab in try lab.put(Fixture.role("b")) } }
        }
        try group.write { lab in try lab.put(Fixture.role("c")) }
        #expect(try store.read { try $0.records(SampleRole.self, in: Fixture.account).map(\.roleName) } == ["c"])
    }

    /// A commit that fails before its decision fails every body of its group.
    @Test func aCommitThatFailsBeforeItsDecisionFailsEveryBody() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        let group = GroupCommit(store: store)
        store.journalWriter.hook = { stage in if stage == .afterJournal { throw SimulatedCrash(stage: stage) } }
        #expect(throws: SimulatedCrash.self) { try group.write { lab in try lab.put(Fixture.role("a")) } }
    }

    /// Callers of one `GroupCommit`, each on its own thread, and their outcomes.
    final class Callers: @unchecked Sendable {
        let group: GroupCommit
        let results = Results()
        let done = DispatchGroup()
        init(_ group: GroupCommit) { self.group = group }

        func start(_ name: String, _ body: @escaping @Sendable (inout StoreTransaction) throws -> Void) {
            done.enter()
            Thread {
                self.results.set(name, Result { try self.group.write(body) })
                self.done.leave()
            }.start()
        }

        /// Starts `name` as the leader of a commit whose body (writing role `name`) holds it open
        /// until the returned gate is raised; returns once that body runs.
        func startHeldLeader(_ name: String) -> Gate {
            let running = Gate(), release = Gate()
            start(name) { lab in
                try lab.put(Fixture.role(name))
                running.raise()
                release.wait()
            }
            running.wait()
            return release
        }
    }

    /// Each caller's outcome, by name.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [String: Result<Void, any Error>] = [:]
        func set(_ name: String, _ outcome: Result<Void, any Error>) { lock.withLock { outcomes[name] = outcome } }
        func count() -> Int { lock.withLock { outcomes.count } }
        func succeeded(_ name: String) -> Bool {
            lock.withLock { if case .success? = outcomes[name] { true } else { false } }
        }
        func error(_ name: String) -> (any Error)? {
            lock.withLock { if case .failure(let error)? = outcomes[name] { error } else { nil } }
        }
        func failed<E: Error>(_ name: String, with type: E.Type) -> Bool {
            lock.withLock { if case .failure(let error)? = outcomes[name] { error is E } else { false } }
        }
    }
}
