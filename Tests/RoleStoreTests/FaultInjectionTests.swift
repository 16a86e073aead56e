import Foundation
import IAMKit
import IAMPolicy
import Testing
@testable import RoleStore

/// Every step of a commit (open, write, fsync, syncfs, rename, unlink, close, mkdir) is made
/// to fail in turn: the commit lands whole, or the store is exactly as before, and the error
/// says which. Both ways a commit makes itself durable are tried: an fsync per file (a single
/// command), and one filesystem sync after the install (a server's group of many files).
@Suite(.serialized)
struct FaultInjectionTests {
    private static let otherAccount = "444455556666"
    private static let event = AuditFixture.createRole()

    /// How the commit under test makes its files durable.
    enum Durability: String, CaseIterable, CustomTestStringConvertible {
        case fsyncPerFile, oneFilesystemSync
        var testDescription: String { rawValue }
    }

    /// A store holding r1 and r2 and one audit line.
    private static func seededStore(_ durability: Durability = .fsyncPerFile) throws -> (TemporaryDirectory, LabStore) {
        let directory = try TemporaryDirectory("fault")
        let store = try LabStore(path: directory.path)
        if durability == .oneFilesystemSync { store.journalWriter.filesystemSyncMinimumFiles = 1 }
        try store.write { repo in
            try repo.put(Fixture.role("r1"))
            try repo.put(Fixture.role("r2"))
            repo.recordAudit(event)
        }
        return (directory, store)
    }

    /// The commit under test: changes r1, adds a role in a new account (new directories),
    /// removes r2 and audits.
    private static func change(_ repo: inout StoreTransaction) throws {
        try repo.put(Fixture.role("r1", sequence: 5))
        try repo.put(SampleRole(accountID: otherAccount, roleName: "fresh"))
        try repo.remove(Fixture.roleKey("r2"))
        repo.recordAudit(event)
    }

    /// Every step the commit takes, in order.
    private static func steps(_ durability: Durability) throws -> [FileStep] {
        let (directory, store) = try seededStore(durability)
        let log = StepLog()
        store.directory.faults = { log.append($0) }
        try store.write(change)
        _ = directory
        return log.steps
    }

    /// The expected store after the commit.
    private static func afterState() throws -> StoreImage {
        let (directory, store) = try seededStore()
        try store.write(change)
        return try StoreImage(directory.path)
    }

    @Test func leftoverTemporaryFilesNeverMatterToReadsOrWrites() throws {
        let (directory, store) = try Self.seededStore()
        for leftover in ["111122223333/role/.r1.json.tmp", ".journal.json.tmp", ".changes.log.tmp"] {
            try Data("{ half a write".utf8).write(to: URL(fileURLWithPath: directory.child(leftover)))
        }
        #expect(try LabStore(path: directory.path).read { try $0.records(SampleRole.self, in: Fixture.account).count } == 2)
        try store.write(Self.change)
        #expect(try LabStore(path: directory.path).read { try $0.record(SampleRole.self, at: Fixture.roleKey("r1"))?.sequence } == 5)
    }

