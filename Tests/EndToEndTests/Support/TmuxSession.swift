import Foundation
import Glibc

/// One tmux server (fresh `-L` socket, empty config) running one pane: a stand-in for a
/// user's SSH terminal. Always `close()` it (in `defer`).
final class TmuxSession {
    let socket = "rolecall-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    let directory: URL

    /// Starts `command` (run by `sh -c`) in a `width`×`height` pane.
    init(width: Int, height: Int, command: String) throws {
        directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let config = directory.appendingPathComponent("tmux.conf")
        // remain-on-exit keeps the pane (and its last screen) after the program ends.
        try "set -g remain-on-exit on\nset -g status off\n".write(to: config, atomically: true, encoding: .utf8)
        let result = tmux(["-f", config.path, "new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)", command])
        if result.status != 0 { throw TmuxError.failed(result.output) }
    }

    enum TmuxError: Error { case failed(String) }

    /// A path inside the session's scratch directory.
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    @discardableResult
    func tmux(_ arguments: [String]) -> Spawn.Result {
        Spawn.run(["tmux", "-L", socket] + arguments, timeout: 5)
    }

    /// Sends named keys (`Enter`, `Escape`, `C-c`, `F1`, `Down`, ...).
    func send(_ keys: String...) { tmux(["send-keys", "-t", "t"] + keys) }

    /// Types literal text.
    func type(_ text: String) { tmux(["send-keys", "-t", "t", "-l", text]) }

    /// The screen now (with history when the program has ended).
    func screen(history: Bool = false) -> String {
        tmux(["capture-pane", "-p", "-t", "t"] + (history ? ["-S", "-"] : [])).output
    }

    /// A tmux format value for the pane, e.g. `#{alternate_on}`.
    func value(_ format: String) -> String {
        tmux(["display-message", "-p", "-t", "t", format]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls every 20 ms until `text` is on screen; returns the screen, or `nil` after `timeout`.
    func waitFor(_ text: String, history: Bool = false, timeout: TimeInterval = 4) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let now = screen(history: history)
            if now.contains(text) { return now }
            usleep(20_000)
        } while Date() < deadline
        return nil
    }

    /// Polls until every one of `texts` is on screen at once: a frame can reach the pane in
    /// parts, so a test that checks several things waits for all of them.
    func waitFor(all texts: [String], history: Bool = false, timeout: TimeInterval = 4) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            let now = screen(history: history)
            if texts.allSatisfy(now.contains) { return now }
            usleep(20_000)
        } while Date() < deadline
        return nil
    }

    /// Polls until `condition` holds.
    func waitUntil(timeout: TimeInterval = 4, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if condition() { return true }
            usleep(20_000)
        } while Date() < deadline
        return false
    }

    /// The pid of the pane's program's first child (the app under `sh -c`).
    func childPID() -> pid_t? {
        guard let shell = Int32(value("#{pane_pid}")) else { return nil }
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }

    func close() {
        tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }
}
