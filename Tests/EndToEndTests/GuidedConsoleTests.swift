import Foundation
import Testing

/// Guided mode in the built console (issue #8): `--guided` opens with the explanation panel,
/// F2 hides and shows it; the text is the catalog's (docs/concepts.md).
@Suite("Guided mode in a real terminal (tmux)", .enabled(if: Spawn.hasTmux, "tmux is not installed"),
       .timeLimit(.minutes(1)))
struct GuidedConsoleTests {
    @Test("--guided at 80×24 shows the guide below the welcome page; F2 hides it and brings it back")
    func guidedFlagAndKey() throws {
        let tmux = try TmuxSession(width: 80, height: 24, command: appCommand() + " --guided; echo \"[exit:$?]\"")
        defer { tmux.close() }
        let first = try #require(tmux.waitFor("q Quit"), "no first frame:\n\(tmux.screen(history: true))")
        #expect(first.contains("Guide: The demo lab"))
        tmux.send("F2")
        #expect(tmux.waitUntil { !tmux.screen().contains("Guide: The demo lab") }, "F2 did not hide the guide")
        tmux.send("C-g")
        #expect(tmux.waitFor("Guide: The demo lab") != nil, "Ctrl-G did not show the guide again")
        tmux.send("q")
        #expect(tmux.waitFor("[exit:0]", history: true) != nil)
    }

    @Test("at 120×40 the guide sits beside the page")
    func besideAt120() throws {
        let tmux = try TmuxSession(width: 120, height: 40, command: appCommand() + " --guided; echo \"[exit:$?]\"")
        defer { tmux.close() }
        let first = try #require(tmux.waitFor("Guide: The demo lab"), "no guide:\n\(tmux.screen(history: true))")
        let header = first.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        #expect(header.contains("Welcome to rolecall") && header.contains("Guide: The demo lab"))
        tmux.send("q")
        #expect(tmux.waitFor("[exit:0]", history: true) != nil)
    }
}