    /// A commit of many files fsyncs only its journal (and the directory it is renamed in)
    /// before the decision, and syncs the filesystem once after the install; a small one
    /// fsyncs each file and directory it touches.
    @Test func aCommitOfManyFilesSyncsTheFilesystemOnceInsteadOfEachFile() throws {
        let perFile = try Self.steps(.fsyncPerFile)
        #expect(!perFile.contains { $0.operation == .syncfs })
        #expect(perFile.filter { $0.operation == .fsync }.count >= 6, "\(perFile)")
        let batched = try Self.steps(.oneFilesystemSync)
        guard StoreDirectory.canSyncFilesystem else {
            #expect(batched == perFile, "without syncfs every commit fsyncs each file")
            return
        }
        // The store directory first: the last commit's journal was renamed aside there, and must
        // be so durably before it is overwritten as this commit's journal.
        #expect(batched.filter { $0.operation == .fsync }.map(\.path) == ["", ".journal.json.tmp", ""])
        #expect(batched.filter { $0.operation == .syncfs }.count == 1)
        let journalRemoval = try #require(batched.lastIndex { $0.operation == .rename && $0.path == Journal.fileName })
        #expect(batched.lastIndex { $0.operation == .syncfs }.map { $0 < journalRemoval } == true,
                "the journal goes only once everything it describes is durable")
    }

    /// A group's commit creates each new record file under its own name after the decision (no
    /// temporary file, no rename), and replaces an existing one through a temporary file renamed
    /// over it: never written in place, so a link planted there is never written through.
    @Test func aCommitOfManyFilesCreatesNewFilesInPlaceAndReplacesOldOnesWhole() throws {
        guard StoreDirectory.canSyncFilesystem else { return }
        let steps = try Self.steps(.oneFilesystemSync)
        let fresh = "\(Self.otherAccount)/role/fresh.json", replaced = "111122223333/role/r1.json"
        let decision = try #require(steps.firstIndex { $0.operation == .rename && $0.path == Journal.fileName })
        let created = try #require(steps.firstIndex(of: FileStep(operation: .write, path: fresh)))
        #expect(created > decision, "new files are written once the journal is durable: \(steps)")
        #expect(!steps.contains { $0.operation == .rename && $0.path == fresh })
        #expect(steps.contains(FileStep(operation: .rename, path: replaced)))
        #expect(!steps.contains(FileStep(operation: .write, path: replaced)))
    }

    @Test(arguments: Durability.allCases)
    func everyStepFailingOnceEitherLandsWholeOrChangesNothing(_ durability: Durability) throws {
        let steps = try Self.steps(durability)
        #expect(steps.count > 20, "the commit has many steps: \(steps)")
        let after = try Self.afterState()
        for (index, step) in steps.enumerated() {
            let (directory, store) = try Self.seededStore(durability)
            let before = try StoreImage(directory.path)
            let counter = StepLog()
            store.directory.faults = { current in
                if counter.append(current) == index { throw StoreError.io(operation: current.operation.rawValue, path: current.path, message: "injected fault") }
            }
            let outcome = Result { try store.write(Self.change) }
            let now = try StoreImage(directory.path)
            switch outcome {
            case .success:
                #expect(now.files == after.files, "step \(index) (\(step)) was reported done but did not land")
            case .failure(let error):
                guard case .commitNotWritten? = error as? StoreError else {
                    Issue.record("step \(index) (\(step)): \(error)")
                    continue
                }
                #expect(now.files == before.files, "step \(index) (\(step)) said nothing was written")
                #expect(now.directories == before.directories, "step \(index) (\(step))")
            }
            #expect(now.temporaryFiles.isEmpty, "step \(index) (\(step)) left \(now.temporaryFiles)")
            #expect(try AuditFixture.lines(in: directory.path).count == (now.files == after.files ? 2 : 1))
        }
    }

    @Test(arguments: Durability.allCases)
    func everyStepFailingForGoodLeavesTheStoreAsBeforeOrCompletesItNextTime(_ durability: Durability) throws {
        let steps = try Self.steps(durability)
        let after = try Self.afterState()
        for (index, step) in steps.enumerated() {
            let (directory, store) = try Self.seededStore(durability)
            let before = try StoreImage(directory.path)
            let counter = StepLog()
            store.directory.faults = { current in
                if counter.append(current) >= index {
                    throw StoreError.io(operation: current.operation.rawValue, path: current.path, message: "No space left on device")
                }
            }
            let outcome = Result { try store.write(Self.change) }
            guard case .failure(let error) = outcome, let storeError = error as? StoreError else {
                Issue.record("step \(index) (\(step)): expected a failure, got \(outcome)")
                continue
            }
            switch storeError {
            case .commitNotWritten:
                let now = try StoreImage(directory.path)
                #expect(now.files == before.files, "step \(index) (\(step)) said nothing was written")
                // The next command (no more faults) still sees the store as before.
                _ = try LabStore(path: directory.path).read { try $0.records(SampleRole.self, in: Fixture.account) }
                #expect(try StoreImage(directory.path).files == before.files, "step \(index) (\(step))")
            case .commitPending:
                #expect(storeError.description.contains("the next rolecall command on this lab completes it"))
                _ = try LabStore(path: directory.path)
                #expect(try StoreImage(directory.path).files == after.files, "step \(index) (\(step)) said it would complete")
            default:
                Issue.record("step \(index) (\(step)): \(storeError)")
            }
            for line in try AuditFixture.lines(in: directory.path) { #expect(line.objectValue != nil) }
        }
    }
}

/// The steps a fault hook saw, safe to fill from the hook.
final class StepLog: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [FileStep] = []

    /// Appends `step`; returns its index.
    @discardableResult
    func append(_ step: FileStep) -> Int {
        lock.withLock {
            recorded.append(step)
            return recorded.count - 1
        }
    }

    var steps: [FileStep] { lock.withLock { recorded } }
}

/// What a person would see in a store directory: every file's bytes (the lock's pid note
/// aside), every directory, and any temporary file left behind.
struct StoreImage {
    var files: [String: Data] = [:]
    var directories: Set<String> = []
    var temporaryFiles: [String] = []

    init(_ path: String) throws {
        let manager = FileManager.default
        for relative in try manager.subpathsOfDirectory(atPath: path).sorted() {
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: path + "/" + relative, isDirectory: &isDirectory)
            let name = (relative as NSString).lastPathComponent
            if isDirectory.boolValue {
                directories.insert(relative)
            } else if relative == ".journal.json.tmp" {
                // The last commit's journal, kept for the next one to overwrite (never read).
                continue
            } else if name.hasPrefix(".") && name.hasSuffix(".tmp") {
                temporaryFiles.append(relative)
            } else if relative != "store.lock" {
                files[relative] = try Data(contentsOf: URL(fileURLWithPath: path + "/" + relative))
            }
        }
    }
}
