import Foundation
import IAMKit
import Testing
@testable import RoleStore

/// Transactions: buffered changes, one commit, a fresh view in every process.
struct TransactionTests {
    @Test func aCommittedRecordIsAReadableSortedJSONFile() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        try store.write { repo in try repo.put(Fixture.role("S3-Readers")) }
        let file = directory.child("111122223333/role/s3-readers.json")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("{\n  \"accountID\" : \"111122223333\",\n  \"createDate\" : \"2023-11-14T22:13:20Z\","))
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\"path\" : \"/service/\""))
        #expect(try LabStore(path: directory.path).read { try $0.record(SampleRole.self, at: Fixture.roleKey("s3-readers")) } == Fixture.role("S3-Readers"))
    }

    /// Every group-sized commit writes its journal into the file the one before it left, so a
    /// busy server frees no inode per commit (ext4 without a journal skips each recently freed inode when it
    /// creates a file, which made record files ever dearer to create under load).
    @Test func consecutiveCommitsReuseOneJournalFile() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        func spareInode() -> UInt64? {
            var status = stat()
            return lstat(directory.child(".journal.json.tmp"), &status) == 0 ? UInt64(status.st_ino) : nil
        }
        // A group-sized commit (16 files or more, synced with one syncfs) reuses it; a single
        // command's small commit makes a new one, as before.
        guard StoreDirectory.canSyncFilesystem else { return }
        func commitSixteen(_ sequence: Int) throws {
            try store.write { repo in for index in 0..<16 { try repo.put(Fixture.role("r\(index)", sequence: sequence)) } }
        }
        try commitSixteen(0)
        let first = try #require(spareInode())
        for sequence in 1...3 {
            try commitSixteen(sequence)
            #expect(spareInode() == first)
            #expect(!FileManager.default.fileExists(atPath: directory.child("journal.json")), "no commit is left pending")
        }
        #expect(try LabStore(path: directory.path).read { try $0.record(SampleRole.self, at: Fixture.roleKey("r15"))?.sequence } == 3)
        try store.write { repo in try repo.put(Fixture.role("small")) }
        #expect(spareInode() == nil, "a single command's commit removes its journal")
    }

    @Test func aTransactionSeesItsOwnChangesAndListsByName() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        try store.write { repo in
            try repo.put(Fixture.role("b"))
            try repo.put(Fixture.role("c"))
        }
        let names = try store.write { repo in
            try repo.put(Fixture.role("a"))
            try repo.remove(Fixture.roleKey("c"))
            #expect(try repo.record(SampleRole.self, at: Fixture.roleKey("c")) == nil)
            return try repo.records(SampleRole.self, in: Fixture.account).map(\.roleName)
        }
        #expect(names == ["a", "b"])
        #expect(try store.read { try $0.records(SampleRole.self, in: Fixture.account).map(\.roleName) } == ["a", "b"])
        #expect(try store.read { try $0.records(SampleUser.self, in: Fixture.account) }.isEmpty)
    }

    @Test func removingAMissingRecordBesideANewOneInANewDirectoryWorks() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        try store.write { repo in
            try repo.remove(Fixture.roleKey("a-never-existed"))
            try repo.put(Fixture.role("b-new"))
            try repo.remove(RecordKey(kind: .user, scope: "999999999999", name: "nobody"))
        }
        #expect(try store.read { try $0.records(SampleRole.self, in: Fixture.account).map(\.roleName) } == ["b-new"])
    }

    @Test func aBodyThatThrowsWritesNothing() throws {
        struct Refused: Error {}
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        let before = try Fixture.snapshot(directory.path)
        #expect(throws: Refused.self) {
            try store.write { repo in
                try repo.put(Fixture.role("never"))
                throw Refused()
            }
        }
        #expect(Fixture.sameSnapshot(before, try Fixture.snapshot(directory.path)))
        #expect(store.generation == 0)
    }

    /// A commit touching more directories than a transaction keeps open (64) writes every file
    /// in its own directory, both ways a commit can make itself durable (a server's group
    /// commit, and a single command's fsync per file).
    @Test(arguments: [false, true])
    func aCommitTouchingMoreDirectoriesThanAreKeptOpenPutsEachFileInItsOwn(syncingFilesystemOnce: Bool) throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        store.journalWriter.filesystemSyncMinimumFiles = syncingFilesystemOnce ? 1 : Int.max
        let accounts = (0..<(DirectoryDescriptors.limit + 6)).map { String(100_000_000_000 + $0) }
        let log = StepLog()
        store.directory.faults = { log.append($0) }
        try store.write { repo in for account in accounts { try repo.put(SampleRole(accountID: account, roleName: "r-\(account)")) } }
        // Written once, not completed again from the journal after a failed install: a group
        // commit creates each file in place, a single command prepares one temporary file each.
        let temporaryRecords = log.steps.filter { $0.operation == .open && $0.path.hasSuffix(".json.tmp") && $0.path.contains("/") }
        #expect(temporaryRecords.count == (syncingFilesystemOnce ? 0 : accounts.count), "\(temporaryRecords.count)")
        for account in accounts {
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.child("\(account)/role"))
            #expect(names == ["r-\(account).json"], "\(account)")
        }
        let reopened = try LabStore(path: directory.path)
        for account in accounts {
            #expect(try reopened.read { try $0.records(SampleRole.self, in: account).map(\.roleName) } == ["r-\(account)"])
        }
    }

    @Test func anotherInstanceSeesCommitsThroughTheGeneration() throws {
        let directory = try TemporaryDirectory()
        let console = try LabStore(path: directory.path)
        let cli = try LabStore(path: directory.path)
        #expect(try console.read { try $0.record(SampleRole.self, at: Fixture.roleKey("r")) } == nil)
        let seen = console.generation
        try cli.write { repo in try repo.put(Fixture.role("r", sequence: 1)) }
        #expect(try console.hasChanges(since: seen))
        #expect(try console.read { try $0.record(SampleRole.self, at: Fixture.roleKey("r"))?.sequence } == 1)
        try cli.write { repo in try repo.put(Fixture.role("r", sequence: 2)) }
        #expect(try console.read { try $0.record(SampleRole.self, at: Fixture.roleKey("r"))?.sequence } == 2)
        #expect(try console.currentGeneration() == 2)
        #expect(try !console.hasChanges(since: 2))
    }

    @Test func aTransactionInsideAnotherIsRefusedAndTheOuterOneStillCommits() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        try store.write { repo in
            try repo.put(Fixture.role("outer"))
            #expect(throws: StoreError.nestedTransaction(store: directory.path)) {
                try store.read { _ in }
            }
        }
        #expect(try LabStore(path: directory.path).read { try $0.record(SampleRole.self, at: Fixture.roleKey("outer")) } != nil)
    }

    @Test func aReadInsideAReadSharesItsLockAndAWriteInsideIsRefused() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        let other = try LabStore(path: directory.path, lockTimeout: 0.2)
        try store.write { repo in try repo.put(Fixture.role("r", sequence: 1)) }
        try store.read { _ throws in
            #expect(try store.read { try $0.record(SampleRole.self, at: Fixture.roleKey("r"))?.sequence } == 1)
            // The inner read ended without releasing the outer read's lock: no writer gets in.
            #expect(throws: StoreError.self) { try other.write { repo in try repo.put(Fixture.role("r", sequence: 2)) } }
            #expect(throws: StoreError.nestedTransaction(store: directory.path)) {
                try store.write { repo in try repo.put(Fixture.role("inner")) }
            }
        }
        try other.write { repo in try repo.put(Fixture.role("r", sequence: 2)) }
        #expect(try store.read { try $0.record(SampleRole.self, at: Fixture.roleKey("r"))?.sequence } == 2)
        #expect(try store.read { try $0.record(SampleRole.self, at: Fixture.roleKey("inner")) } == nil)
    }

    @Test func theChangeLogIsCompactedAndOtherInstancesStillSeeEveryChange() throws {
        let directory = try TemporaryDirectory()
        let writer = try LabStore(path: directory.path)
        writer.changeLogLimit = 400
        let reader = try LabStore(path: directory.path)
        try writer.write { repo in try repo.put(Fixture.role("r", sequence: 0)) }
        #expect(try reader.read { try $0.record(SampleRole.self, at: Fixture.roleKey("r"))?.sequence } == 0)
        for sequence in 1...10 {
            try writer.write { repo in try repo.put(Fixture.role("r", sequence: sequence)) }
        }
        let log = try String(contentsOfFile: directory.child("changes.log"), encoding: .utf8)
        #expect(log.utf8.count <= 400 + 100)
        #expect(try reader.read { try $0.record(SampleRole.self, at: Fixture.roleKey("r"))?.sequence } == 10)
        #expect(reader.generation == 11)
        #expect(try LabStore(path: directory.path).generation == 11)
    }

    @Test func anOpenReadsTheGenerationFromTheLogsLastCompleteLineOnly() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        for sequence in 0..<200 {
            try store.write { repo in try repo.put(Fixture.role("r\(sequence % 7)", sequence: sequence)) }
        }
        let path = directory.child("changes.log")
        let complete = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(complete.count > 4 * 1024, "the log is longer than the first window read")
        #expect(try LabStore(path: directory.path).generation == 200)
        // A half-written last line (a writer killed mid-append) is not a line yet.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"generation":201,"ke"#.utf8))
        try handle.close()
        #expect(try LabStore(path: directory.path).generation == 200)
        // A last complete line that is not JSON stops the open with where it is.
        try (complete + Data("not json\n".utf8)).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try LabStore(path: directory.path)
        } throws: { error in
            "\(error)".contains("a change log line at byte \(complete.count) does not parse")
        }
    }

    @Test func readsNeverWrite() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        try store.write { repo in try repo.put(Fixture.role("r")) }
        let before = try Fixture.snapshot(directory.path)
        _ = try LabStore(path: directory.path).read { try $0.records(SampleRole.self, in: Fixture.account) }
        #expect(Fixture.sameSnapshot(before, try Fixture.snapshot(directory.path)))
    }

    @Test func filesAre0600AndDirectories0700() throws {
        let directory = try TemporaryDirectory()
        let storePath = directory.child("nested/lab")
        let store = try LabStore(path: storePath)
        try store.write { repo in
            try repo.put(Fixture.role("r"))
            repo.recordAudit(AuditFixture.createRole())
        }
        let manager = FileManager.default
        for relative in ["", "/111122223333", "/111122223333/role", "/audit", "/../"] {
            let mode = try manager.attributesOfItem(atPath: storePath + relative)[.posixPermissions] as? Int
            #expect(mode == 0o700, "\(relative)")
        }
        for relative in try manager.subpathsOfDirectory(atPath: storePath) {
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: storePath + "/" + relative, isDirectory: &isDirectory)
            let mode = try manager.attributesOfItem(atPath: storePath + "/" + relative)[.posixPermissions] as? Int
            #expect(mode == (isDirectory.boolValue ? 0o700 : 0o600), "\(relative)")
        }
    }

    @Test func aCreationInterruptedBeforeStoreJSONIsFinishedOnNextOpen() throws {
        let directory = try TemporaryDirectory()
        _ = FileManager.default.createFile(atPath: directory.child("store.lock"), contents: nil)
        _ = FileManager.default.createFile(atPath: directory.child(".store.json.tmp"), contents: Data("{".utf8))
        let store = try LabStore(path: directory.path)
        try store.write { repo in try repo.put(Fixture.role("r")) }
        #expect(FileManager.default.fileExists(atPath: directory.child("store.json")))
    }

    @Test func aNonEmptyDirectoryThatIsNotAStoreIsRefused() throws {
        let directory = try TemporaryDirectory()
        try Data("hello".utf8).write(to: URL(fileURLWithPath: directory.child("notes.txt")))
        #expect(throws: StoreError.notAStore(path: directory.path)) { try LabStore(path: directory.path) }
        #expect(throws: StoreError.storeMissing(path: directory.child("none"))) {
            try LabStore(path: directory.child("none"), create: false)
        }
    }
}

