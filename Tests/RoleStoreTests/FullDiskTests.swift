import Foundation
import IAMKit
import Testing
@testable import RoleStore

/// A real full disk: a small tmpfs (only as root, which CI is). The commit that does not fit
/// is refused, says so, leaves the lab as it was, and never appears later.
@Suite(.serialized)
struct FullDiskTests {
    /// A small tmpfs mounted for the test, or nil (with a note) where mounting is not allowed.
    private static func smallFilesystem() throws -> TemporaryDirectory? {
        guard getuid() == 0 else {
            print("FullDiskTests skipped: mounting a small tmpfs needs root (CI runs as root)")
            return nil
        }
        let mountPoint = try TemporaryDirectory("tmpfs")
        guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", mountPoint.path]) == 0 else {
            print("FullDiskTests skipped: mount -t tmpfs failed (no CAP_SYS_ADMIN in this container?)")
            return nil
        }
        return mountPoint
    }

    @Test func aCommitThatDoesNotFitChangesNothingAndTheLabKeepsWorking() throws {
        guard let mountPoint = try Self.smallFilesystem() else { return }
        defer { _ = Self.run("/bin/umount", ["-l", mountPoint.path]) }
        let storePath = mountPoint.child("lab")
        let store = try LabStore(path: storePath)
        try store.write { repo in
            try repo.put(Fixture.role("r1"))
            repo.recordAudit(AuditFixture.createRole())
        }
        let filler = mountPoint.child("filler")
        Self.fill(filler)
        let before = try StoreImage(storePath)

        let error = #expect(throws: StoreError.self) {
            try store.write { repo in
                try repo.put(Fixture.role("big"))
                repo.recordAudit(AuditFixture.createRole())
            }
        }
        guard case .commitNotWritten? = error else {
            Issue.record("expected commitNotWritten, got \(String(describing: error))")
            return
        }
        #expect(error?.description.contains("No space left on device") == true, "\(String(describing: error))")
        let after = try StoreImage(storePath)
        #expect(after.files == before.files)
        #expect(after.temporaryFiles.isEmpty)
        // Reads keep working on the full disk, in this process and in a new one.
        #expect(try store.read { try $0.records(SampleRole.self, in: Fixture.account).map(\.roleName) } == ["r1"])
        #expect(try LabStore(path: storePath).read { try $0.records(SampleRole.self, in: Fixture.account).count } == 1)

        unlink(filler)
        let reopened = try LabStore(path: storePath)
        #expect(try reopened.read { try $0.record(SampleRole.self, at: Fixture.roleKey("big")) } == nil,
                "the refused write never appears")
        try reopened.write { repo in
            try repo.put(Fixture.role("r2"))
            repo.recordAudit(AuditFixture.createRole())
        }
        #expect(try AuditFixture.lines(in: storePath).count == 2, "every audit line is whole JSON")
        let audit = try FileManager.default.contentsOfDirectory(atPath: storePath + "/audit")
        for name in audit {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: storePath + "/audit/" + name))
            #expect(!bytes.contains(0), "no NUL padding in \(name)")
        }
    }

    /// A server's group commit writes its record files after its journal: when the journal fits
    /// and the files do not, the commit is decided and left to complete (`commitPending`, the
    /// journal kept), and once there is room the next command completes it, every record whole.
    @Test func aGroupCommitWhoseFilesDoNotFitIsCompletedOnceThereIsRoom() throws {
        guard let mountPoint = try Self.smallFilesystem() else { return }
        defer { _ = Self.run("/bin/umount", ["-l", mountPoint.path]) }
        let storePath = mountPoint.child("lab")
        let store = try LabStore(path: storePath)
        store.journalWriter.filesystemSyncMinimumFiles = 1
        guard store.journalWriter.durability == .full, StoreDirectory.canSyncFilesystem else { return }
        try store.write { repo in try repo.put(Fixture.role("r1")) }
        let filler = mountPoint.child("filler")
        Self.fill(filler)
        // Room for the journal of twelve roles (four pages or so), not for twelve more files.
        var status = stat()
        guard stat(filler, &status) == 0, truncate(filler, max(0, status.st_size - 7 * 4_096)) == 0 else {
            Issue.record("could not make room in \(filler)")
            return
        }
        let roles = (0..<12).map { Fixture.role("g\($0)") }
        let error = #expect(throws: StoreError.self) { try store.write { repo in for role in roles { try repo.put(role) } } }
        guard case .commitPending? = error else {
            Issue.record("expected commitPending, got \(String(describing: error))")
            return
        }
        #expect(error?.description.contains("No space left on device") == true, "\(String(describing: error))")
        #expect(FileManager.default.fileExists(atPath: storePath + "/journal.json"))

        Self.unlinkFiller(filler)
        let reopened = try LabStore(path: storePath)
        #expect(try reopened.read { try $0.records(SampleRole.self, in: Fixture.account) }
                    == (roles + [Fixture.role("r1")]).sorted { $0.roleName < $1.roleName })
        #expect(!FileManager.default.fileExists(atPath: storePath + "/journal.json"))
        #expect(try StoreImage(storePath).temporaryFiles.isEmpty)
    }

    /// Removes the filler file and the small files `fill` made beside it.
    private static func unlinkFiller(_ path: String) {
        unlink(path)
        for index in 0..<1_000 { unlink(path + ".\(index)") }
    }

    /// Writes `path` until the file system is full, in large and then single-byte writes.
    private static func fill(_ path: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        for size in [65_536, 4_096, 1] {
            let chunk = [UInt8](repeating: 0x61, count: size)
            while write(fd, chunk, size) == size {}
        }
        // Small files still take a page each; take the rest that way.
        for index in 0..<1_000 {
            let small = open(path + ".\(index)", O_WRONLY | O_CREAT, 0o600)
            if small < 0 { break }
            let wrote = write(small, "x", 1)
            close(small)
            if wrote != 1 { break }
        }
    }

    private static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return -1
        }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
