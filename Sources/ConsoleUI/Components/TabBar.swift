import DisplayText

/// The header's tabs, one per page: every tab is always on screen. When the full titles do not
/// fit, the bar uses short titles, then numbers with the active tab's title (`1 2 [3 Create] 4`),
/// then numbers alone; the digits are the keys that open the tabs. Only when even numbers do not
/// fit (below about 40 columns) does it scroll, marking hidden tabs `‹` `›`.
public struct TabBar: Hashable, Sendable {
    /// How much each tab says.
    public enum Style: CaseIterable, Sendable {
        /// `[Create role]`
        case titles
        /// `[Create]`
        case shortTitles
        /// ` 3 ` and `[3 Create]` for the active tab.
        case numbersWithActiveTitle
        /// ` 3 ` and `[3]`.
        case numbers
    }

    /// The pages, in tab order.
    public var pages: [PageID]
    /// The active tab's index.
    public var active: Int

    /// Creates a tab bar.
    public init(pages: [PageID], active: Int) {
        self.pages = pages
        self.active = active
    }

    /// The label of tab `index` in `style`; brackets mark the active tab so it shows without colour.
    public func label(_ index: Int, style: Style) -> String {
        let page = pages[index]
        let isActive = index == active
        let text: String = switch style {
        case .titles: page.title
        case .shortTitles: page.shortTitle
        case .numbersWithActiveTitle: isActive ? "\(index + 1) \(page.shortTitle)" : "\(index + 1)"
        case .numbers: "\(index + 1)"
        }
        return isActive ? "[\(text)]" : " \(text) "
    }

    /// Columns the bar takes in `style` (labels with one column between them).
    public func width(style: Style) -> Int {
        pages.indices.reduce(0) { $0 + Sanitizer.displayWidth(of: label($1, style: style)) } + max(0, pages.count - 1)
    }

    /// The most telling style that fits in `width` columns, if any.
    public func style(fitting width: Int) -> Style? {
        Style.allCases.first { self.width(style: $0) <= width }
    }

    /// Draws the bar from `col` on `row` in at most `width` columns; returns the columns used.
    @discardableResult
    public func render(into frame: inout Frame, row: Int, col: Int, width: Int) -> Int {
        guard width > 0, !pages.isEmpty else { return 0 }
        let style = style(fitting: width) ?? .numbers
        var first = 0
        let activeIndex = min(max(0, active), pages.count - 1)
        // Scrolling, the last resort: leading tabs give way (marked ‹) so the active one shows.
        func span(_ from: Int) -> Int {
            (from...activeIndex).reduce(0) { $0 + DisplayWidth.of(label($1, style: style)) } + (activeIndex - from)
                + (from > 0 ? 2 : 0)
        }
        while first < activeIndex, span(first) > width { first += 1 }
        var x = col
        let end = col + width
        if first > 0 { x += frame.put("‹", row: row, col: x, role: .tab) }
        for index in pages.indices.dropFirst(first) {
            let text = label(index, style: style)
            let needed = DisplayWidth.of(text)
            let isLast = index == pages.count - 1
            if x + needed + (isLast ? 0 : 1) > end, !isLast || x + needed > end {
                if x < end { frame.put("›", row: row, col: min(x, end - 1), role: .tab) }
                return end - col
            }
            x += frame.put(text, row: row, col: x, role: index == active ? .tabActive : .tab)
            if !isLast { x += 1 }
        }
        return x - col
    }
}
