import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The `store-worker` child, spawned with posix_spawn (empty signal mask, default
/// dispositions) with its stdout on a pipe the test reads line by line with a deadline.
final class WorkerProcess {
    enum Failure: Error, CustomStringConvertible {
        case spawn(Int32)
        case timeout(String)
        case wait(Int32)
        var description: String {
            switch self {
            case let .spawn(code): "posix_spawn failed: \(String(cString: strerror(code)))"
            case let .timeout(what): "timed out waiting for \(what)"
            case let .wait(code): "waitpid failed: \(String(cString: strerror(code)))"
            }
        }
    }

    let pid: pid_t
    private let output: Int32
    private var buffer: [UInt8] = []
    private var reaped = false
    private(set) var exitStatus: Int32 = 0

    /// `store-worker` sits beside the test bundle in the build products directory.
    static var executablePath: String {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var directory = (me as NSString).deletingLastPathComponent
        // On macOS the test binary is inside a .xctest bundle.
        while directory.hasSuffix(".xctest") || directory.hasSuffix("Contents") || directory.hasSuffix("MacOS") {
            directory = (directory as NSString).deletingLastPathComponent
        }
        return directory + "/store-worker"
    }

    init(_ arguments: [String]) throws {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw Failure.spawn(errno) }
        // Keep the pipe out of children other tests may spawn meanwhile.
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        closeInheritedDescriptors(&actions)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGTERM, SIGINT, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let path = Self.executablePath
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, path, &actions, &attributes, argv, environ)
        close(fds[1])
        guard result == 0 else {
            close(fds[0])
            throw Failure.spawn(result)
        }
        pid = child
        output = fds[0]
    }

    deinit {
        if !reaped {
            _ = Glibc.kill(pid, SIGKILL)
            _ = try? wait(timeout: 5)
        }
        close(output)
    }

    /// The next line of stdout, or nil at end of file.
    func readLine(timeout: Double) throws -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { throw Failure.timeout("a line from store-worker \(pid)") }
            var poller = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, Int32(remaining * 1000) + 1) <= 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(output, &chunk, chunk.count)
            if count == 0 { return nil }
            if count > 0 { buffer.append(contentsOf: chunk[0..<count]) }
        }
    }

    /// Every remaining line until end of file.
    func remainingLines(timeout: Double) throws -> [String] {
        var lines: [String] = []
        while let line = try readLine(timeout: timeout) { lines.append(line) }
        return lines
    }

    /// Sends SIGKILL.
    func kill() { _ = Glibc.kill(pid, SIGKILL) }

    /// Reaps the child; returns the raw wait status.
    @discardableResult
    func wait(timeout: Double) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result < 0 && errno != EINTR { throw Failure.wait(errno) }
            guard Date() < deadline else { throw Failure.timeout("store-worker \(pid) to exit") }
            usleep(2000)
        }
        reaped = true
        exitStatus = status
        return status
    }

    /// Whether the child exited normally with status 0.
    var succeeded: Bool { exitStatus & 0x7f == 0 && (exitStatus >> 8) & 0xff == 0 }
}
