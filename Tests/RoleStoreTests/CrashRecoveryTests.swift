import Foundation
import IAMKit
import Testing
@testable import RoleStore

/// A commit is all or nothing: once its journal is durable it is completed by the next
/// process, even if the writer dies between any two steps.
struct CrashRecoveryTests {
    /// Also when the commit syncs the filesystem once (a server's group of many files): its
    /// record files are then not yet durable at any of these stages, and the journal is.
    @Test(arguments: [CommitStage.afterJournal, .afterFiles, .beforeJournalRemoval], [false, true])
    func aCommitInterruptedAfterItsJournalIsCompletedOnOpen(stage: CommitStage, syncingFilesystemOnce: Bool) throws {
        let directory = try TemporaryDirectory()
        let writer = try LabStore(path: directory.path)
        if syncingFilesystemOnce { writer.journalWriter.filesystemSyncMinimumFiles = 1 }
        try writer.write { repo in
            try repo.put(Fixture.role("old"))
            try repo.put(Fixture.role("changed", sequence: 1))
        }
        writer.journalWriter.hook = { current in
            if current == stage { throw SimulatedCrash(stage: current) }
        }
        #expect(throws: SimulatedCrash(stage: stage)) {
            try writer.write { repo in
                try repo.put(Fixture.role("new"))
                try repo.put(Fixture.role("changed", sequence: 2))
                try repo.remove(Fixture.roleKey("old"))
                repo.recordAudit(AuditFixture.createRole())
            }
        }
        #expect(FileManager.default.fileExists(atPath: directory.child("journal.json")))

        let reopened = try LabStore(path: directory.path)
        #expect(!FileManager.default.fileExists(atPath: directory.child("journal.json")))
        #expect(reopened.generation == 2)
        let names = try reopened.read { try $0.records(SampleRole.self, in: Fixture.account).map(\.roleName) }
        #expect(names == ["changed", "new"])
        #expect(try reopened.read { try $0.record(SampleRole.self, at: Fixture.roleKey("changed"))?.sequence } == 2)
        let auditLines = try AuditFixture.lines(in: directory.path)
        #expect(auditLines.count == 1)
    }

    /// A group-sized commit writes its new record files under their own names once its journal
    /// is durable; a writer killed half way through one leaves a short file, which the next
    /// reader replaces whole from the journal before it reads anything.
    @Test func aGroupCommitKilledHalfWayThroughANewFileIsCompletedWhole() throws {
        let directory = try TemporaryDirectory()
        let writer = try LabStore(path: directory.path)
        writer.journalWriter.filesystemSyncMinimumFiles = 1
        writer.journalWriter.hook = { if $0 == .afterFiles { throw SimulatedCrash(stage: $0) } }
        let roles = (0..<3).map { Fixture.role("r\($0)") }
        #expect(throws: SimulatedCrash(stage: .afterFiles)) {
            try writer.write { repo in for role in roles { try repo.put(role) } }
        }
        let file = URL(fileURLWithPath: directory.child("111122223333/role/r1.json"))
        let whole = try Data(contentsOf: file)
        try whole.prefix(whole.count / 2).write(to: file)
        #expect(try LabStore(path: directory.path).read { try $0.records(SampleRole.self, in: Fixture.account) } == roles)
        #expect(try Data(contentsOf: file) == whole)
    }

    @Test func replayingAJournalTwiceChangesNothing() throws {
        let directory = try TemporaryDirectory()
        let writer = try LabStore(path: directory.path)
        writer.journalWriter.hook = { if $0 == .beforeJournalRemoval { throw SimulatedCrash(stage: $0) } }
        _ = try? writer.write { repo in
            try repo.put(Fixture.role("r"))
            repo.recordAudit(AuditFixture.createRole())
        }
        let journal = try Data(contentsOf: URL(fileURLWithPath: directory.child("journal.json")))
        _ = try LabStore(path: directory.path)
        let once = try Fixture.snapshot(directory.path).mapValues(\.0)
        try journal.write(to: URL(fileURLWithPath: directory.child("journal.json")))
        _ = try LabStore(path: directory.path)
        let twice = try Fixture.snapshot(directory.path).mapValues(\.0)
        #expect(once == twice)
        #expect(try AuditFixture.lines(in: directory.path).count == 1)
    }

    @Test func aJournalNamingAPathOutsideTheStoreIsRefused() throws {
        let directory = try TemporaryDirectory()
        _ = try LabStore(path: directory.path)
        let journal = #"{"appends":[],"files":[{"contents":"x","path":"../escaped.json"}],"generation":1}"#
        try Data(journal.utf8).write(to: URL(fileURLWithPath: directory.child("journal.json")))
        #expect(throws: StoreError.self) { try LabStore(path: directory.path) }
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/../escaped.json"))
    }

    @Test func aReaderCompletesALeftoverCommitBeforeReading() throws {
        let directory = try TemporaryDirectory()
        let reader = try LabStore(path: directory.path)
        let writer = try LabStore(path: directory.path)
        writer.journalWriter.hook = { if $0 == .afterJournal { throw SimulatedCrash(stage: $0) } }
        _ = try? writer.write { repo in try repo.put(Fixture.role("r")) }
        #expect(try reader.read { try $0.record(SampleRole.self, at: Fixture.roleKey("r")) } != nil)
        #expect(reader.generation == 1)
    }
}
