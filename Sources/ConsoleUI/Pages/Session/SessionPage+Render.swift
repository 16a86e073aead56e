extension SessionPage {
    /// The question and its answer; beside it (below it when narrow) the session and its policies.
    public func render(into frame: inout Frame, area: Rect) {
        let (checkArea, sessionArea) = FormValues.split(area, sideFraction: 0.5, narrowHeight: max(6, area.height * 2 / 5))
        let inner = frame.panel(checkArea, title: "What may I do here?")
        form.render(into: &frame, area: inner, row: inner.row, labelWidth: 9)
        var y = inner.row + form.fields.count
        if !completions.isEmpty {
            let text = "→ " + completions.map(\.action).joined(separator: "  ")
            y = IdentityLine.render([IdentityLine(text: text, role: .keyHint)], into: &frame, area: inner, row: y)
        } else if guided {
            y = IdentityLine.render([IdentityLine(text: "Enter asks the same engine AWS's evaluation logic describes, for this session's identity.",
                                                  role: .info)], into: &frame, area: inner, row: y)
        }
        IdentityLine.render(result, into: &frame, area: inner, row: y + 1)
        let side = frame.panel(sessionArea, title: "This session")
        var row = IdentityLine.render(sessionLines, into: &frame, area: side, row: side.row)
        row = IdentityLine.render([IdentityLine(text: "Effective permissions", role: .title)], into: &frame, area: side, row: row)
        IdentityLine.render(summaryLines, into: &frame, area: side, row: row)
    }
}
