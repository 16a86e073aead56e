import DisplayText

/// A detail view's `Label  value` rows where a value longer than the line wraps instead of
/// being cut: prose (a 1,000-character description) at word boundaries, identifiers (ARNs,
/// IDs) where every character matters in line-wide pieces. Longer than the view, it scrolls
/// by `top` (↑ ↓ PgUp PgDn), with ▲ ▼ where lines are hidden.
public struct DetailFields: Hashable, Sendable {
    /// One labelled value.
    public struct Field: Hashable, Sendable {
        /// The label in the left column.
        public var label: String
        /// The value, wrapped in the right column.
        public var value: String
        /// The value's role.
        public var role: StyleRole
        /// Whether the value is one unbroken identifier (an ARN) to split anywhere rather than cut.
        public var isIdentifier: Bool

        /// A field.
        public init(_ label: String, _ value: String, role: StyleRole = .text, isIdentifier: Bool = false) {
            self.label = label
            self.value = value
            self.role = role
            self.isIdentifier = isIdentifier
        }
    }

    /// The fields, top to bottom.
    public var fields: [Field]
    /// Columns of the label column (the value starts one column after it).
    public var labelWidth: Int

    /// Fields with a label column `labelWidth` wide.
    public init(_ fields: [Field], labelWidth: Int = 23) {
        self.fields = fields
        self.labelWidth = labelWidth
    }

    /// One drawn line: the label (on a field's first line only) and a piece of the value.
    public struct Line: Hashable, Sendable {
        /// The label, or empty on continuation lines.
        public var label: String
        /// The piece of the value.
        public var text: String
        /// Its role.
        public var role: StyleRole
    }

    /// The lines at `width` columns.
    public func lines(width: Int) -> [Line] {
        let valueWidth = max(8, width - labelWidth - 1)
        return fields.flatMap { field in
            WordWrap.lines(field.value, width: valueWidth, breakingLongWords: field.isIdentifier)
                .enumerated().map { Line(label: $0.offset == 0 ? field.label : "", text: $0.element, role: field.role) }
        }
    }

    /// The largest useful `top` for an `area` of that size.
    public func maxTop(width: Int, height: Int) -> Int {
        max(0, lines(width: width).count - height)
    }

    /// Draws the lines from `top` (clamped) into `area`.
    public func render(into frame: inout Frame, area: Rect, top: Int) {
        guard !area.isEmpty else { return }
        let all = lines(width: area.width)
        let first = max(0, min(top, all.count - area.height))
        for (offset, line) in all.dropFirst(first).prefix(area.height).enumerated() {
            let row = area.row + offset
            frame.put(" " + line.label, row: row, col: area.col, role: .muted, maxWidth: labelWidth)
            frame.put(line.text, row: row, col: area.col + labelWidth + 1, role: line.role, maxWidth: max(0, area.width - labelWidth - 1))
        }
        if first > 0 { frame.put("▲", row: area.row, col: area.maxCol - 1, role: .muted) }
        if first + area.height < all.count { frame.put("▼", row: area.maxRow - 1, col: area.maxCol - 1, role: .muted) }
    }
}

extension DetailFields {
    /// The new `top` after a list command (↑ ↓ PgUp PgDn Home End) on a view `height` rows
    /// high whose largest `top` is `maxTop`; nil for other commands.
    public static func scrolled(_ top: Int, by command: Command, maxTop: Int, height: Int) -> Int? {
        let page = max(1, height - 1)
        let moved: Int
        switch command {
        case .moveUp: moved = top - 1
        case .moveDown: moved = top + 1
        case .pageUp: moved = top - page
        case .pageDown: moved = top + page
        case .moveToFirst: moved = 0
        case .moveToLast: moved = maxTop
        default: return nil
        }
        return max(0, min(moved, maxTop))
    }
}
