import Foundation
import IAMKit
import Testing
@testable import RoleStore

/// One store instance used from many threads (the server's): reads run side by side, each
/// sees one whole commit or none, and writes are never starved by a stream of reads.
struct ConcurrentReadTests {
    @Test func twoReadsOfOneInstanceRunAtTheSameTime() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        try store.write { repo in try repo.put(Fixture.role("r")) }
        // Each read waits inside its body for the other to be inside too: reads that ran one
        // at a time would both time out.
        let inside = DispatchGroup()
        inside.enter()
        inside.enter()
        let met = SendableFlags(count: 2)
        runOnThreads(2) { index in
            _ = try? store.read { repo in
                _ = try repo.record(SampleRole.self, at: Fixture.roleKey("r"))
                inside.leave()
                met.set(index, inside.wait(timeout: .now() + 5) == .success)
            }
        }
        #expect(met.all)
    }

    /// A read that waited for a write goes before the next writer, even one that was already
    /// waiting: with a group commit always queued behind the one being written (a server busy
    /// with mutations), reads that deferred to every waiting writer waited for many commits.
    @Test func aReadThatWaitedForAWriteGoesBeforeTheNextWriter() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path, durability: .processCrashOnly)
        let holding = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let seen = SeenNames()
        let done = DispatchGroup()
        func onThread(_ body: @escaping @Sendable () -> Void) {
            done.enter()
            Thread {
                body()
                done.leave()
            }.start()
        }
        onThread {
            _ = try? store.write { repo in
                try repo.put(Fixture.role("first"))
                holding.signal()
                release.wait()
            }
        }
        holding.wait()
        onThread { seen.set(try? store.read { try $0.records(SampleRole.self, in: Fixture.account).map(\.roleName) }) }
        let deadline = Date().addingTimeInterval(10)
        while store.gate.waiting.readers < 1, Date() < deadline { usleep(1_000) }
        onThread { _ = try? store.write { repo in try repo.put(Fixture.role("second")) } }
        while store.gate.waiting.writers < 1, Date() < deadline { usleep(1_000) }
        #expect(store.gate.waiting.readers == 1 && store.gate.waiting.writers == 1)
        release.signal()
        done.wait()
        #expect(seen.names == ["first"], "the read ran after the first write and before the second")
    }

    @Test func concurrentReadsSeeWholeCommitsWhileTwoWritersCommit() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path, durability: .processCrashOnly)
        let otherProcessLike = try LabStore(path: directory.path, durability: .processCrashOnly)
        // Each commit changes ten records together; a read must see all ten at one sequence.
        let names = (0..<10).map { "r\($0)" }
        try store.write { repo in
            for name in names { try repo.put(Fixture.role(name, sequence: 0)) }
        }
        let torn = SendableCounter()
        let reads = SendableCounter()
        let writes = 200
        runOnThreads(6) { worker in
            switch worker {
            case 0, 1:
                // Two writers, one on this instance and one on another (as another process).
                let writer = worker == 0 ? store : otherProcessLike
                for _ in 0..<(writes / 2) {
                    _ = try? writer.write { repo in
                        let next = (try repo.record(SampleRole.self, at: Fixture.roleKey("r0"))?.sequence ?? 0) + 1
                        for name in names { try repo.put(Fixture.role(name, sequence: next)) }
                    }
                }
            default:
                let deadline = Date().addingTimeInterval(20)
                while Date() < deadline {
                    let sequences = try? store.read { repo in
                        try names.map { try repo.record(SampleRole.self, at: Fixture.roleKey($0))?.sequence }
                    }
                    reads.add()
                    if let sequences, Set(sequences).count != 1 { torn.add() }
                    if sequences?.first == writes { break }
                }
            }
        }
        #expect(torn.value == 0)
        #expect(reads.value > 0)
        // Every write landed, each on the value before it: none was lost or starved.
        #expect(try store.read { try $0.record(SampleRole.self, at: Fixture.roleKey("r9"))?.sequence } == writes)
    }
}

/// Runs `body(0..<count)` on as many threads of their own at once (not a pool, which on a
/// two-core machine would run them two at a time), and waits for all.
func runOnThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let done = DispatchGroup()
    for index in 0..<count {
        done.enter()
        Thread {
            body(index)
            done.leave()
        }.start()
    }
    done.wait()
}

/// A counter several threads add to.
final class SendableCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}

/// Flags several threads set, one each.
final class SendableFlags: @unchecked Sendable {
    private let lock = NSLock()
    private var flags: [Bool]
    init(count: Int) { flags = Array(repeating: false, count: count) }
    func set(_ index: Int, _ value: Bool) { lock.withLock { flags[index] = value } }
    var all: Bool { lock.withLock { flags.allSatisfy { $0 } } }
}

/// What a read on another thread saw.
final class SeenNames: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String]?
    func set(_ names: [String]?) { lock.withLock { stored = names } }
    var names: [String]? { lock.withLock { stored } }
}
