/// The top bar: product name, one tab per page, and the identity at the right.
public enum Header {
    /// Draws the header into `area` (one row).
    public static func render(into frame: inout Frame, area: Rect, state: AppState) {
        frame.fill(area, role: .header)
        var col = area.col + frame.put(" rolecall ", row: area.row, col: area.col, role: .header)
        for (index, page) in state.pages.enumerated() {
            let active = index == state.activePageIndex
            // Brackets mark the active tab so it is clear without colour.
            let label = active ? "[\(page.id.title)]" : " \(page.id.title) "
            col += frame.put(label, row: area.row, col: col + 1, role: active ? .tabActive : .tab,
                             maxWidth: max(0, area.maxCol - col - 1)) + 1
        }
        let identity = DisplayWidth.truncate(Sanitizer.line(state.identity), to: max(0, area.maxCol - col - 3))
        let width = DisplayWidth.of(identity)
        if width > 0 {
            frame.put(identity, row: area.row, col: area.maxCol - width - 1, role: state.identityRole)
        }
    }
}
