import AWSCommandLine
import Foundation

/// `lab class --watch`: the class view redrawn every two seconds until Ctrl-C; each refresh
/// reads the labs again, writing nothing.
enum ClassWatch {
    /// Whether the command is `lab class … --watch`.
    static func wants(_ arguments: [String]) -> Bool {
        guard let lab = arguments.firstIndex(of: "lab"), lab + 1 < arguments.count, arguments[lab + 1] == "class" else { return false }
        return arguments.contains("--watch")
    }

    /// Runs the view until interrupted (SIGINT exits 130 through the CLI's handler).
    static func run(_ arguments: [String], tool: inout CommandLineTool) -> Int32 {
        let once = arguments.filter { $0 != "--watch" }
        let interval = ProcessInfo.processInfo.environment["ROLECALL_WATCH_SECONDS"].flatMap(Double.init) ?? 2
        var rounds = ProcessInfo.processInfo.environment["ROLECALL_WATCH_ROUNDS"].flatMap(Int.init)
        while true {
            let result = tool.run(once)
            guard result.exitCode == .success else {
                FileHandle.standardError.write(Data(result.stderr.utf8))
                return result.exitCode.rawValue
            }
            // Home and clear screen, then the table and when it was read.
            let stamp = ISO8601DateFormatter().string(from: Date())
            FileHandle.standardOutput.write(Data(("\u{1B}[H\u{1B}[2J" + result.stdout + "\nRefreshed \(stamp); Ctrl-C stops.\n").utf8))
            if let left = rounds {
                if left <= 1 { return 0 }
                rounds = left - 1
            }
            usleep(useconds_t(interval * 1_000_000))
        }
    }
}
