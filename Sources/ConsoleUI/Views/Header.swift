/// The top bar: product name, one tab per page, and the identity at the right.
public enum Header {
    /// Draws the header into `area` (one row). The identity (the Switch Role display name in its
    /// colour, as the AWS console shows it) gets what the tabs leave, and at least a third of
    /// the row; tabs get the rest.
    public static func render(into frame: inout Frame, area: Rect, state: AppState) {
        frame.fill(area, role: .header)
        let tabsWidth = 10 + state.pages.reduce(0) { $0 + DisplayWidth.of($1.id.title) + 3 }
        let budget = max(12, area.width / 3, area.width - tabsWidth - 2)
        let identity = DisplayWidth.truncate(Sanitizer.line(state.identity), to: budget)
        let width = DisplayWidth.of(identity)
        let tabsEnd = area.maxCol - (width > 0 ? width + 2 : 0)
        var col = area.col + frame.put(" rolecall ", row: area.row, col: area.col, role: .header, maxWidth: max(0, tabsEnd - area.col))
        for (index, page) in state.pages.enumerated() {
            let active = index == state.activePageIndex
            // Brackets mark the active tab so it is clear without colour.
            let label = active ? "[\(page.id.title)]" : " \(page.id.title) "
            col += frame.put(label, row: area.row, col: col + 1, role: active ? .tabActive : .tab,
                             maxWidth: max(0, tabsEnd - col - 1)) + 1
        }
        if width > 0 {
            frame.put(identity, row: area.row, col: area.maxCol - width - 1, role: state.identityRole)
        }
    }
}
