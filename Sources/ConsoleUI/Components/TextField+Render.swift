import DisplayText

extension TextField {
    /// What a field shows in a given number of columns: the clusters (sanitized, with their
    /// widths), whether text is hidden before or after them, and the cursor's column.
    struct Window {
        /// Sanitized clusters shown, with whether each is selected.
        var pieces: [(text: String, selected: Bool)]
        /// Text was scrolled off to the left (an ellipsis is drawn first).
        var cutBefore: Bool
        /// Text continues past the right edge (an ellipsis is drawn last).
        var cutAfter: Bool
        /// The cursor's column from the field's first column.
        var cursorColumn: Int
    }

    /// The window of the text shown in `width` columns, scrolled so the cursor is visible: from
    /// the start when the cursor fits, else ending at the cursor. Hidden text is marked `…`.
    func window(width: Int) -> Window {
        guard width >= 3 else { return Window(pieces: [], cutBefore: !text.isEmpty, cutAfter: false, cursorColumn: 0) }
        let shown = text.map { Sanitizer.line(String($0)) }
        let widths = shown.map { DisplayWidth.of($0) }
        let selected = selection ?? 0..<0
        // Columns up to and including the cursor cell; one column kept for `…` when more follows.
        let tailReserve = cursor < shown.count ? 2 : 1
        var start = 0
        var used = widths[..<cursor].reduce(0, +)
        if used + tailReserve > width {
            used += 1  // the leading ellipsis
            while start < cursor, used + tailReserve > width {
                used -= widths[start]
                start += 1
            }
        }
        var pieces: [(String, Bool)] = []
        var column = start > 0 ? 1 : 0
        var cursorColumn = column
        var index = start
        while index < shown.count {
            let needsTail = index + 1 < shown.count
            if column + widths[index] + (needsTail ? 1 : 0) > width { break }
            if index == cursor { cursorColumn = column }
            pieces.append((shown[index], selected.contains(index)))
            column += widths[index]
            index += 1
        }
        if cursor >= index { cursorColumn = column }
        return Window(pieces: pieces, cutBefore: start > 0, cutAfter: index < shown.count, cursorColumn: min(cursorColumn, width - 1))
    }

    /// Draws the field in `width` columns at `row`, `col` in `role` (selected text in the
    /// selection role, `…` where text is hidden, `placeholder` dimmed while empty) and, when
    /// `focused`, places the terminal cursor in it.
    public func render(into frame: inout Frame, row: Int, col: Int, width: Int, focused: Bool,
                       placeholder: String = "", role: StyleRole = .input) {
        guard width > 0 else { return }
        frame.put(String(repeating: " ", count: width), row: row, col: col, role: role, maxWidth: width)
        if text.isEmpty {
            frame.put(DisplayWidth.truncate(Sanitizer.line(placeholder), to: width), row: row, col: col, role: .muted, maxWidth: width)
            if focused { frame.cursor = (row, col) }
            return
        }
        let window = window(width: width)
        var x = col
        if window.cutBefore { x += frame.put("…", row: row, col: x, role: .muted) }
        for piece in window.pieces {
            x += frame.put(piece.text, row: row, col: x, role: piece.selected ? .selection : role)
        }
        if window.cutAfter { frame.put("…", row: row, col: col + width - 1, role: .muted) }
        if focused { frame.cursor = (row, col + window.cursorColumn) }
    }
}
