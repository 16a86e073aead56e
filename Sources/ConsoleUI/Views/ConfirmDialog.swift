import DisplayText
/// A centred yes/no question box: the shell's "quit and lose input?" and the pages' own
/// confirmations (a page's deletion, detach or removal).
public enum ConfirmDialog {
    /// Draws `confirmation` centred in `area`.
    public static func render(into frame: inout Frame, area: Rect, confirmation: Confirmation) {
        render(into: &frame, area: area, title: confirmation.title, question: confirmation.question,
               yes: confirmation.yes, no: confirmation.no, titleRole: confirmation.titleRole)
    }

    /// Draws a question titled `title` centred in `area`, with `y` doing `yes` and `n` (or Esc)
    /// doing `no`.
    public static func render(into frame: inout Frame, area: Rect, title: String, question: String, yes: String, no: String,
                              titleRole: StyleRole = .warning) {
        let width = min(area.width - 4, 64)
        let text = WordWrap.lines(question, width: width - 4)
        let box = area.centered(width: width, height: text.count + 5)
        let inner = frame.panel(box, title: title, titleRole: titleRole, fill: .overlay)
        for (offset, line) in text.enumerated() {
            frame.put(" " + line, row: inner.row + 1 + offset, col: inner.col, role: .overlay, maxWidth: inner.width)
        }
        let row = inner.maxRow - 1
        var col = inner.col + 1
        col += frame.put("y", row: row, col: col, role: .keyHint)
        col += frame.put(" \(yes)   ", row: row, col: col, role: .overlay, maxWidth: max(0, inner.maxCol - col))
        col += frame.put("n", row: row, col: col, role: .keyHint, maxWidth: max(0, inner.maxCol - col))
        frame.put(" \(no)", row: row, col: col, role: .overlay, maxWidth: max(0, inner.maxCol - col))
    }
}
