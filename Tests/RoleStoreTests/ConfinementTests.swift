import Foundation
import IAMKit
import Testing
@testable import RoleStore

/// Nothing planted in a store (a link, a FIFO, a journal entry through a linked directory)
/// makes rolecall read or write outside it; each is refused with an error naming the path.
struct ConfinementTests {
    /// A file outside the store that planted links point at; it must never change.
    private struct Outside {
        let directory: TemporaryDirectory
        let file: String

        init() throws {
            directory = try TemporaryDirectory("outside")
            file = directory.child("victim.txt")
            try Data("original\n".utf8).write(to: URL(fileURLWithPath: file))
        }

        var untouched: Bool { (try? String(contentsOfFile: file, encoding: .utf8)) == "original\n" }
    }

    private func storeWithRole(_ name: String) throws -> (TemporaryDirectory, LabStore) {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        try store.write { repo in try repo.put(Fixture.role(name)) }
        return (directory, store)
    }

    @Test func aLinkAtARecordsTemporaryFileIsNotWrittenThrough() throws {
        let (directory, store) = try storeWithRole("r2")
        let outside = try Outside()
        try FileManager.default.createSymbolicLink(atPath: directory.child("111122223333/role/.r2.json.tmp"),
                                                   withDestinationPath: outside.file)
        try store.write { repo in try repo.put(Fixture.role("r2", sequence: 7)) }
        #expect(outside.untouched)
        #expect(try store.read { try $0.record(SampleRole.self, at: Fixture.roleKey("r2"))?.sequence } == 7)
    }

    @Test func aLinkAtTheJournalsTemporaryFileIsNotWrittenThrough() throws {
        let (directory, store) = try storeWithRole("r2")
        let outside = try Outside()
        // A group-sized commit leaves its journal there to be overwritten by the next: put a link in its place.
        try store.write { repo in for index in 0..<16 { try repo.put(Fixture.role("g\(index)")) } }
        try? FileManager.default.removeItem(atPath: directory.child(".journal.json.tmp"))
        try FileManager.default.createSymbolicLink(atPath: directory.child(".journal.json.tmp"), withDestinationPath: outside.file)
        try store.write { repo in for index in 0..<16 { try repo.put(Fixture.role("g\(index)", sequence: 2)) } }
        try store.write { repo in try repo.put(Fixture.role("r2", sequence: 3)) }
        #expect(outside.untouched)
        #expect(try store.read { try $0.record(SampleRole.self, at: Fixture.roleKey("r2"))?.sequence } == 3)
    }

    /// The journal's temporary file is written in place when a commit finds it, so a hard link
    /// planted there (which `O_NOFOLLOW` does not see) must be replaced, not written through.
    @Test func aHardLinkAtTheJournalsTemporaryFileIsNotWrittenThrough() throws {
        let (directory, store) = try storeWithRole("r2")
        let outside = try Outside()
        let spare = directory.child(".journal.json.tmp")
        guard StoreDirectory.canSyncFilesystem else { return }  // only group-sized commits reuse it
        try store.write { repo in for index in 0..<16 { try repo.put(Fixture.role("g\(index)")) } }
        #expect(FileManager.default.fileExists(atPath: spare), "a group-sized commit keeps its journal's file for the next")
        try FileManager.default.removeItem(atPath: spare)
        guard link(outside.file, spare) == 0 else {
            // Another filesystem: a hard link cannot be made, so it cannot be planted either.
            return
        }
        try store.write { repo in for index in 0..<16 { try repo.put(Fixture.role("g\(index)", sequence: 4)) } }
        #expect(outside.untouched)
        #expect(try store.read { try $0.record(SampleRole.self, at: Fixture.roleKey("g15"))?.sequence } == 4)
    }

