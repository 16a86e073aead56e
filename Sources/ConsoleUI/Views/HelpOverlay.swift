import DisplayText

/// The `?` overlay: every binding that applies on the page underneath, grouped by scope, with
/// unavailable ones marked and explained. It is generated from the key table, like the status
/// bar. It is modal (it takes every key), wraps long explanations instead of cutting them, and
/// scrolls with ↑ ↓ PgUp PgDn when they do not fit.
public enum HelpOverlay {
    /// One line of the overlay: a key column and its (wrapped) text.
    struct Line {
        var key: String
        var text: String
        var role: StyleRole
    }

    /// Columns the key names take.
    static let keyColumn = 16

    /// The overlay's width in a terminal `width` columns wide.
    static func boxWidth(_ width: Int) -> Int { min(width - 4, 76) }

    /// The overlay's lines for the page underneath (the bindings as if help were closed),
    /// wrapped to fit the box.
    static func lines(_ state: AppState, width: Int) -> [Line] {
        var underneath = state
        underneath.showsHelp = false
        let textWidth = max(10, boxWidth(width) - 2 - keyColumn)
        var lines: [Line] = []
        var lastScope: KeyScope?
        for binding in underneath.keyTable.activeBindings(in: underneath) {
            if binding.scope != lastScope {
                if lastScope != nil { lines.append(Line(key: "", text: "", role: .overlay)) }
                lines.append(Line(key: "", text: binding.scope.heading, role: .title))
                lastScope = binding.scope
            }
            let keys = binding.activeKeys(typing: underneath.isTyping).map(\.displayName).joined(separator: " ")
            let reason = binding.unavailableReason(underneath)
            let text = reason.map { "\(binding.help) (unavailable: \($0))" } ?? binding.help
            for (index, piece) in WordWrap.lines(text, width: textWidth, breakingLongWords: true).enumerated() {
                lines.append(Line(key: index == 0 ? keys : " ", text: piece, role: reason == nil ? .overlay : .disabled))
            }
        }
        return lines
    }

    /// Draws the overlay centred in `area`.
    public static func render(into frame: inout Frame, area: Rect, state: AppState) {
        let lines = lines(state, width: area.width)
        let width = boxWidth(area.width)
        let height = min(area.height, lines.count + 4)
        guard width > 20, height > 4 else { return }
        let box = area.centered(width: width, height: height)
        let inner = frame.panel(box, title: "Help: keys that work here", fill: .overlay)
        let visible = max(1, inner.height - 1)
        let top = min(max(0, state.helpTop), max(0, lines.count - visible))
        for (offset, line) in lines.dropFirst(top).prefix(visible).enumerated() {
            let row = inner.row + offset
            if line.key.isEmpty {
                frame.put(" " + line.text, row: row, col: inner.col, role: line.role, maxWidth: inner.width)
            } else {
                frame.put(" " + DisplayWidth.truncate(line.key, to: keyColumn - 2), row: row, col: inner.col,
                          role: line.role == .disabled ? .disabled : .keyHint)
                frame.put(line.text, row: row, col: inner.col + keyColumn, role: line.role, maxWidth: inner.width - keyColumn)
            }
        }
        let footer = lines.count > visible
            ? "\(top + 1)–\(min(lines.count, top + visible)) of \(lines.count) · ↓ ↑ PgDn scroll · ? or Esc closes"
            : "? or Esc closes this help"
        frame.putCentered(footer, row: inner.maxRow - 1, in: inner, role: .muted)
    }
}
