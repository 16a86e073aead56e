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

    /// Draws `lines` wrapped to `area`'s width from `row`; stops at the bottom of `area`.
    /// Returns the next free row.
    @discardableResult
    static func render(_ lines: [IdentityLine], into frame: inout Frame, area: Rect, row: Int) -> Int {
        var y = row
        for line in lines {
            let indent = min(line.indent * 2, max(0, area.width - 10))
            for (index, piece) in WordWrap.lines(line.text, width: area.width - indent - (line.indent > 0 ? 2 : 0), breakingLongWords: true).enumerated() {
                guard y < area.maxRow else { return y }
                // Continuation lines of a wrapped line sit under its text.
                let extra = index > 0 && line.indent > 0 ? 2 : 0
                frame.put(piece, row: y, col: area.col + indent + extra, role: line.role, maxWidth: area.width - indent - extra)
                y += 1
            }
        }
        return y
    }
}

extension IdentityLine {
    /// A page message as a line (AWS's words and role kept); in an extension so the memberwise
    /// initializer stays.
    init(_ message: PageMessage) {
        self.init(text: message.text, role: message.role)
    }
}
