import DisplayText
/// The top bar: product name, one tab per page, and the identity at the right.
public enum Header {
    /// Draws the header into `area` (one row). The identity (the Switch Role display name in its
    /// colour, as the AWS console shows it) keeps up to half the row; the tabs get the rest,
    /// scrolled so the active one always shows.
    public static func render(into frame: inout Frame, area: Rect, state: AppState) {
        frame.fill(area, role: .header)
        let budget = max(12, area.width / 2)
        let identity = DisplayWidth.truncate(Sanitizer.line(state.identity), to: budget)
        let width = DisplayWidth.of(identity)
        let tabsEnd = area.maxCol - (width > 0 ? width + 2 : 0)
        var col = area.col + frame.put(" rolecall ", row: area.row, col: area.col, role: .header, maxWidth: max(0, tabsEnd - area.col))
        // Brackets mark the active tab so it is clear without colour.
        let labels = state.pages.enumerated().map { index, page in
            index == state.activePageIndex ? "[\(page.id.title)]" : " \(page.id.title) "
        }
        // When the tabs do not fit, leading tabs give way (marked ‹) so the active one shows.
        var first = 0
        let active = min(state.activePageIndex, labels.count - 1)
        while first < active, col + 2 + labels[first...active].reduce(0, { $0 + DisplayWidth.of($1) + 1 }) > tabsEnd {
            first += 1
        }
        if first > 0 { col += frame.put("‹", row: area.row, col: col, role: .tab) }
        for index in labels.indices.dropFirst(first) {
            col += frame.put(labels[index], row: area.row, col: col + 1, role: index == state.activePageIndex ? .tabActive : .tab,
                             maxWidth: max(0, tabsEnd - col - 1)) + 1
        }
        if width > 0 {
            frame.put(identity, row: area.row, col: area.maxCol - width - 1, role: state.identityRole)
        }
    }
}
