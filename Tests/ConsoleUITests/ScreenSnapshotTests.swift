import ConsoleUI
import Testing

@Suite("Screens, as text plus role letters (ROLECALL_RECORD_SNAPSHOTS=1 re-records)")
struct ScreenSnapshotTests {
    @Test("the shell at 80×24")
    func shell80x24() {
        assertScreen(ConsoleShell.render(welcomeState(Size(width: 80, height: 24)), size: Size(width: 80, height: 24)),
                     named: "shell-80x24")
    }

    @Test("the shell at 120×40 with a notice")
    func shell120x40() {
        var state = welcomeState(Size(width: 120, height: 40))
        state.notice = "theme /tmp/t.json:3:5: unknown role \"txet\"; using the built-in default theme"
        assertScreen(ConsoleShell.render(state, size: Size(width: 120, height: 40)), named: "shell-120x40")
    }

    @Test("the too-small screen names both sizes")
    func tooSmall() {
        let frame = ConsoleShell.render(welcomeState(Size(width: 60, height: 20)), size: Size(width: 60, height: 20))
        #expect(frame.lines.contains { $0.contains("Terminal too small (need 80×24, have 60×20)") })
        assertScreen(frame, named: "too-small-60x20")
    }

    @Test("the help overlay lists the keys that work and why others do not")
    func helpOverlay() {
        var state = welcomeState(Size(width: 80, height: 24))
        state.showsHelp = true
        assertScreen(ConsoleShell.render(state, size: Size(width: 80, height: 24)), named: "help-80x24")
    }

    @Test("quitting with unsaved input asks first")
    func quitConfirmation() {
        var state = welcomeState(Size(width: 80, height: 24), pages: [FormPage(text: "ops-role")])
        _ = ConsoleShell.reduce(&state, .keyPressed(.ctrl("c")))
        assertScreen(ConsoleShell.render(state, size: Size(width: 80, height: 24)), named: "confirm-quit-80x24")
    }
}
