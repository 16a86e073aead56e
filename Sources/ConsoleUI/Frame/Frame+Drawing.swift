import DisplayText
/// Unicode box-drawing helpers: boxes, panels with titles, separators.
extension Frame {
    /// A horizontal line of `─` from `col` for `width` columns.
    public mutating func horizontalLine(row: Int, col: Int, width: Int, role: StyleRole = .border) {
        guard width > 0 else { return }
        put(String(repeating: "─", count: width), row: row, col: col, role: role, maxWidth: width)
    }

    /// A vertical line of `│` from `row` for `height` rows.
    public mutating func verticalLine(row: Int, col: Int, height: Int, role: StyleRole = .border) {
        guard height > 0 else { return }
        for r in row..<(row + height) { put("│", row: r, col: col, role: role) }
    }

    /// A box with light Unicode lines around `rect`; the interior is cleared to `fill`.
    public mutating func box(_ rect: Rect, role: StyleRole = .border, fill: StyleRole? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        if let fill { self.fill(rect.inset(by: 1), role: fill) }
        let inner = rect.width - 2
        put("┌" + String(repeating: "─", count: inner) + "┐", row: rect.row, col: rect.col, role: role)
        put("└" + String(repeating: "─", count: inner) + "┘", row: rect.maxRow - 1, col: rect.col, role: role)
        for r in (rect.row + 1)..<(rect.maxRow - 1) {
            put("│", row: r, col: rect.col, role: role)
            put("│", row: r, col: rect.maxCol - 1, role: role)
        }
    }

    /// A box with `title` set into its top edge (`┌─ Title ──┐`); returns the interior.
    @discardableResult
    public mutating func panel(_ rect: Rect, title: String, titleRole: StyleRole = .title,
                               borderRole: StyleRole = .border, fill: StyleRole? = nil) -> Rect {
        box(rect, role: borderRole, fill: fill)
        if rect.width > 6, !title.isEmpty {
            let shown = DisplayWidth.truncate(Sanitizer.line(title), to: rect.width - 6)
            put(" \(shown) ", row: rect.row, col: rect.col + 2, role: titleRole)
        }
        return rect.inset(by: 1)
    }

    /// Writes `text` truncated with an ellipsis to `width` columns, padding the rest with
    /// spaces in the same role (so highlights span the whole width).
    public mutating func putPadded(_ text: String, row: Int, col: Int, width: Int, role: StyleRole) {
        put(DisplayWidth.pad(Sanitizer.line(text), to: width), row: row, col: col, role: role, maxWidth: width)
    }

    /// Writes `text` centred in `rect`'s row `row`.
    public mutating func putCentered(_ text: String, row: Int, in rect: Rect, role: StyleRole) {
        let shown = DisplayWidth.truncate(Sanitizer.line(text), to: rect.width)
        let col = rect.col + (rect.width - DisplayWidth.of(shown)) / 2
        put(shown, row: row, col: col, role: role, maxWidth: rect.width)
    }
}
