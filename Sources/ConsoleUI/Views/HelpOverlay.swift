import DisplayText
/// The `?` overlay: every binding that applies now, grouped by scope, with unavailable ones
/// marked and explained. It is generated from the key table, like the status bar.
public enum HelpOverlay {
    /// Draws the overlay centred in `area`.
    public static func render(into frame: inout Frame, area: Rect, state: AppState) {
        var lines: [(text: String, role: StyleRole, key: String)] = []
        var lastScope: KeyScope?
        for binding in state.keyTable.activeBindings(in: state) {
            if binding.scope != lastScope {
                if lastScope != nil { lines.append(("", .overlay, "")) }
                lines.append((binding.scope.heading, .title, ""))
                lastScope = binding.scope
            }
            let keys = binding.activeKeys(typing: state.isTyping).map(\.displayName).joined(separator: " ")
            if let reason = binding.unavailableReason(state) {
                lines.append(("\(binding.help) (unavailable: \(reason))", .disabled, keys))
            } else {
                lines.append((binding.help, .overlay, keys))
            }
        }
        let width = min(area.width - 4, 76)
        let height = min(area.height, lines.count + 4)
        guard width > 20, height > 4 else { return }
        let box = area.centered(width: width, height: height)
        let inner = frame.panel(box, title: "Help: keys that work here", fill: .overlay)
        let keyColumn = 16
        let shown = lines.prefix(inner.height - 1)
        for (offset, line) in shown.enumerated() {
            let row = inner.row + offset
            if line.key.isEmpty {
                frame.put(" " + line.text, row: row, col: inner.col, role: line.role, maxWidth: inner.width)
            } else {
                frame.put(" " + DisplayWidth.truncate(line.key, to: keyColumn - 2), row: row, col: inner.col,
                          role: line.role == .disabled ? .disabled : .keyHint)
                frame.put(DisplayWidth.truncate(line.text, to: inner.width - keyColumn), row: row,
                          col: inner.col + keyColumn, role: line.role)
            }
        }
        let footer = lines.count > shown.count ? "More keys: docs/keybindings.md · ? or Esc closes"
            : "? or Esc closes this help"
        frame.putCentered(footer, row: inner.maxRow - 1, in: inner, role: .muted)
    }
}
