import Foundation
import IAMKit
import Testing
@testable import RoleStore

/// A real full disk: a small tmpfs (only as root, which CI is). The commit that does not fit
/// is refused, says so, leaves the lab as it was, and never appears later.
@Suite(.serialized)
struct FullDiskTests {
    @Test func aCommitThatDoesNotFitChangesNothingAndTheLabKeepsWorking() throws {
        guard getuid() == 0 else {
            print("FullDiskTests skipped: mounting a small tmpfs needs root (CI runs as root)")
            return
        }
        let mountPoint = try TemporaryDirectory("tmpfs")
        guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", mountPoint.path]) == 0 else {
            print("FullDiskTests skipped: mount -t tmpfs failed (no CAP_SYS_ADMIN in this container?)")
            return
        }
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
