import DisplayText
import ConsoleUI

/// A page with a text field, to check typing, unsaved input and keys that stand aside.
struct FormPage: Page {
    static let pageID = PageID("form", title: "Form")
    var id: PageID { Self.pageID }
    var text = ""
    var isTyping: Bool { true }
    var usesListKeys: Bool { false }
    var hasUnsavedInput: Bool { !text.isEmpty }

    static let switchCommand = Command("form.switch")
    var bindings: [KeyBinding] {
        [KeyBinding([.function(5)], Self.switchCommand, title: "Switch", help: "Pretend to switch role.",
                    scope: .page(Self.pageID))]
    }

    mutating func handle(_ command: Command, body: Rect, in environment: ConsoleEnvironment) -> [Effect] {
        command == Self.switchCommand
            ? [.showIdentity("Deploy @ 444455556666", role: .switchOrange), .openPage(WelcomePage.pageID)] : []
    }

    mutating func handleUnbound(_ key: Key, in environment: ConsoleEnvironment) -> [Effect] {
        if case .character(let c) = key { text.append(c) }
        return []
    }

    func render(into frame: inout Frame, area: Rect) {
        let inner = frame.panel(area, title: "Form")
        frame.put("Name: ", row: inner.row, col: inner.col, role: .text)
        frame.putPadded(text, row: inner.row, col: inner.col + 6, width: 30, role: .input)
    }
}

/// A scrolling page of fixed lines under the welcome page's ID, so shell tests need no lab
/// (the real welcome page reads one; see WelcomePageTests).
struct TextPage: Page {
    var id: PageID { WelcomePage.pageID }
    var lines: [String]
    var selection = ListSelection()

    mutating func handle(_ command: Command, body: Rect, in environment: ConsoleEnvironment) -> [Effect] {
        selection.apply(command, count: lines.count, visibleRows: body.inset(by: 1).height)
        return []
    }

    func render(into frame: inout Frame, area: Rect) {
        frame.panel(area, title: "Welcome to rolecall")
        let list = area.inset(by: 1)
        ListView.render(into: &frame, area: list, columns: [ListColumn("")], count: lines.count,
                        selection: selection, showsHeadings: false) { [lines] in [lines[$0]] }
        if lines.count > list.height, area.width > 30 {
            let position = " \(selection.selected + 1)/\(lines.count) "
            frame.put(position, row: area.maxRow - 1, col: area.maxCol - DisplayWidth.of(position) - 2, role: .muted)
        }
    }
}

/// Fixed lines with wide, hostile and over-long text, for screen tests of the shell.
func sampleWelcome() -> TextPage {
    TextPage(lines: [
        "rolecall simulates AWS IAM cross-account roles on this machine.",
        "",
        "Store:  /srv/labs/team-a",
        "Role:   運用チーム (ops team) 🔐",
        "Evil:   \u{1b}[2J\u{1b}]0;pwned\u{07} and \u{202e}txt.exe",
        "A line long enough to need truncation with an ellipsis at the right edge of the panel, yes really.",
    ])
}

/// A state with the welcome page at `size`.
func welcomeState(_ size: Size, pages: [any Page]? = nil) -> AppState {
    AppState(size: size, pages: pages ?? [sampleWelcome()], identity: "admin @ 111122223333")
}
