/// The first page: a welcome/dashboard whose lines the app supplies (store path, counts,
/// what to try next). It is a scrolling list so long content stays reachable.
public struct WelcomePage: Page {
    /// The page's identity.
    public static let pageID = PageID("welcome", title: "Welcome")
    /// The page's identity.
    public var id: PageID { Self.pageID }
    /// The lines shown.
    public var lines: [String]
    /// The scroll position.
    public var selection = ListSelection()
    /// The panel title.
    public var title: String

    /// Creates the page with a panel title and lines of content.
    public init(title: String = "Welcome to rolecall", lines: [String]) {
        self.title = title
        self.lines = lines
    }

    /// Moves through the lines.
    public mutating func handle(_ command: Command, body: Rect) -> [Effect] {
        selection.apply(command, count: lines.count, visibleRows: Self.listArea(body).height)
        return []
    }

    /// Draws a titled panel with the lines inside.
    public func render(into frame: inout Frame, area: Rect) {
        frame.panel(area, title: title)
        let list = Self.listArea(area)
        ListView.render(into: &frame, area: list, columns: [ListColumn("")], count: lines.count,
                        selection: selection, showsHeadings: false) { [lines] in [lines[$0]] }
        if lines.count > list.height, area.width > 30 {
            let position = " \(selection.selected + 1)/\(lines.count) "
            frame.put(position, row: area.maxRow - 1, col: area.maxCol - DisplayWidth.of(position) - 2, role: .muted)
        }
    }

    /// The list's area inside the panel.
    static func listArea(_ body: Rect) -> Rect {
        body.inset(by: 1)
    }
}
