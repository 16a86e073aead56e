import ConsoleUI
import Foundation
import Testing

@Suite("docs/keybindings.md is generated from the key table")
struct KeyBindingsDocTests {
    /// Every binding that exists: the shell's and each page's. Pages add themselves here.
    static let allBindings = WelcomePage.keyBindings + RolesPage.pageBindings + CreateRolePage.keyBindings
        + IdentityLab.usersBindings + PoliciesPage.pageBindings + IdentityLab.documentedBindings + ActivityPage.pageBindings
        + KeyTable.shell

    @Test("the document matches the table (ROLECALL_RECORD_DOCS=1 regenerates it)")
    func documentIsCurrent() throws {
        try assertGeneratedDoc(KeyTable.markdown(for: Self.allBindings), at: "docs/keybindings.md",
                               regenerateWith: "KeyBindingsDocTests")
    }

    @Test("the status bar shows hints from the same table, including F1 help")
    func statusBarFromTable() {
        let state = welcomeState(Size(width: 80, height: 24))
        let bar = ConsoleShell.render(state, size: Size(width: 80, height: 24)).lines[23]
        #expect(bar.contains("? Help"))
        #expect(bar.contains("q Quit"))
        #expect(KeyTable.shell.contains { $0.keys.contains(.function(1)) && $0.command == .toggleHelp })
    }
}
