import Foundation
import Glibc
import Testing

/// How a session can end.
enum Ending: String, CaseIterable, CustomTestStringConvertible {
    case quitKey, ctrlC, sigterm, sighup, crash
    var testDescription: String { rawValue }
}

@Suite("The terminal comes back on every way out (stty -g before = after)",
       .enabled(if: Spawn.hasTmux, "tmux is not installed"), .timeLimit(.minutes(1)))
struct TerminalRestoreTests {
    @Test("modes, cursor and screen are restored", arguments: Ending.allCases)
    func restored(ending: Ending) throws {
        let probe = "/tmp/rolecall-probe-\(getpid())-\(ending.rawValue)"
        let crash = ending == .crash ? "ROLECALL_TEST_CRASH=1" : ""
        let command = "stty -g > \(probe).before; \(appCommand(crash)); echo \"[exit:$?]\"; stty -g > \(probe).after; sleep 10"  // alive: a dead pane reports no cursor
        let tmux = try TmuxSession(width: 80, height: 24, command: command)
        defer {
            tmux.close()
            unlink(probe + ".before")
            unlink(probe + ".after")
        }
        if ending != .crash { try #require(tmux.waitFor("q Quit") != nil, "no first frame") }
        switch ending {
        case .quitKey: tmux.send("q")
        case .ctrlC: tmux.send("C-c")
        case .sigterm, .sighup:
            let pid = try #require(tmux.childPID())
            kill(pid, ending == .sigterm ? SIGTERM : SIGHUP)
        case .crash: break
        }
        let screen = try #require(tmux.waitFor("[exit:", history: true, timeout: 10), "\(tmux.screen(history: true))")
        let expected: [Ending: String] = [.quitKey: "[exit:0]", .ctrlC: "[exit:0]", .sigterm: "[exit:143]",
                                          .sighup: "[exit:129]"]
        if let status = expected[ending] {
            #expect(screen.contains(status), "\(screen)")
        } else {
            #expect(!screen.contains("[exit:0]"))
        }
        // `stty -g > file` creates the file before it writes the line: wait for the whole line.
        #expect(tmux.waitUntil { (try? String(contentsOfFile: probe + ".after", encoding: .utf8))?.hasSuffix("\n") == true })
        let before = try String(contentsOfFile: probe + ".before", encoding: .utf8)
        let after = try String(contentsOfFile: probe + ".after", encoding: .utf8)
        #expect(before == after, "stty before \(before) after \(after)")
        #expect(tmux.value("#{alternate_on}") == "0", "still on the alternate screen")
        #expect(tmux.value("#{cursor_flag}") == "1", "cursor left hidden")
    }

    @Test("Ctrl-Z and SIGTSTP suspend to the shell with the terminal restored; fg (SIGCONT) redraws")
    func suspendAndResume() throws {
        let probe = "/tmp/rolecall-probe-\(getpid())-tstp"
        let tmux = try TmuxSession(width: 80, height: 24, command: "env PS1='$ ' bash --norc --noprofile -i")
        defer {
            tmux.close()
            unlink(probe + ".before")
            unlink(probe + ".after")
        }
        try #require(tmux.waitFor("$") != nil)
        tmux.type("stty -g > \(probe).before; clear")
        tmux.send("Enter")
        #expect(tmux.waitUntil { FileManager.default.fileExists(atPath: probe + ".before") })
        tmux.type(appCommand())
        tmux.send("Enter")
        try #require(tmux.waitFor("q Quit") != nil)
        tmux.send("C-z")
        #expect(tmux.waitFor("Stopped") != nil, "\(tmux.screen())")
        #expect(tmux.value("#{alternate_on}") == "0", "suspended on the alternate screen")
        tmux.type("fg")
        tmux.send("Enter")
        #expect(tmux.waitFor("Welcome to rolecall") != nil, "no redraw after fg")
        // SIGTSTP from outside (kill -TSTP) takes the same way.
        let pid = try #require(tmux.childPID())
        kill(pid, SIGTSTP)
        #expect(tmux.waitUntil { tmux.screen().components(separatedBy: "Stopped").count == 3 }, "\(tmux.screen())")
        #expect(tmux.value("#{alternate_on}") == "0")
        tmux.type("fg")
        tmux.send("Enter")
        #expect(tmux.waitFor("Welcome to rolecall") != nil, "no redraw after the second fg")
        tmux.send("q")
        #expect(tmux.waitUntil { !tmux.screen().contains("q Quit") })
        // Only type once bash is back at its prompt, or the keys would reach the exiting app.
        tmux.type("echo \"[exit:$?]\"")
        tmux.send("Enter")
        #expect(tmux.waitFor("[exit:0]") != nil, "\(tmux.screen())")
        tmux.type("stty -g > \(probe).after")
        tmux.send("Enter")
        // `stty -g > file` creates the file before it writes the line: wait for the whole line.
        #expect(tmux.waitUntil { (try? String(contentsOfFile: probe + ".after", encoding: .utf8))?.hasSuffix("\n") == true })
        let before = try String(contentsOfFile: probe + ".before", encoding: .utf8)
        let after = try String(contentsOfFile: probe + ".after", encoding: .utf8)
        #expect(before == after, "stty before \(before) after \(after)")
    }
}
