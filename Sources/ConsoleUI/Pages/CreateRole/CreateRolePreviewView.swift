import DisplayText
/// The live preview beside every step: the trust policy exactly as it will be stored, with the
/// lines the focused choice adds marked `+`, then the findings. On the permissions step the
/// highlighted policy's JSON comes first.
enum CreateRolePreviewView {
    /// Draws the preview panel.
    static func render(_ state: CreateRoleState, into frame: inout Frame, area: Rect) {
        let inner = frame.panel(area, title: "Trust policy (live) and findings")
        guard inner.height > 2 else { return }
        var row = inner.row
        let col = inner.col + 1
        let width = inner.width - 2
        if state.step == .permissions, let policy = state.highlightedPolicy {
            frame.put("Policy: \(policy.name)", row: row, col: col, role: .title, maxWidth: width)
            row += 1
            let lines = JSONLineHighlighter.lines(JSONLineHighlighter.pretty(policy.document))
            let room = max(3, inner.height / 3)
            for line in lines.prefix(room) where row < inner.maxRow {
                line.draw(into: &frame, row: row, col: col, width: width)
                row += 1
            }
            if lines.count > room, row < inner.maxRow {
                frame.put("… \(lines.count - room) more lines", row: row, col: col, role: .muted, maxWidth: width)
                row += 1
            }
            row += 1
        }
        let lines = trustPolicyLines(state)
        for line in lines where row < inner.maxRow {
            line.draw(into: &frame, row: row, col: col, width: width)
            row += 1
        }
        if row < inner.maxRow, lines.contains(where: { $0.spans.first?.text == "+ " }) {
            frame.put("+ marks what the focused choice adds", row: row, col: col, role: .muted, maxWidth: width)
            row += 1
        }
        row += 1
        drawFindings(state.findings, into: &frame, row: row, col: col, width: width, maxRow: inner.maxRow)
    }

    /// The trust policy, highlighted, each line behind a two-column gutter: `+ ` for lines the
    /// focused choice adds (the whole line then in the diff-add role).
    static func trustPolicyLines(_ state: CreateRoleState) -> [WizardStyledLine] {
        let text = state.plan.trustPolicyDocument
        let raw = Sanitizer.lines(text)
        let marked = addedLines(raw, focus: state.focus, state: state)
        return raw.enumerated().map { index, line in
            let highlighted = JSONLineHighlighter.highlight(line)
            if marked.contains(index) {
                return WizardStyledLine([.init(text: "+ ", role: .diffAdd)] + highlighted.recolored(.diffAdd).spans)
            }
            return WizardStyledLine([.init(text: "  ", role: .text)] + highlighted.spans)
        }
    }

    /// Indices of the lines the focused field contributes: the principal for the account
    /// fields, the `StringEquals` block for the external ID, the `Bool` block for MFA.
    static func addedLines(_ lines: [String], focus: CreateRoleField, state: CreateRoleState) -> Set<Int> {
        let anchor: String
        switch focus {
        case .accountChoice, .accountID: anchor = "\"AWS\""
        case .requireExternalID, .externalID: anchor = "\"StringEquals\""
        case .requireMFA: anchor = "\"Bool\""
        default: return []
        }
        guard let start = lines.firstIndex(where: { $0.contains(anchor) }) else { return [] }
        if anchor == "\"AWS\"" { return [start] }
        return Set(start...min(lines.count - 1, start + 2))
    }

    /// `SECURITY WARNING  Title` then the detail wrapped, for each finding that fits.
    static func drawFindings(_ findings: [CreateRoleFinding], into frame: inout Frame, row: Int, col: Int, width: Int, maxRow: Int) {
        var row = row
        guard row < maxRow else { return }
        frame.put("Findings (\(findings.count))", row: row, col: col, role: .title, maxWidth: width)
        row += 1
        if findings.isEmpty, row < maxRow {
            frame.put("No findings.", row: row, col: col, role: .muted, maxWidth: width)
        }
        for finding in findings where row < maxRow {
            var x = col
            x += frame.put(finding.severity.label, row: row, col: x, role: finding.severity.role, maxWidth: width)
            frame.put(" " + finding.title, row: row, col: x, role: .text, maxWidth: col + width - x)
            row += 1
            for line in WordWrap.lines(finding.detail, width: width - 2).prefix(3) where row < maxRow {
                frame.put(line, row: row, col: col + 2, role: .muted, maxWidth: width - 2)
                row += 1
            }
        }
    }
}
