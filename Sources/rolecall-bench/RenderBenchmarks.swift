import ConsoleUI
import Foundation
import Glibc
import Synchronization
import Terminal

/// Console rendering figures (issue #5): frame time for a 5,000-row roles list at 120×40,
/// bytes sent for one cursor move (through a real pseudo-terminal), idle bytes, and cold start
/// of the built binary to its first frame. Each figure is a median.
enum RenderBenchmarks {
    static func run() {
        print("== console rendering (medians)")
        let frame = renderMilliseconds()
        print(String(format: "render 5,000-row roles list at 120x40: %.3f ms/frame (budget 2 ms)", frame))
        for (theme, term) in [(ThemeCatalog.builtInDefault, "xterm-256color"), (shippedTheme("aws-console"), "xterm-256color")] {
            guard let theme else { continue }
            if let bytes = cursorMoveBytes(theme: theme, term: term) {
                print("bytes for one cursor move in that list (theme \(theme.name), TERM=\(term)): \(bytes.move) (budget 300); idle 1 s: \(bytes.idle) bytes")
            } else {
                print("bytes for one cursor move: could not open a pseudo-terminal")
            }
        }
        // The console on a lab of 5,000 roles (the lab the issue names), made once in a temp dir.
        let lab = FileManager.default.temporaryDirectory.appendingPathComponent("rolecall-bench-console-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: lab) }
        do {
            try CLIBenchmarks.makeLab(at: lab)
        } catch {
            print("cold start: could not build the lab: \(error)")
            return
        }
        for pinned in [true, false] {
            let clock = pinned ? "pinned clock" : "real clock"
            if let bytes = idleSignInBytes(pinnedClock: pinned) {
                print("idle 2 s on the Sign in page, alice's MFA code shown (built rolecall in a pty, \(clock)): \(bytes) bytes")
            } else {
                print("idle Sign in page (\(clock)): built rolecall binary not found next to rolecall-bench")
            }
        }
        if let bytes = idleSignInBytes(pinnedClock: true, page: UInt8(ascii: "9"), marker: "Live: new calls") {
            print("idle 2 s on the Activity page, polling the audit log (built rolecall in a pty, pinned clock): \(bytes) bytes")
        }
        if let start = coldStartMilliseconds(lab: lab) {
            print(String(format: "cold start to first frame (built rolecall in a pty, lab of 5,000 roles): %.1f ms (budget 150 ms)", start))
        } else {
            print("cold start: built rolecall binary not found next to rolecall-bench")
        }
    }

    /// A roles page like the one the Roles helper will build: four columns, 5,000 rows.
    struct RolesListPage: Page {
        var id: PageID { PageID("roles", title: "Roles") }
        var selection = ListSelection()
        let count = 5_000

        mutating func handle(_ command: Command, body: Rect, in environment: ConsoleEnvironment) -> [Effect] {
            selection.apply(command, count: count, visibleRows: ListView.visibleRows(in: body.inset(by: 1), hasHeadings: true))
            return []
        }

        func render(into frame: inout Frame, area: Rect) {
            let inner = frame.panel(area, title: "Roles (\(count))")
            ListView.render(into: &frame, area: inner,
                            columns: [ListColumn("Role name", width: 24), ListColumn("Trusted entities", width: 36),
                                      ListColumn("Last activity", width: 14), ListColumn("Description")],
                            count: count, selection: selection) { index in
                ["ops-deploy-\(index)", "Account: 11112222\(String(format: "%04d", index % 10_000))",
                 "\(index % 90) days ago", "Cross-account deploy role number \(index) for the lab"]
            }
        }
    }

    static func rolesState(_ size: Size) -> AppState {
        AppState(size: size, pages: [RolesListPage()], identity: "admin @ 111122223333")
    }

    static func renderMilliseconds() -> Double {
        let size = Size(width: 120, height: 40)
        var state = rolesState(size)
        var samples: [Double] = []
        var cellsDrawn = 0
        for _ in 0..<300 {
            _ = ConsoleShell.reduce(&state, .keyPressed(.down))
            let start = DispatchTime.now().uptimeNanoseconds
            let frame = ConsoleShell.render(state, size: size)
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            cellsDrawn += frame.cells.count  // keeps the render from being optimised away
        }
        if cellsDrawn == 0 { print("render produced nothing") }
        return median(samples)
    }

    /// Counts bytes arriving on a pty master from a background thread.
    final class ByteCounter: Sendable {
        let total = Atomic<Int>(0)
        let fd: Int32
        init(fd: Int32) { self.fd = fd }

        func start() {
            Thread.detachNewThread { [self] in
                var buffer = [UInt8](repeating: 0, count: 65_536)
                while true {
                    let n = read(fd, &buffer, buffer.count)
                    if n <= 0 { return }
                    total.add(n, ordering: .relaxed)
                }
            }
        }

        /// Waits until no byte has arrived for `quiet` seconds; returns the total.
        func settle(quiet: TimeInterval = 0.08) -> Int {
            var last = total.load(ordering: .relaxed)
            while true {
                Thread.sleep(forTimeInterval: quiet)
                let now = total.load(ordering: .relaxed)
                if now == last { return now }
                last = now
            }
        }
    }

    static func openPTY(width: Int, height: Int) -> (master: Int32, slave: Int32)? {
        var master: Int32 = 0
        var slave: Int32 = 0
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { return nil }
        // Not inherited by the spawned binary (it gets the slave as 0, 1 and 2 only).
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        return (master, slave)
    }

    /// A theme from the package's Themes/ directory (found above the executable), if present.
    static func shippedTheme(_ name: String) -> Theme? {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let file = directory.appendingPathComponent("Themes/\(name).json")
            if let text = try? String(contentsOf: file, encoding: .utf8) {
                return try? ThemeDecoder.decode(text, source: file.path)
            }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }

    static func cursorMoveBytes(theme: Theme, term: String) -> (move: Int, idle: Int)? {
        guard let pty = openPTY(width: 120, height: 40),
              let output = fdopen(pty.slave, "w"), let input = fdopen(dup(pty.slave), "r") else { return nil }
        let counter = ByteCounter(fd: pty.master)
        counter.start()
        let environment = ["TERM": term, "LANG": "C.UTF-8"]
        guard let screen = try? TerminalScreen(term: term, theme: theme,
                                               environment: environment, input: input, output: output,
                                               outputFD: pty.slave) else { return nil }
        var state = rolesState(screen.size)
        for _ in 0..<100 { _ = ConsoleShell.reduce(&state, .keyPressed(.down)) }
        screen.present(ConsoleShell.render(state, size: screen.size))
        var samples: [Double] = []
        for _ in 0..<15 {
            let before = counter.settle()
            _ = ConsoleShell.reduce(&state, .keyPressed(.down))
            screen.present(ConsoleShell.render(state, size: screen.size))
            samples.append(Double(counter.settle() - before))
        }
        let idleStart = counter.settle()
        screen.present(ConsoleShell.render(state, size: screen.size))  // same frame again
        Thread.sleep(forTimeInterval: 1)
        let idle = counter.settle() - idleStart
        screen.close()
        return (Int(median(samples)), idle)
    }

    static func coldStartMilliseconds(lab: String) -> Double? {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("rolecall").path
        guard FileManager.default.isExecutableFile(atPath: binary) else { return nil }
        var samples: [Double] = []
        for _ in 0..<10 {
            guard let pty = openPTY(width: 120, height: 40) else { return nil }
            let start = DispatchTime.now().uptimeNanoseconds
            guard let pid = spawn(binary, lab: lab, on: pty.slave, closing: pty.master) else { return nil }
            close(pty.slave)
            var seen = ""
            var buffer = [UInt8](repeating: 0, count: 65_536)
            var pollFD = pollfd(fd: pty.master, events: Int16(POLLIN), revents: 0)
            while !seen.contains(" Quit"), poll(&pollFD, 1, 3_000) > 0 {
                let n = read(pty.master, &buffer, buffer.count)
                if n <= 0 { break }
                seen += String(decoding: buffer[0..<n], as: UTF8.self)
            }
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            kill(pid, SIGTERM)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            close(pty.master)
        }
        return median(samples)
    }

    static func spawn(_ binary: String, lab: String, on slave: Int32, closing master: Int32, pinnedClock: Bool = true) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in Int32(0)...2 { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
        posix_spawn_file_actions_addclose(&actions, master)
        let environment = ["TERM=xterm-256color", "LANG=C.UTF-8", "HOME=/nonexistent", "ROLECALL_STORE=\(lab)",
                           "ROLECALL_NOW=" + (pinnedClock ? "2026-11-29T08:00:00Z" : "")]
        var cArguments = [strdup(binary), nil]
        var cEnvironment = environment.map { strdup($0) } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var pid: pid_t = 0
        return posix_spawn(&pid, binary, &actions, nil, &cArguments, &cEnvironment) == 0 ? pid : nil
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
