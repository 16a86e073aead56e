/// Which row of a list is selected and which row is at the top of the window. Only the
/// visible window is ever rendered, so lists of thousands of rows cost the same as ten.
public struct ListSelection: Hashable, Sendable {
    /// The selected row (0 when the list is empty).
    public private(set) var selected: Int = 0
    /// The first visible row.
    public private(set) var top: Int = 0

    /// Creates a selection at the first row.
    public init() {}

    /// Applies a list command for a list of `count` rows showing `visibleRows` at once.
    /// Returns whether the command was a list command.
    @discardableResult
    public mutating func apply(_ command: Command, count: Int, visibleRows: Int) -> Bool {
        let page = max(1, visibleRows - 1)
        switch command {
        case .moveUp: select(selected - 1, count: count, visibleRows: visibleRows)
        case .moveDown: select(selected + 1, count: count, visibleRows: visibleRows)
        case .pageUp: select(selected - page, count: count, visibleRows: visibleRows)
        case .pageDown: select(selected + page, count: count, visibleRows: visibleRows)
        case .moveToFirst: select(0, count: count, visibleRows: visibleRows)
        case .moveToLast: select(count - 1, count: count, visibleRows: visibleRows)
        default: return false
        }
        return true
    }

    /// Selects `row` (clamped) and scrolls just enough to show it.
    public mutating func select(_ row: Int, count: Int, visibleRows: Int) {
        selected = max(0, min(row, count - 1))
        let rows = max(1, visibleRows)
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        top = max(0, min(top, max(0, count - rows)))
    }
}