    @Test func aLinkedAuditFileIsRefusedByNameAndNothingIsWritten() throws {
        let (directory, store) = try storeWithRole("r2")
        let outside = try Outside()
        try FileManager.default.createDirectory(atPath: directory.child("audit"), withIntermediateDirectories: true)
        let auditFile = directory.child("audit/2025-11-29.jsonl")
        try FileManager.default.createSymbolicLink(atPath: auditFile, withDestinationPath: outside.file)
        let error = #expect(throws: StoreError.self) {
            try store.write { repo in
                try repo.put(Fixture.role("r3"))
                repo.recordAudit(AuditFixture.createRole())
            }
        }
        #expect(error?.description.hasPrefix(auditFile + ": is a symbolic link") == true, "\(String(describing: error))")
        #expect(outside.untouched)
        #expect(!FileManager.default.fileExists(atPath: directory.child("111122223333/role/r3.json")))
    }

    @Test func aJournalEntryThroughALinkedDirectoryNeverWritesOutside() throws {
        let (directory, _) = try storeWithRole("r1")
        let outside = try Outside()
        try FileManager.default.createDirectory(atPath: outside.directory.child("role"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: directory.child("444455556666"), withDestinationPath: outside.directory.path)
        let journal = #"{"appends":[],"files":[{"contents":"pwned","path":"444455556666/role/x.json"}],"generation":9}"#
        try Data(journal.utf8).write(to: URL(fileURLWithPath: directory.child("journal.json")))
        let error = #expect(throws: StoreError.self) {
            try LabStore(path: directory.path).read { try $0.record(SampleRole.self, at: Fixture.roleKey("r1")) }
        }
        #expect(error?.description.hasPrefix(directory.child("444455556666") + ": is a symbolic link") == true,
                "\(String(describing: error))")
        #expect(!FileManager.default.fileExists(atPath: outside.directory.child("role/x.json")))
    }

    @Test func aJournalNamingAStoreFileThatIsNoRecordIsRefused() throws {
        let (directory, _) = try storeWithRole("r1")
        let journal = #"{"appends":[],"files":[{"contents":"{}","path":"store.json"}],"generation":9}"#
        try Data(journal.utf8).write(to: URL(fileURLWithPath: directory.child("journal.json")))
        let error = #expect(throws: StoreError.self) { try LabStore(path: directory.path) }
        #expect(error?.description.contains("not a record file") == true, "\(String(describing: error))")
    }

    @Test func aLinkedRecordFileIsRefusedByName() throws {
        let (directory, store) = try storeWithRole("r1")
        let outside = try Outside()
        let link = directory.child("111122223333/role/r3.json")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: outside.file)
        let error = #expect(throws: StoreError.self) {
            try store.read { try $0.record(SampleRole.self, at: Fixture.roleKey("r3")) }
        }
        #expect(error == .unsafePath(path: link, reason: "is a symbolic link"))
    }

    @Test func aFIFOAtARecordIsRefusedWithoutHanging() throws {
        let (directory, store) = try storeWithRole("r1")
        let fifo = directory.child("111122223333/role/r4.json")
        #expect(mkfifo(fifo, 0o600) == 0)
        let error = #expect(throws: StoreError.self) {
            try store.read { try $0.record(SampleRole.self, at: Fixture.roleKey("r4")) }
        }
        #expect(error == .unsafePath(path: fifo, reason: "is a FIFO (named pipe)"))
    }
}

/// A record file's name and contents must agree: a copied file is refused, never read under
/// one name and written or deleted under the other.
struct RecordIdentityTests {
    @Test func aCopiedRecordFileIsRefusedAndTheOriginalIsNotDeleted() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        try store.write { repo in try repo.put(Fixture.role("r1")) }
        let original = directory.child("111122223333/role/r1.json")
        let copy = directory.child("111122223333/role/r9.json")
        try FileManager.default.copyItem(atPath: original, toPath: copy)
        // What delete-role does: read the role by the name asked for, remove it by its key.
        let error = #expect(throws: StoreError.self) {
            try store.write { repo in
                if let role = try repo.record(SampleRole.self, at: Fixture.roleKey("r9")) { try repo.remove(role.recordKey) }
            }
        }
        #expect(error == .recordMismatch(path: copy, expected: "111122223333/role/r9", found: "111122223333/role/r1"))
        #expect(FileManager.default.fileExists(atPath: original))
        // What tag-role does: read, change, put back by the record's key.
        #expect(throws: StoreError.self) {
            try store.write { repo in
                if var role = try repo.record(SampleRole.self, at: Fixture.roleKey("r9")) {
                    role.sequence = 99
                    try repo.put(role)
                }
            }
        }
        #expect(try store.read { try $0.record(SampleRole.self, at: Fixture.roleKey("r1"))?.sequence } == 0)
    }

    @Test func listingAKindWithACopiedFileFailsNamingIt() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        try store.write { repo in try repo.put(Fixture.role("r1")) }
        try FileManager.default.copyItem(atPath: directory.child("111122223333/role/r1.json"),
                                         toPath: directory.child("111122223333/role/r9.json"))
        let error = #expect(throws: StoreError.self) { try store.read { try $0.records(SampleRole.self, in: Fixture.account) } }
        #expect(error?.description.contains("r9.json: the file holds the record 111122223333/role/r1") == true)
    }
}

/// Only schema versions this rolecall knows open, and a lab is made only in an empty directory.
struct StrictSchemaTests {
    @Test(arguments: [0, -1])
    func aSchemaVersionBelowOneIsRefused(version: Int) throws {
        let directory = try TemporaryDirectory()
        _ = try LabStore(path: directory.path)
        try Data("{\"createdBy\": \"x\", \"schemaVersion\": \(version)}\n".utf8)
            .write(to: URL(fileURLWithPath: directory.child("store.json")))
        let error = #expect(throws: StoreError.self) { try LabStore(path: directory.path) }
        #expect(error == .unknownSchema(store: directory.path, found: version, supported: StoreManifest.currentSchemaVersion))
    }

    @Test func aDirectoryHoldingOnlyDotfilesIsNotTurnedIntoALab() throws {
        let directory = try TemporaryDirectory()
        try Data("export PATH\n".utf8).write(to: URL(fileURLWithPath: directory.child(".profile")))
        #expect(throws: StoreError.notAStore(path: directory.path)) { try LabStore(path: directory.path) }
        #expect(!FileManager.default.fileExists(atPath: directory.child("store.json")))
    }
}
