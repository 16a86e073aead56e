import DisplayText

/// The top bar: product name, the tab bar (every page, always), and the identity at the right.
public enum Header {
    /// The product name at the left, shown when there is room after every tab.
    static let brand = " rolecall "

    /// Draws the header into `area` (one row). The identity (the Switch Role display name in its
    /// colour, as the AWS console shows it) keeps up to half the row; the tab bar takes the
    /// rest, in the most telling style that shows every tab (see `TabBar`), dropping the product
    /// name before it drops a tab's title.
    public static func render(into frame: inout Frame, area: Rect, state: AppState) {
        frame.fill(area, role: .header)
        let identity = DisplayWidth.truncate(Sanitizer.line(state.identity), to: max(12, area.width / 2))
        let identityWidth = DisplayWidth.of(identity)
        // The identity ends one column before the edge; the tabs end one column before it (or
        // before the edge) and start after one blank column. Every column between is the bar's.
        let identityCol = area.maxCol - identityWidth - 1
        let tabsEnd = identityWidth > 0 ? identityCol - 1 : area.maxCol - 1
        let bar = TabBar(pages: state.pages.map(\.id), active: state.activePageIndex)
        let plainWidth = tabsEnd - (area.col + 1)
        let brandedWidth = plainWidth - DisplayWidth.of(brand)
        // The brand stays when the tabs keep the same style with it; else the tabs get its room.
        let showsBrand = bar.style(fitting: brandedWidth) != nil && bar.style(fitting: brandedWidth) == bar.style(fitting: plainWidth)
        var col = area.col
        if showsBrand { col += frame.put(brand, row: area.row, col: col, role: .header) }
        col += 1
        bar.render(into: &frame, row: area.row, col: col, width: max(0, tabsEnd - col))
        if identityWidth > 0 {
            frame.put(identity, row: area.row, col: identityCol, role: state.identityRole)
        }
    }
}
