import DisplayText
import IAMKit

/// A line of page text with its style: messages, explanations and summaries on the identity
/// pages. Text that came from the lab is sanitized when drawn.
struct IdentityLine: Hashable, Sendable {
    /// The text (may be wider than the page: it wraps).
    var text: String
    /// The style.
    var role: StyleRole
    /// Nesting level; each level indents two columns.
    var indent: Int = 0

    /// The lines of an engine explanation.
    static func lines(_ explanation: AccessExplanation) -> [IdentityLine] {
        explanation.lines.map { line in
            let role: StyleRole = switch line.tone {
            case .allowed: .success
            case .denied, .failure: .danger
            case .fact: .text
            case .detail: .muted
            }
            return IdentityLine(text: line.text, role: role, indent: line.indent)
        }
    }

    /// Draws `lines` wrapped to `area`'s width from `row`; stops at the bottom of `area`, where
    /// the last row ends in `…` and a `▼` says lines are hidden below. Returns the next free row.
    @discardableResult
    static func render(_ lines: [IdentityLine], into frame: inout Frame, area: Rect, row: Int) -> Int {
        let pieces = wrapped(lines, width: area.width).map { (text: $0.text, col: area.col + $0.offset, role: $0.role) }
        let room = max(0, area.maxRow - row)
        let hidden = pieces.count > room
        for (offset, piece) in pieces.prefix(room).enumerated() {
            let isLast = hidden && offset == room - 1
            // The marker's column is taken from the last row's text only when something is hidden.
            frame.put(isLast ? piece.text + " " : piece.text, row: row + offset, col: piece.col, role: piece.role,
                      maxWidth: area.maxCol - piece.col - (isLast ? 1 : 0))
            if isLast { frame.put("▼", row: row + offset, col: area.maxCol - 1, role: .muted) }
        }
        return row + min(room, pieces.count)
    }
}

extension IdentityLine {
    /// The rows `lines` take wrapped to `width`, as `render` draws them.
    static func rowCount(_ lines: [IdentityLine], width: Int) -> Int {
        wrapped(lines, width: width).count
    }

    /// Each row of `lines` wrapped to `width`, with its column from the area's left edge.
    private static func wrapped(_ lines: [IdentityLine], width: Int) -> [(text: String, offset: Int, role: StyleRole)] {
        var pieces: [(text: String, offset: Int, role: StyleRole)] = []
        for line in lines {
            let indent = min(line.indent * 2, max(0, width - 10))
            for (index, piece) in WordWrap.lines(line.text, width: width - indent - (line.indent > 0 ? 2 : 0), breakingLongWords: true).enumerated() {
                // Continuation lines of a wrapped line sit under its text.
                let extra = index > 0 && line.indent > 0 ? 2 : 0
                pieces.append((piece, indent + extra, line.role))
            }
        }
        return pieces
    }

    /// A page message as a line (AWS's words and role kept); in an extension so the memberwise
    /// initializer stays.
    init(_ message: PageMessage) {
        self.init(text: message.text, role: message.role)
    }
}
