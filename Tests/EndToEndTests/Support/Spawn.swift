import Foundation
import Glibc

/// Runs a program and returns its exit status and output, without Foundation's `Process`:
/// `Process` hands the child a socket that tmux's daemonised server keeps, so waiting hangs.
/// The child gets an empty signal mask and default handlers, because Swift Testing's worker
/// threads block most signals and tmux would pass that on (SIGWINCH would never arrive).
enum Spawn {
    struct Result {
        let status: Int32
        let output: String
    }

    static func run(_ arguments: [String], environment: [String: String]? = nil, stdinPath: String = "/dev/null",
                    timeout: TimeInterval = 5) -> Result {
        let outputPath = NSTemporaryDirectory() + "rolecall-spawn-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        closeInheritedDescriptors(&actions)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var cArguments = arguments.map { strdup($0) } + [nil]
        var cEnvironment = env.map { strdup($0) } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawnp(&pid, arguments[0], &actions, &attributes, &cArguments, &cEnvironment) == 0 else {
            return Result(status: -1, output: "could not start \(arguments[0])")
        }
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(timeout)
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                return Result(status: -2, output: "timed out: \(arguments.joined(separator: " "))")
            }
            usleep(5_000)
        }
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: code, output: output)
    }

    /// The built `rolecall` next to this test bundle in the build products directory.
    static var rolecallBinary: String {
        let bundle = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
        var directory = URL(fileURLWithPath: bundle).deletingLastPathComponent()
        // On Linux the test bundle is `<products>/rolecallPackageTests.xctest`, an executable file.
        if directory.lastPathComponent.hasSuffix(".xctest") { directory = directory.deletingLastPathComponent() }
        return directory.appendingPathComponent("rolecall").path
    }

    static var hasTmux: Bool {
        run(["tmux", "-V"], timeout: 2).status == 0
    }
}
