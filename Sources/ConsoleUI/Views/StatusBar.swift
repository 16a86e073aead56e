import DisplayText
/// The bottom bar: the key hints of the bindings that work now (from the key table), and at
/// the right the reason the last key was refused.
public enum StatusBar {
    /// Draws the status bar into `area` (one row).
    public static func render(into frame: inout Frame, area: Rect, state: AppState) {
        frame.fill(area, role: .statusBar)
        var col = area.col + 1
        // The mode, so it is clear whether a letter is typed or runs a command.
        if state.showsHelp {
            col += frame.put("HELP", row: area.row, col: col, role: .focus) + 2
        } else if state.isTyping {
            col += frame.put("EDITING", row: area.row, col: col, role: .focus) + 1
            col += frame.put("Esc", row: area.row, col: col, role: .keyHint)
            col += frame.put(" Leave field", row: area.row, col: col, role: .statusBar) + 2
        }
        let hints = state.keyTable.activeBindings(in: state).filter(\.showsInStatusBar)
        for binding in hints {
            let keys = binding.activeKeys(typing: state.isTyping)
            guard let first = keys.first else { continue }
            let unavailable = binding.unavailableReason(state) != nil
            let keyText = first.displayName
            let needed = DisplayWidth.of(keyText) + DisplayWidth.of(binding.title) + 3
            if col + needed > area.maxCol { break }
            col += frame.put(keyText, row: area.row, col: col, role: unavailable ? .disabled : .keyHint)
            col += frame.put(" " + binding.title, row: area.row, col: col, role: unavailable ? .disabled : .statusBar)
            col += 2
        }
        if let refusal = state.refusal {
            let text = DisplayWidth.truncate(refusal, to: max(0, area.maxCol - col - 1))
            let width = DisplayWidth.of(text)
            if width > 0 { frame.put(text, row: area.row, col: area.maxCol - width - 1, role: .warning) }
        }
    }
}
