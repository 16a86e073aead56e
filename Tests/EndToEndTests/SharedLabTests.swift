import Foundation
import Testing

/// A lab shared by two real Unix users of one group (`lab init --shared=group`), both writing
/// at once through the real binary: nothing is lost and every file stays usable by both.
/// Needs root to create the users (CI runs as root); skipped with a printed reason otherwise.
@Suite("rolecall lab shared by a group", .serialized, .timeLimit(.minutes(3)))
struct SharedLabTests {
    static let trust = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}}"#

    @Test func twoUsersOfOneGroupWriteAtOnceAndLoseNothing() throws {
        guard getuid() == 0 else {
            print("SharedLabTests skipped: creating Unix users needs root (CI runs as root)")
            return
        }
        let suffix = String(getpid() % 100_000)
        let group = "rcshare\(suffix)"
        let users = ["rcanna\(suffix)", "rcbert\(suffix)"]
        guard Self.system("/usr/sbin/groupadd", [group]) == 0 else {
            print("SharedLabTests skipped: groupadd failed")
            return
        }
        defer { _ = Self.system("/usr/sbin/groupdel", [group]) }
        for user in users { #expect(Self.system("/usr/sbin/useradd", ["-M", "-N", "-g", group, "-s", "/bin/false", user]) == 0) }
        defer { for user in users { _ = Self.system("/usr/sbin/userdel", [user]) } }

        // A place both may reach: the binary and a parent directory everyone may enter.
        let root = ScratchDirectory.path("shared")
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        chmod(ScratchDirectory.root, 0o755)
        let binary = root + "/rolecall"
        try Self.copyClosedOnExec(CLIRunner.binary.path, to: binary)
        let lab = root + "/lab"
        try FileManager.default.createDirectory(atPath: lab, withIntermediateDirectories: false)
        #expect(Self.system("/bin/chown", ["\(users[0]):\(group)", lab]) == 0)
        chmod(lab, 0o770)

        let initialized = Self.run(as: users[0], group: group, binary, ["lab", "init", "--demo", "--shared=group"], store: lab)
        #expect(initialized.status == 0, "\(initialized.stderr)")
        let info = Self.run(as: users[1], group: group, binary, ["lab", "info"], store: lab)
        #expect(info.stdout.contains("\"Shared\": true") && info.stdout.contains("\"SharedGroup\": \"\(group)\""), "\(info.stdout)\(info.stderr)")

        let results = ResultBox()
        let threads = users.map { user in
            Thread {
                for index in 0..<8 {
                    let output = Self.run(as: user, group: group, binary,
                                          ["iam", "create-role", "--role-name", "\(user)-\(index)", "--assume-role-policy-document", Self.trust],
                                          store: lab)
                    results.add(output.status == 0 ? "ok \(user)-\(index)" : "failed \(user)-\(index): \(output.stderr)")
                }
            }
        }
        threads.forEach { $0.start() }
        while results.count < 16 { usleep(20_000) }
        #expect(results.all.filter { $0.hasPrefix("failed") }.isEmpty, "\(results.all)")

        for user in users {
            let listed = Self.run(as: user, group: group, binary, ["iam", "list-roles", "--query", "Roles[].RoleName", "--output", "text"], store: lab)
            #expect(listed.status == 0, "\(listed.stderr)")
            let names = Set(listed.stdout.split(whereSeparator: { $0 == "\t" || $0 == "\n" }).map(String.init))
            #expect(names == Set(users.flatMap { user in (0..<8).map { "\(user)-\($0)" } }), "\(user) sees every role")
            let check = Self.run(as: user, group: group, binary, ["lab", "check"], store: lab)
            #expect(check.status == 0, "\(user): \(check.stdout)\(check.stderr)")
        }
        // Every file is the group's and 0660, every directory 2770.
        let enumerator = FileManager.default.enumerator(atPath: lab)
        while let relative = enumerator?.nextObject() as? String {
            var status = stat()
            guard lstat(lab + "/" + relative, &status) == 0 else { continue }
            let isDirectory = status.st_mode & S_IFMT == S_IFDIR
            if relative != "store.lock" {
                #expect(status.st_mode & 0o7777 == (isDirectory ? 0o2770 : 0o660), "\(relative)")
            }
            #expect(status.st_gid == getgrnam(group)?.pointee.gr_gid, "\(relative)")
        }
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Copies the binary through a descriptor closed on exec. Other suites start processes
    /// while this one copies; a child that inherited a writable descriptor on the copy kept it
    /// open, and running the copy then failed with ETXTBSY ("Text file busy").
    private static func copyClosedOnExec(_ source: String, to destination: String) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: source))
        unlink(destination)
        let descriptor = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw POSIXError(.EIO) }
        fchmod(descriptor, 0o755)
    }

    /// Runs the binary as `user`. A fork elsewhere in the test process between the copy's open
    /// and close can still hold the copy open for the moment before its exec; such a run never
    /// started the binary, so it is tried again.
    private static func run(as user: String, group: String, _ binary: String, _ arguments: [String], store: String) -> CLIRunner.Output {
        var output = runOnce(as: user, group: group, binary, arguments, store: store)
        for _ in 0..<20 where output.status != 0 && output.stderr.contains("Text file busy") {
            usleep(50_000)
            output = runOnce(as: user, group: group, binary, arguments, store: store)
        }
        return output
    }

    private static func runOnce(as user: String, group: String, _ binary: String, _ arguments: [String], store: String) -> CLIRunner.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=\(user)", "--regid=\(group)", "--init-groups", binary] + arguments
        process.environment = ["ROLECALL_STORE": store, "ROLECALL_NOW": "2026-11-29T08:00:00Z", "HOME": "/nonexistent",
                               "PATH": "/usr/bin:/bin", "ROLECALL_LOCK_TIMEOUT": "60"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { return CLIRunner.Output(stdout: "", stderr: "\(error)", status: -1) }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRunner.Output(stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
                                status: process.terminationStatus)
    }

    private static func system(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// Lines collected from several threads.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func add(_ line: String) { lock.withLock { lines.append(line) } }
    var count: Int { lock.withLock { lines.count } }
    var all: [String] { lock.withLock { lines } }
}
