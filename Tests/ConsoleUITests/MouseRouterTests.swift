@testable import ConsoleUI
import IAMKit
import Testing

/// Mouse events become the keys that do the same thing: the wheel scrolls, a click picks a
/// tab, a row, a field, a checkbox or a button; overlays stay modal.
@Suite("Mouse: events to actions")
struct MouseRouterTests {
    /// Every page over the roles lab (40 extra roles), at 80×24.
    static func console() throws -> AppState {
        let lab = try RolesTestLab(extraRoles: 40)
        let environment = lab.gateway.console(drafts: lab.drafts)
        var state = AppState(size: Size(width: 80, height: 24), pages: ConsolePages.make(environment), environment: environment,
                             identity: "root @ production")
        state.press(.character("1"))
        return state
    }

    /// The screen position of the first occurrence of `text` on `row`.
    static func column(of text: String, row: Int, in state: AppState) -> Int? {
        let line = ConsoleShell.render(state, size: state.size).lines[row]
        guard let range = line.range(of: text) else { return nil }
        return line[..<range.lowerBound].count
    }

    static func click(_ state: inout AppState, row: Int, col: Int) -> [Effect] {
        ConsoleShell.reduce(&state, .mouse(MouseEvent(.press, row: row, col: col)))
    }

    @Test("The wheel scrolls a list three rows a notch, both ways")
    func wheel() throws {
        var state = try Self.console()
        _ = ConsoleShell.reduce(&state, .mouse(MouseEvent(.wheelDown, row: 10, col: 10)))
        #expect(state.roles?.selection.selected == 3)
        _ = ConsoleShell.reduce(&state, .mouse(MouseEvent(.wheelUp, row: 10, col: 10)))
        #expect(state.roles?.selection.selected == 0)
    }

    @Test("A click on a header tab opens its page (at 80 columns the tabs are numbers)", arguments: [3, 4, 7])
    func tab(number: Int) throws {
        var state = try Self.console()
        let frame = ConsoleShell.render(state, size: state.size)
        let tabs = (0..<80).filter { [StyleRole.tab, .tabActive].contains(frame[0, $0].role) }
        let col = try #require(tabs.first { frame[0, $0].text == String(number) }, "\(frame.lines[0])")
        _ = Self.click(&state, row: 0, col: col)
        #expect(state.activePageIndex == number - 1, "\(frame.lines[0])")
    }

    @Test("A click on a row selects it; a click on the selected row opens it")
    func row() throws {
        var state = try Self.console()
        let screen = ConsoleShell.render(state, size: state.size).lines
        let row = try #require(screen.firstIndex { $0.contains("role-00004") })
        _ = Self.click(&state, row: row, col: 10)
        #expect(state.roles?.selectedRow?.name == "role-00004")
        #expect(state.roles?.detail == nil)
        _ = Self.click(&state, row: row, col: 10)
        #expect(state.roles?.detail?.role.roleName == "role-00004")
    }

    @Test("A click on a checkbox focuses and ticks it; on a button it is Enter")
    func checkboxAndButton() throws {
        var wizard = try WizardHarness()
        wizard.press(.tab)
        wizard.type(DemoLab.developmentAccountID)
        let lines = wizard.frame.lines
        let mfa = try #require(lines.firstIndex { $0.contains("Require MFA") })
        let col = try #require(lines[mfa].range(of: "[ ]").map { lines[mfa][..<$0.lowerBound].count })
        _ = ConsoleShell.reduce(&wizard.app, .mouse(MouseEvent(.press, row: mfa, col: col + 1)))
        #expect(wizard.state.requiresMFA)
        #expect(wizard.state.focus == .requireMFA)
        let next = try #require(wizard.frame.lines.firstIndex { $0.contains("[ Next: Add permissions ▸ ]") })
        let nextCol = try #require(wizard.frame.lines[next].range(of: "Next:").map { wizard.frame.lines[next][..<$0.lowerBound].count })
        _ = ConsoleShell.reduce(&wizard.app, .mouse(MouseEvent(.press, row: next, col: nextCol)))
        #expect(wizard.state.step == .permissions)
    }

    @Test("A click on a status-bar key presses it (q Quit quits)")
    func statusBar() throws {
        var state = try Self.console()
        let col = try #require(Self.column(of: "q Quit", row: 23, in: state))
        #expect(Self.click(&state, row: 23, col: col) == [.quit])
    }

    @Test("Overlays are modal: a click in the body under the help does nothing")
    func modal() throws {
        var state = try Self.console()
        state.press(.character("?"))
        _ = Self.click(&state, row: 8, col: 10)
        #expect(state.showsHelp)
        #expect(state.roles?.selection.selected == 0)
        _ = Self.click(&state, row: 0, col: 30)
        #expect(state.activePageIndex == 0)
    }
}
