@testable import ConsoleUI
import IAMKit
import Testing

/// Issue #15: one focus model. A field being edited takes printable keys, Esc leaves it, page
/// keys work only outside fields, the status bar says the mode, and overlays take every key.
@Suite("Focus model: no traps, modal overlays, the mode on the status bar")
struct FocusModelTests {
    /// Sign in and Switch Role behind the welcome text, Sign in shown, at 80×24.
    private func signInConsole() throws -> (AppState, InMemoryLabGateway) {
        let gateway = try IdentityLab.gateway()
        var state = IdentityLab.state(SignInPage(gateway.console()), gateway: gateway)
        state.pages = [SignInPage(gateway.console()), SwitchRolePage(gateway.console()), sampleWelcome()]
        state.size = Size(width: 80, height: 24)
        return (state, gateway)
    }

    @Test("after signing in, focus leaves the form: digits and q are page keys, not typed into Account")
    func signInLeavesTheForm() throws {
        var (state, _) = try signInConsole()
        SignInPageTests.fill(&state, account: "development", user: "", code: "")
        IdentityLab.press(.enter, in: &state)
        #expect(state.identity == "root @ development (123456789012)")
        let page = try #require(state.activePage as? SignInPage)
        #expect(page.form.focus == nil)
        #expect(!state.isTyping)
        IdentityLab.press(.character("3"), in: &state)
        #expect(state.activePageIndex == 2, "3 opens the third tab")
        IdentityLab.press(.character("1"), in: &state)
        #expect(state.activePageIndex == 0)
        #expect((state.activePage as? SignInPage)?.form[SignInPage.account] == "development")
    }

    @Test("entering a pre-filled field selects it, so typing replaces the value instead of appending")
    func enteringSelects() throws {
        var (state, _) = try signInConsole()
        IdentityLab.press(.escape, in: &state)
        #expect((state.activePage as? SignInPage)?.form.focus == nil)
        IdentityLab.press(.down, in: &state)
        IdentityLab.type("development", into: &state)
        #expect((state.activePage as? SignInPage)?.form[SignInPage.account] == "development")
    }

    @Test("with no field focused, letters are not typed into the first field")
    func noImplicitTyping() throws {
        var (state, _) = try signInConsole()
        IdentityLab.press(.escape, in: &state)
        let before = (state.activePage as? SignInPage)?.form[SignInPage.account]
        IdentityLab.press(.character("x"), .character("z"), in: &state)
        #expect((state.activePage as? SignInPage)?.form[SignInPage.account] == before)
    }

    @Test("the status bar says EDITING while a field takes keys, and not otherwise")
    func statusBarMode() throws {
        var (state, _) = try signInConsole()
        #expect(state.isTyping)
        #expect(IdentityLab.screen(state).split(separator: "\n").last?.hasPrefix(" EDITING Esc Leave field") == true)
        IdentityLab.press(.escape, in: &state)
        #expect(IdentityLab.screen(state).split(separator: "\n").last?.contains("EDITING") == false)
    }

    @Test("the help overlay is modal: ↓ scrolls it and leaves the form's focus alone")
    func helpIsModal() throws {
        var (state, _) = try signInConsole()
        IdentityLab.press(.escape, .character("?"), in: &state)
        #expect(state.showsHelp)
        let focus = (state.activePage as? SignInPage)?.form.focus
        IdentityLab.press(.down, .down, .character("x"), .enter, in: &state)
        #expect((state.activePage as? SignInPage)?.form.focus == focus)
        #expect(state.helpTop == 2)
        #expect(state.showsHelp)
        IdentityLab.press(.escape, in: &state)
        #expect(!state.showsHelp)
    }

    @Test("the help overlay wraps explanations instead of cutting them")
    func helpWraps() throws {
        var (state, _) = try signInConsole()
        IdentityLab.press(.escape, .character("?"), in: &state)
        var lines: [String] = []
        for _ in 0..<40 {
            let frame = ConsoleShell.render(state, size: state.size)
            lines += frame.lines
            IdentityLab.press(.down, in: &state)
        }
        let helpText = lines.joined(separator: "\n")
        #expect(!helpText.contains("…│"), "a help line was cut")
        #expect(helpText.contains("(unavailable:"))
    }
}
