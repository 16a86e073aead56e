import ConsoleUI
import Foundation
import Testing

@Suite("docs/keybindings.md is generated from the key table")
struct KeyBindingsDocTests {
    /// Every binding that exists: the shell's and each page's. Pages add themselves here.
    static let allBindings = WelcomePage(lines: []).bindings + IdentityLab.documentedBindings + KeyTable.shell

    @Test("the document matches the table (ROLECALL_RECORD_DOCS=1 regenerates it)")
    func documentIsCurrent() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/keybindings.md")
        let generated = KeyTable.markdown(for: Self.allBindings)
        if ProcessInfo.processInfo.environment["ROLECALL_RECORD_DOCS"] == "1" {
            try generated.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("Wrote \(url.path); review it and run again without ROLECALL_RECORD_DOCS.")
            return
        }
        let current = try? String(contentsOf: url, encoding: .utf8)
        #expect(current == generated,
                "docs/keybindings.md is stale: run `ROLECALL_RECORD_DOCS=1 swift test --filter KeyBindingsDocTests` and commit it")
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
