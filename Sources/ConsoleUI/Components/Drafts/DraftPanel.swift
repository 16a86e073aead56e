import DisplayText
/// Shows a policy draft whose last save was refused: the problem in AWS's words with its
/// `line:column`, the draft with that line pointed at, and the two ways on.
public enum DraftPanel {
    /// Draws `draft` into `area`.
    public static func render(into frame: inout Frame, area: Rect, draft: PolicyDraft, editKey: String = "e") {
        let inner = frame.panel(area, title: draft.title)
        guard inner.height > 3 else { return }
        var row = inner.row
        if let problem = draft.problem {
            for line in WordWrap.lines(problem.summary, width: inner.width - 2).prefix(3) {
                frame.put(" " + line, row: row, col: inner.col, role: .danger, maxWidth: inner.width)
                row += 1
            }
        } else {
            frame.put(" Editing in $EDITOR…", row: row, col: inner.col, role: .muted, maxWidth: inner.width)
            row += 1
        }
        var col = inner.col + 1
        col += frame.put(editKey, row: row, col: col, role: .keyHint)
        col += frame.put(" back to the editor (your text is kept)   ", row: row, col: col, role: .muted,
                         maxWidth: max(0, inner.maxCol - col))
        col += frame.put("Esc", row: row, col: col, role: .keyHint, maxWidth: max(0, inner.maxCol - col))
        frame.put(" discard the draft", row: row, col: col, role: .muted, maxWidth: max(0, inner.maxCol - col))
        row += 1
        frame.horizontalLine(row: row, col: inner.col, width: inner.width)
        row += 1
        let lines = JSONView.lines(draft.text, pretty: false)
        let height = inner.maxRow - row
        let marked = draft.problem?.line
        let top = marked.map { max(0, min($0 - 1 - height / 2, lines.count - height)) } ?? 0
        JSONView.render(into: &frame, area: Rect(row: row, col: inner.col, width: inner.width, height: height),
                        lines: lines, top: top, marked: marked)
    }
}
