import Foundation
import Testing

/// The mouse through a real terminal: tmux cannot click by itself (`send-keys -M` needs a
/// real mouse event), so the test writes the SGR mouse reports (`ESC [ < b ; x ; y M`) a
/// terminal sends into the pane, with TERM=xterm-256color whose terminfo asks ncurses for them.
@Suite("Mouse end to end", .serialized, .timeLimit(.minutes(2)))
struct MouseConsoleTests {
    /// The SGR report of button `button` pressed then released at screen `row`, `col` (0-based).
    static func click(_ tmux: TmuxSession, row: Int, col: Int, button: Int = 0) {
        tmux.type("\u{1B}[<\(button);\(col + 1);\(row + 1)M")
        if button < 64 { tmux.type("\u{1B}[<\(button);\(col + 1);\(row + 1)m") }
    }

    @Test("A click on tab 4 opens Users; the wheel scrolls the roles list; a click on a row opens it",
          .enabled(if: Spawn.hasTmux, "tmux is not installed"))
    func clicksAndWheel() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rolecall-mouse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("home"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("store"), home = directory.appendingPathComponent("home")
        let environment = ["HOME=\(home.path)", "ROLECALL_NOW=2026-11-29T08:00:00Z"]
        #expect(Spawn.run(["env"] + environment + [Spawn.rolecallBinary, "lab", "init", "--demo", "--store", store.path], timeout: 20).status == 0)
        let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
        for index in 0..<30 {
            let name = String(format: "mouse-role-%02d", index)
            _ = Spawn.run(["env"] + environment + [Spawn.rolecallBinary, "iam", "create-role", "--role-name", name,
                                                  "--assume-role-policy-document", trust, "--store", store.path], timeout: 20)
        }
        let command = "env HOME='\(home.path)' ROLECALL_NOW=2026-11-29T08:00:00Z TERM=xterm-256color LANG=C.UTF-8 "
            + "'\(Spawn.rolecallBinary)' --store '\(store.path)'; echo \"[exit:$?]\""
        let tmux = try TmuxSession(width: 80, height: 24, command: command)
        defer { tmux.close() }
        _ = try #require(tmux.waitFor("q Quit", timeout: 10), "no first frame:\n\(tmux.screen())")
        let header = tmux.screen().split(separator: "\n", omittingEmptySubsequences: false)[0]
        // At 80 columns the tabs are numbers; Users is tab 4 (Welcome is 1).
        let users = try #require(header.range(of: " 4 ").map { header[..<$0.lowerBound].count }, "no tab 4: \(header)")
        Self.click(tmux, row: 0, col: users + 1)
        #expect(tmux.waitFor("Users and groups") != nil, "the Users tab did not open:\n\(tmux.screen())")

        tmux.type("2")  // Welcome is tab 1
        _ = try #require(tmux.waitFor("mouse-role-00"), "no roles list:\n\(tmux.screen())")
        Self.click(tmux, row: 10, col: 20, button: 65)  // wheel down: three rows
        let lines = try #require(tmux.waitFor("› mouse-role-03"), "the wheel did not scroll:\n\(tmux.screen())")
        let row = try #require(lines.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("mouse-role-06") })
        Self.click(tmux, row: row, col: 10)
        #expect(tmux.waitFor("› mouse-role-06") != nil, "the click did not select:\n\(tmux.screen())")
        Self.click(tmux, row: row, col: 10)
        #expect(tmux.waitFor("Roles › mouse-role-06") != nil, "the second click did not open:\n\(tmux.screen())")
        tmux.send("q")
        _ = try #require(tmux.waitFor("[exit:0]", history: true), "did not quit:\n\(tmux.screen())")
    }
}
