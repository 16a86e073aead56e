/// A centred yes/no question box.
public enum ConfirmDialog {
    /// Draws `confirmation` centred in `area`.
    public static func render(into frame: inout Frame, area: Rect, confirmation: Confirmation) {
        let width = min(area.width - 4, 64)
        let text = WordWrap.lines(confirmation.question, width: width - 4)
        let box = area.centered(width: width, height: text.count + 5)
        let inner = frame.panel(box, title: "Confirm", titleRole: .warning, fill: .overlay)
        for (offset, line) in text.enumerated() {
            frame.put(" " + line, row: inner.row + 1 + offset, col: inner.col, role: .overlay, maxWidth: inner.width)
        }
        let row = inner.maxRow - 1
        var col = inner.col + 1
        col += frame.put("y", row: row, col: col, role: .keyHint)
        col += frame.put(" Yes, quit   ", row: row, col: col, role: .overlay)
        col += frame.put("n", row: row, col: col, role: .keyHint)
        frame.put(" No, keep working", row: row, col: col, role: .overlay)
    }
}
