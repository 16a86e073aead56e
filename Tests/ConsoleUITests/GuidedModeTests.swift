import ConsoleUI
import Testing

/// A page whose focused field names its own topic, as the wizard's fields will.
private struct FocusedFieldPage: Page {
    var id: PageID { .createRole }
    var guideTopic: ConceptID? { .requireMFA }
    func handle(_ command: Command, body: Rect, in environment: ConsoleEnvironment) -> [Effect] { [] }
    func render(into frame: inout Frame, area: Rect) { frame.panel(area, title: "Create role") }
}

/// Guided mode (issue #8): short explanations beside the field or page in use, drawn from the
/// same catalog as docs/concepts.md, after https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html.
@Suite("Guided mode: F2 shows what the page or field in use means, beside or below the page")
struct GuidedModeTests {
    private func press(_ keys: [Key], _ state: inout AppState) {
        for key in keys { _ = ConsoleShell.reduce(&state, .keyPressed(key)) }
    }

    @Test("F2 and Ctrl-G toggle guided mode, even while a field has focus")
    func toggles() {
        var state = welcomeState(Size(width: 80, height: 24), pages: [FormPage()])
        press([.function(2)], &state)
        #expect(state.isGuided)
        press([.ctrl("g")], &state)
        #expect(!state.isGuided)
        #expect((state.activePage as? FormPage)?.text == "")
    }

    @Test("at 80×24 the guide sits below the page; from 120 columns beside it")
    func layout() {
        let small = ConsoleLayout(size: Size(width: 80, height: 24), hasNotice: false, guided: true)
        #expect(small.guide.width == 80 && small.guide.height == 8)
        #expect(small.body.maxRow == small.guide.row && small.body.height == 14)
        let wide = ConsoleLayout(size: Size(width: 120, height: 40), hasNotice: false, guided: true)
        #expect(wide.guide.col == wide.body.maxCol && wide.guide.width == 40 && wide.body.width == 80)
        #expect(ConsoleLayout(size: Size(width: 80, height: 24), hasNotice: false).guide.isEmpty)
    }

    @Test("the panel explains the focused field when the page names one")
    func focusedField() {
        var state = welcomeState(Size(width: 80, height: 24), pages: [FocusedFieldPage()])
        state.isGuided = true
        let screen = ConsoleShell.render(state, size: state.size).lines.joined(separator: "\n")
        #expect(screen.contains("Guide: Require MFA"))
        #expect(screen.contains(#"Adds "Bool": {"aws:MultiFactorAuthPresent": "true"}"#))
    }

    /// The console's first screen on the demo lab with guided mode on, at `size`.
    private func guidedWelcome(_ size: Size) throws -> Frame {
        var state = AppState(size: size, pages: [WelcomePage(try demoLabGateway().console())], identity: "root @ production (111122223333)")
        state.isGuided = true
        return ConsoleShell.render(state, size: size)
    }

    @Test("the welcome page with the guide at 80×24 (below)")
    func welcomeGuided80x24() throws {
        let frame = try guidedWelcome(Size(width: 80, height: 24))
        #expect(frame.lines.joined().contains("Guide: The demo lab"))
        assertScreen(frame, named: "guided-welcome-80x24")
    }

    @Test("the welcome page with the guide at 120×40 (beside), its AWS link whole")
    func welcomeGuided120x40() throws {
        let frame = try guidedWelcome(Size(width: 120, height: 40))
        // The URL is cut into pieces that fit the panel (columns 80–119), never truncated: joined, it is whole.
        let guide = frame.lines.map { String(Array($0).dropFirst(80)).replacingOccurrences(of: "│", with: "") }
        #expect(guide.joined().replacingOccurrences(of: " ", with: "")
            .contains("https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html"))
        assertScreen(frame, named: "guided-welcome-120x40")
    }
}
