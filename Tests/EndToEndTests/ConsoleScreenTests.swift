import Foundation
import Testing

/// The app command as a user's shell would run it, with TERM and the locale pinned (tmux's
/// own TERM gives Home/End as single keys; see docs/decisions.md), on a fresh lab in a fresh
/// temporary HOME, so tests never touch the developer's own default lab.
func appCommand(_ extra: String = "") -> String {
    let home = ScratchDirectory.path("home")
    return "env HOME='\(home)' ROLECALL_STORE='\(home)/lab' ROLECALL_NOW=2026-11-29T08:00:00Z \(extra) "
        + "TERM=tmux-256color LANG=C.UTF-8 '\(Spawn.rolecallBinary)'"
}

@Suite("The built console in a real terminal (tmux)", .enabled(if: Spawn.hasTmux, "tmux is not installed"),
       .timeLimit(.minutes(1)))
struct ConsoleScreenTests {
    @Test("80×24: the shell draws, F1 opens help, Esc closes it at once, list keys move, q quits with status 0")
    func shell80x24() throws {
        let tmux = try TmuxSession(width: 80, height: 24, command: appCommand() + "; echo \"[exit:$?]\"")
        defer { tmux.close() }
        let first = try #require(tmux.waitFor("q Quit"), "no first frame:\n\(tmux.screen())")
        #expect(first.contains("Welcome to rolecall"))
        #expect(first.contains("? Help"))
        tmux.send("F1")
        #expect(tmux.waitFor("Help: keys that work here") != nil)
        let escapeSent = Date()
        tmux.send("Escape")
        #expect(tmux.waitUntil { !tmux.screen().contains("Help: keys that work here") })
        #expect(Date().timeIntervalSince(escapeSent) < 0.5, "Esc took \(Date().timeIntervalSince(escapeSent)) s")
        // The welcome page scrolls: its position shows at the panel's bottom right.
        tmux.send("End")
        #expect(tmux.waitFor("CLI: rolecall iam list-roles") != nil, "End did not reach the last line")
        tmux.send("Home")
        #expect(tmux.waitFor(" 1–") != nil, "Home did not reach the first line")
        tmux.send("Down", "j")
        #expect(tmux.waitFor(" 3–") != nil, "↓ and j did not scroll two lines")
        tmux.send("PageDown")
        #expect(tmux.waitFor("CLI: rolecall iam list-roles") != nil, "PgDn did not move a page")
        tmux.send("q")
        #expect(tmux.waitFor("[exit:0]", history: true) != nil)
    }

    @Test("120×40 draws the full layout; shrinking below 80×24 shows the too-small screen, which Esc quits")
    func shell120x40AndResize() throws {
        let tmux = try TmuxSession(width: 120, height: 40, command: appCommand() + "; echo \"[exit:$?]\"")
        defer { tmux.close() }
        let first = try #require(tmux.waitFor("q Quit"))
        let lines = first.split(separator: "\n", omittingEmptySubsequences: false)
        // Every tab shows; the product name gives way to the tabs' titles when both do not fit (#15).
        #expect(lines.first?.contains("[Welcome]") == true && lines.first?.contains("Session") == true)
        #expect(lines.count >= 40 && lines[39].contains("q Quit"))
        tmux.tmux(["resize-window", "-t", "t", "-x", "70", "-y", "20"])
        #expect(tmux.waitFor("Terminal too small (need 80×24, have 70×20)") != nil)
        tmux.tmux(["resize-window", "-t", "t", "-x", "80", "-y", "24"])
        #expect(tmux.waitFor("Welcome to rolecall") != nil)
        tmux.tmux(["resize-window", "-t", "t", "-x", "60", "-y", "20"])
        #expect(tmux.waitFor("Terminal too small") != nil)
        tmux.send("Escape")
        #expect(tmux.waitFor("[exit:0]", history: true) != nil)
    }
}

@Suite("Refusing to start without a usable terminal", .timeLimit(.minutes(1)))
struct TerminalRefusalTests {
    @Test("stdout not a terminal: one line on stderr, exit 2, no escape codes")
    func notATerminal() {
        let result = Spawn.run([Spawn.rolecallBinary], environment: ["TERM": "xterm-256color", "CI": "true"])
        #expect(result.status == 2)
        #expect(result.output.contains("not a terminal"))
        #expect(result.output.contains("rolecall iam list-roles"))
        #expect(!result.output.contains("\u{1b}"))
    }

    @Test("TERM unset or dumb: a clear line and exit 2 before curses starts",
          .enabled(if: Spawn.hasTmux, "tmux is not installed"),
          arguments: [("env -u TERM", "TERM is not set"), ("env TERM=dumb", "cannot position the cursor"),
                      ("env TERM=nosuchterm", "unknown terminal type 'nosuchterm'")])
    func unusableTerm(prefix: String, message: String) throws {
        let command = "\(prefix) LANG=C.UTF-8 '\(Spawn.rolecallBinary)'; echo \"[exit:$?]\""
        let tmux = try TmuxSession(width: 100, height: 10, command: command)
        defer { tmux.close() }
        let screen = try #require(tmux.waitFor("[exit:", history: true, timeout: 10))
        #expect(screen.contains(message))
        #expect(screen.contains("[exit:2]"))
        #expect(tmux.value("#{alternate_on}") == "0")
    }
}