/// A transaction counts a kind's records with its own changes included, as a quota check before
/// every create needs it: stored records, plus the ones it adds, minus the ones it removes.
struct RecordCountTests {
    @Test func aCountIncludesTheTransactionsOwnPutsAndRemovals() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        try store.write { repo in for index in 0..<5 { try repo.put(Fixture.role("r\(index)")) } }
        let counts = try store.write { repo in
            var seen = [try repo.recordCount(.role, in: "111122223333")]
            try repo.put(Fixture.role("r9"))
            try repo.put(Fixture.role("r0", sequence: 1))  // a replaced record counts once
            seen.append(try repo.recordCount(.role, in: "111122223333"))
            try repo.remove(Fixture.roleKey("r1"))
            try repo.remove(Fixture.roleKey("missing"))
            seen.append(try repo.recordCount(.role, in: "111122223333"))
            seen.append(try repo.recordCount(.role, in: "444455556666"))
            return seen
        }
        #expect(counts == [5, 6, 5, 0])
        #expect(try store.read { try $0.recordCount(.role, in: "111122223333") } == 5)
        #expect(try store.read { try $0.recordNames(.role, in: "111122223333").count } == 5)
    }

    /// The listing a store keeps after its own commit is the directory's: names added and
    /// removed, sorted, each once (another instance lists the directory itself).
    @Test func aStoresListingFollowsItsOwnCommits() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        try store.write { repo in for name in ["b", "d", "f"] { try repo.put(Fixture.role(name)) } }
        #expect(try store.read { try $0.recordNames(.role, in: "111122223333") } == ["b", "d", "f"])
        try store.write { repo in
            for name in ["a", "c", "d", "g"] { try repo.put(Fixture.role(name, sequence: 1)) }
            try repo.remove(Fixture.roleKey("f"))
        }
        let kept = try store.read { try $0.recordNames(.role, in: "111122223333") }
        #expect(kept == ["a", "b", "c", "d", "g"])
        #expect(try LabStore(path: directory.path).read { try $0.recordNames(.role, in: "111122223333") } == kept)
        #expect(LabStore.listing(["b", "d"], adding: ["d", "a", "a", "e"], removing: ["b"]) == ["a", "d", "e"])
    }

    /// A store that keeps a directory's listing answers "no such record" from it without opening
    /// the file; what another instance adds or removes meanwhile is still seen, as the change
    /// log drops the listing.
    @Test func aKeptListingAnswersForMissingRecordsAndFollowsOtherInstances() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        let other = try LabStore(path: directory.path)
        try store.write { repo in for name in ["b", "d"] { try repo.put(Fixture.role(name)) } }
        #expect(try store.read { try $0.recordNames(.role, in: "111122223333") } == ["b", "d"])
        #expect(try store.read { try $0.record(SampleRole.self, at: Fixture.roleKey("c")) } == nil)
        try other.write { repo in
            try repo.put(Fixture.role("c"))
            try repo.remove(Fixture.roleKey("b"))
        }
        #expect(try store.read { try $0.record(SampleRole.self, at: Fixture.roleKey("c")) } == Fixture.role("c"))
        #expect(try store.read { try $0.record(SampleRole.self, at: Fixture.roleKey("b")) } == nil)
        #expect(try store.read { try $0.recordNames(.role, in: "111122223333") } == ["c", "d"])
        // A missing record is never answered from a listing of another kind or account.
        #expect(try store.read { try $0.recordNames(.role, in: "444455556666") } == [])
        try other.write { repo in try repo.put(Fixture.role("e")) }
        #expect(try store.write { try $0.record(SampleRole.self, at: Fixture.roleKey("e")) } == Fixture.role("e"))
    }
}
