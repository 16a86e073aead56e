import DisplayText
extension FormValues {
    /// The identity pages' layout: the main panel with a side panel on the right when the
    /// body is at least 100 columns wide (`sideFraction` of it, at least 40), else below it
    /// (`narrowHeight` rows).
    static func split(_ area: Rect, sideFraction: Double, narrowHeight: Int) -> (main: Rect, side: Rect) {
        guard area.width >= 100 else { return area.splitBottom(narrowHeight) }
        let sideWidth = max(40, Int(Double(area.width) * sideFraction))
        return (Rect(row: area.row, col: area.col, width: area.width - sideWidth, height: area.height),
                Rect(row: area.row, col: area.col + area.width - sideWidth, width: sideWidth, height: area.height))
    }

    /// Draws the fields from `row` down inside `area` through `FormLayout` (labels in a column
    /// `labelWidth` wide); returns the rows used.
    @discardableResult
    func render(into frame: inout Frame, area: Rect, row: Int, labelWidth: Int) -> Int {
        let below = Rect(row: row, col: area.col, width: area.width, height: max(0, area.maxRow - row))
        let next = FormLayout.render(group, self, focus: FormLayout.Focus(focus, isTyping: true, labelWidth: labelWidth),
                                     into: &frame, area: below)
        return next - row
    }
}
