import DisplayText
extension IdentityForm {
    /// The identity pages' layout: the main panel with a side panel on the right when the
    /// body is at least 100 columns wide (`sideFraction` of it, at least 40), else below it
    /// (`narrowHeight` rows).
    static func split(_ area: Rect, sideFraction: Double, narrowHeight: Int) -> (main: Rect, side: Rect) {
        guard area.width >= 100 else { return area.splitBottom(narrowHeight) }
        let sideWidth = max(40, Int(Double(area.width) * sideFraction))
        return (Rect(row: area.row, col: area.col, width: area.width - sideWidth, height: area.height),
                Rect(row: area.row, col: area.col + area.width - sideWidth, width: sideWidth, height: area.height))
    }

    /// Draws the fields from `row` down inside `area`, one per row; returns the rows used.
    @discardableResult
    func render(into frame: inout Frame, area: Rect, row: Int, labelWidth: Int) -> Int {
        let fieldWidth = max(4, area.width - labelWidth - 3)
        for (index, field) in fields.enumerated() {
            let y = row + index
            guard y < area.maxRow else { break }
            let focused = index == focus
            frame.put(focused ? "›" : " ", row: y, col: area.col, role: focused ? .focus : .text)
            frame.putPadded(field.label, row: y, col: area.col + 1, width: labelWidth, role: focused ? .focus : .text)
            let col = area.col + labelWidth + 2
            if field.isChoice {
                frame.put("◂ \(field.text) ▸", row: y, col: col, role: focused ? .focus : .input, maxWidth: fieldWidth)
            } else if field.isSecret {
                // One bullet per character, the cursor at the end: the text itself is never drawn.
                TextField(String(repeating: "•", count: field.text.count), maxLength: field.input.maxLength)
                    .render(into: &frame, row: y, col: col, width: fieldWidth, focused: focused, placeholder: field.placeholder)
            } else {
                field.input.render(into: &frame, row: y, col: col, width: fieldWidth, focused: focused,
                                   placeholder: field.placeholder)
            }
        }
        return fields.count
    }
}
