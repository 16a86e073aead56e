import DisplayText
/// A column of a `ListView`.
public struct ListColumn: Hashable, Sendable {
    /// Heading text.
    public let title: String
    /// Width in columns; `nil` takes the remaining width.
    public let width: Int?

    /// Creates a column.
    public init(_ title: String, width: Int? = nil) {
        self.title = title
        self.width = width
    }
}

/// Draws a scrolling list with optional column headings. Rows are produced on demand by a
/// closure, only for the visible window; all cell text is sanitized and truncated with an
/// ellipsis.
public enum ListView {
    /// What an empty list shows unless its owner says more (a filter that matches nothing).
    public static let emptyText = "  (nothing here yet)"

    /// The number of data rows that fit in `area` (minus the heading row if any).
    public static func visibleRows(in area: Rect, hasHeadings: Bool) -> Int {
        max(0, area.height - (hasHeadings ? 1 : 0))
    }

    /// Draws the list. `row(i)` returns the cell texts of row `i`, one per column.
    /// The selected row gets the `selection` role (and a `›` marker, so it shows without colour).
    public static func render(
        into frame: inout Frame, area: Rect, columns: [ListColumn], count: Int,
        selection: ListSelection, showsHeadings: Bool = true, empty: String = ListView.emptyText, row: (Int) -> [String]
    ) {
        guard !area.isEmpty else { return }
        let widths = columnWidths(columns, total: area.width - 2)
        var y = area.row
        if showsHeadings {
            var x = area.col + 2
            for (column, width) in zip(columns, widths) {
                frame.put(DisplayWidth.truncate(column.title, to: width), row: y, col: x, role: .title)
                x += width + 1
            }
            y += 1
        }
        let visible = visibleRows(in: area, hasHeadings: showsHeadings)
        guard count > 0 else {
            frame.put(empty, row: y, col: area.col, role: .muted, maxWidth: area.width)
            return
        }
        let last = min(count, selection.top + visible)
        for index in selection.top..<max(selection.top, last) {
            let isSelected = index == selection.selected
            let role: StyleRole = isSelected ? .selection : .text
            let values = row(index)
            var x = area.col
            if isSelected {
                // Highlight only as wide as the row's content, so moving the cursor repaints little.
                frame.put("› ", row: y, col: x, role: role)
            }
            x += 2
            for (value, width) in zip(values, widths) where x < area.maxCol {
                frame.put(DisplayWidth.pad(Sanitizer.line(value), to: width), row: y, col: x, role: role,
                          maxWidth: area.maxCol - x)
                x += width
                if isSelected, x < area.maxCol - 1, value != values.last { frame.put(" ", row: y, col: x, role: role) }
                x += 1
            }
            y += 1
        }
    }

    /// Resolves fixed and flexible column widths (one space between columns).
    static func columnWidths(_ columns: [ListColumn], total: Int) -> [Int] {
        let fixed = columns.compactMap(\.width).reduce(0, +) + max(0, columns.count - 1)
        let flexibleCount = columns.filter { $0.width == nil }.count
        let share = flexibleCount > 0 ? max(1, (total - fixed) / flexibleCount) : 0
        return columns.map { $0.width ?? share }
    }
}
