import DisplayText
/// The first screen of a demo or a class: what rolecall is, the lab's accounts and users (read
/// live from the lab), who you are signed in as, the first exercise with the key that starts
/// it, and how to reset the lab. Long content scrolls with the list keys.
public struct WelcomePage: Page {
    /// What the executable knows at start-up that the lab does not.
    public struct Setup: Hashable, Sendable {
        /// Where the lab is stored (shown so a trainer knows what `lab reset` resets).
        public var storePath: String?
        /// The theme in use and the terminal's colour capability, e.g. "default (256 colours)".
        public var theme: String?

        /// Creates a setup.
        public init(storePath: String? = nil, theme: String? = nil) {
            self.storePath = storePath
            self.theme = theme
        }
    }

    /// The page's identity.
    public static let pageID = PageID("welcome", title: "Welcome")
    /// Opens the Create role wizard for the first exercise.
    public static let startExercise = Command("welcome.startExercise")
    /// Reads the lab again.
    public static let reload = Command("welcome.reload")

    /// The page's identity.
    public var id: PageID { Self.pageID }
    /// What the lab holds, as last read.
    public private(set) var content: WelcomeContent
    /// Start-up facts shown at the bottom.
    public let setup: Setup
    /// The first line shown (the page scrolls).
    public private(set) var top = 0
    private var marker: UInt64

    /// Creates the page, reading `environment`'s lab now.
    public init(_ environment: ConsoleEnvironment, setup: Setup = Setup()) {
        self.setup = setup
        self.marker = environment.lab.changeMarker()
        self.content = WelcomeContent.load(from: environment.lab)
    }

    /// `c` or Enter starts the first exercise; `r` reads the lab again.
    public var bindings: [KeyBinding] { Self.keyBindings }

    /// The page's keys (also listed in docs/keybindings.md).
    public static let keyBindings: [KeyBinding] = [
        KeyBinding([.character("c"), .enter], startExercise, title: "Start exercise",
                   help: "Open the Create role wizard for the first exercise (Test-UserAccess-Role).",
                   scope: .page(pageID), showsInStatusBar: true, availableWhen: "the Create role page is open",
                   unavailableReason: { state in
                       state.pages.contains { $0.id == .createRole } ? nil : "no Create role page yet"
                   }),
        KeyBinding([.character("r")], reload, title: "Reload", help: "Read the lab again (another session may have changed it).",
                   scope: .page(pageID)),
    ]

    /// Coming back to the page (after the exercise, say) shows the lab as it is now.
    public mutating func becameActive(in environment: ConsoleEnvironment) {
        reloadIfChanged(environment.lab)
    }

    /// Opens the wizard, reloads, or scrolls; any command first picks up changes others made.
    public mutating func handle(_ command: Command, body: Rect, in environment: ConsoleEnvironment) -> [Effect] {
        reloadIfChanged(environment.lab, force: command == Self.reload)
        if command == Self.startExercise { return [.openPage(.createRole)] }
        let inner = Self.textArea(body)
        let count = lines(width: inner.width).count
        let last = max(0, count - inner.height)
        let page = max(1, inner.height - 1)
        switch command {
        case .moveUp: top -= 1
        case .moveDown: top += 1
        case .pageUp: top -= page
        case .pageDown: top += page
        case .moveToFirst: top = 0
        case .moveToLast: top = last
        default: break
        }
        top = max(0, min(top, last))
        return []
    }

    /// Draws a titled panel with the content, from `top`, and the position when it scrolls.
    public func render(into frame: inout Frame, area: Rect) {
        frame.panel(area, title: "Welcome to rolecall")
        let inner = Self.textArea(area)
        let all = lines(width: inner.width)
        for (offset, line) in all.dropFirst(top).prefix(inner.height).enumerated() {
            frame.put(line.text, row: inner.row + offset, col: inner.col + line.indent, role: line.role,
                      maxWidth: inner.width - line.indent)
        }
        if all.count > inner.height, area.width > 30 {
            let position = " \(top + 1)–\(min(all.count, top + inner.height))/\(all.count) "
            frame.put(position, row: area.maxRow - 1, col: area.maxCol - DisplayWidth.of(position) - 2, role: .muted)
        }
    }

    /// Reads the lab again when anyone committed since the last read (or always when `force`).
    private mutating func reloadIfChanged(_ lab: any LabGateway, force: Bool = false) {
        let now = lab.changeMarker()
        guard force || now != marker else { return }
        marker = now
        content = WelcomeContent.load(from: lab)
    }

    /// The text's area inside the panel: one column of margin on each side.
    static func textArea(_ body: Rect) -> Rect {
        let inner = body.inset(by: 1)
        return Rect(row: inner.row, col: inner.col + 1, width: inner.width - 2, height: inner.height)
    }
}
