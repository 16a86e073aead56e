import ConsoleUI
import Testing

@Suite("Shell reducer: quitting, help, pages and keys that stand aside")
struct ConsoleShellTests {
    private func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
        keys.flatMap { ConsoleShell.reduce(&state, .keyPressed($0)) }
    }

    @Test("q and Ctrl-C quit at once when nothing is unsaved", arguments: [Key.character("q"), .ctrl("c")])
    func quits(key: Key) {
        var state = welcomeState(Size(width: 80, height: 24))
        #expect(press([key], &state) == [.quit])
    }

    @Test("Ctrl-C with unsaved input asks first; a second Ctrl-C or y quits, n keeps working")
    func confirmsUnsavedInput() {
        var state = welcomeState(Size(width: 80, height: 24), pages: [FormPage()])
        _ = press([.character("a")], &state)
        #expect(press([.ctrl("c")], &state) == [])
        #expect(state.confirmation == .quitWithUnsavedInput)
        #expect(press([.character("n")], &state) == [])
        #expect(state.confirmation == nil)
        _ = press([.ctrl("c")], &state)
        #expect(press([.ctrl("c")], &state) == [.quit])
        _ = press([.ctrl("c")], &state)
        #expect(press([.character("y")], &state) == [.quit])
    }

    @Test("single-letter keys are typed into a focused field; F1 still opens help")
    func typingKeysStandAside() {
        var state = welcomeState(Size(width: 80, height: 24), pages: [FormPage()])
        #expect(press([.character("q"), .character("?"), .character("j")], &state) == [])
        #expect((state.activePage as? FormPage)?.text == "q?j")
        _ = press([.function(1)], &state)
        #expect(state.showsHelp)
    }

    @Test("? opens help and Esc closes it")
    func help() {
        var state = welcomeState(Size(width: 80, height: 24))
        _ = press([.character("?")], &state)
        #expect(state.showsHelp)
        _ = press([.escape], &state)
        #expect(!state.showsHelp)
    }

    @Test("an unavailable key says why in the status bar")
    func unavailableKey() {
        var state = welcomeState(Size(width: 80, height: 24))
        #expect(press([.tab], &state) == [.bell])
        #expect(state.refusal == "Next page is unavailable: only one page is open")
    }

    @Test("Tab and Shift-Tab cycle pages")
    func pages() {
        var state = welcomeState(Size(width: 80, height: 24), pages: [sampleWelcome(), FormPage()])
        _ = press([.tab], &state)
        #expect(state.activePage?.id == FormPage.pageID)
        _ = press([.backTab], &state)
        #expect(state.activePage?.id == WelcomePage.pageID)
    }

    @Test("a digit goes straight to that page, is typed while a field has focus, and says why when there is no such page")
    func digitsJumpToPages() {
        var state = welcomeState(Size(width: 80, height: 24), pages: [sampleWelcome(), FormPage()])
        _ = press([.character("2")], &state)
        #expect(state.activePage?.id == FormPage.pageID)
        _ = press([.character("1")], &state)
        #expect((state.activePage as? FormPage)?.text == "1", "typed into the focused field, not a page jump")
        var other = welcomeState(Size(width: 80, height: 24), pages: [sampleWelcome(), FormPage()])
        #expect(press([.character("7")], &other) == [.bell])
        #expect(other.refusal == "Page 7 is unavailable: there is no page 7")
    }

    @Test("showing a page re-reads who is signed in, so the header follows a switch made elsewhere at once")
    func pageSwitchRefreshesTheHeader() {
        var state = welcomeState(Size(width: 80, height: 24), pages: [sampleWelcome(), FormPage()])
        state.environment.identity = { ("Prod admin", .switchRed) }
        _ = press([.tab], &state)
        #expect(state.identity == "Prod admin")
        #expect(state.identityRole == .switchRed)
    }

    @Test("the too-small screen still answers q and Esc", arguments: [Key.character("q"), .escape])
    func tooSmallQuits(key: Key) {
        var state = welcomeState(Size(width: 60, height: 20))
        #expect(press([key], &state) == [.quit])
    }

    @Test("Ctrl-Z asks the terminal to suspend; SIGINT from outside acts like Ctrl-C")
    func suspendAndInterrupt() {
        var state = welcomeState(Size(width: 80, height: 24))
        #expect(press([.ctrl("z")], &state) == [.suspend])
        #expect(ConsoleShell.reduce(&state, .interruptReceived) == [.quit])
    }

    @Test("list keys move the welcome page; vim keys too")
    func listKeys() {
        var state = welcomeState(Size(width: 80, height: 24))
        _ = press([.down, .character("j"), .end, .character("k")], &state)
        #expect((state.activePage as? TextPage)?.selection.selected == 4)
    }

    @Test("a page can show another page and set the header identity in a switch-role colour")
    func pageDrivesShell() {
        var state = welcomeState(Size(width: 80, height: 24), pages: [sampleWelcome(), FormPage()])
        _ = press([.tab], &state)
        #expect(press([.function(5)], &state) == [])
        #expect(state.activePage?.id == WelcomePage.pageID)
        let header = ConsoleShell.render(state, size: Size(width: 80, height: 24))
        #expect(header.lines[0].hasSuffix("Deploy @ 444455556666"))
        #expect(header.roleLines[0].contains("OOOOOO"))
    }
}
