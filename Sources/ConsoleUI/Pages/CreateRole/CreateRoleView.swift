import DisplayText
/// Draws the wizard from its state: the step bar, the step's form, and beside it (at 110
/// columns or more) the live trust policy and findings; at narrower widths `v` swaps the form
/// for that preview. Field help and the discard question draw on top.
enum CreateRoleView {
    /// Draws `state` into `area`.
    static func render(_ state: CreateRoleState, guided: Bool, into frame: inout Frame, area: Rect) {
        guard area.height >= 6, area.width >= 30 else { return }
        let (bar, rest) = area.splitTop(1)
        drawStepBar(state, into: &frame, area: bar)
        if let (form, preview) = sideBySide(rest) {
            drawForm(state, guided: guided, into: &frame, area: form, showsFindingsSummary: false)
            CreateRolePreviewView.render(state, into: &frame, area: preview)
        } else if state.showsPreview {
            CreateRolePreviewView.render(state, into: &frame, area: rest)
        } else {
            drawForm(state, guided: guided, into: &frame, area: rest, showsFindingsSummary: true)
        }
        if state.showsFieldHelp { drawFieldHelp(state, into: &frame, area: rest) }
    }

    /// The form and preview panels when `area` is wide enough to show both.
    static func sideBySide(_ area: Rect) -> (form: Rect, preview: Rect)? {
        guard area.width >= CreateRolePage.sideBySideWidth else { return nil }
        let previewWidth = max(62, area.width / 2)
        let form = Rect(row: area.row, col: area.col, width: area.width - previewWidth, height: area.height)
        return (form, Rect(row: area.row, col: form.maxCol, width: previewWidth, height: area.height))
    }

    /// The review's scroll limit for a page `body`: its lines less the rows that show them.
    static func maxReviewScroll(_ state: CreateRoleState, guided: Bool, body: Rect) -> Int {
        let rest = body.splitTop(1).1
        let split = sideBySide(rest)
        let panel = split?.form ?? rest
        let rows = panel.height - 3 - (split == nil ? 1 : 0) - (guided ? 1 : 0) - (state.createError == nil ? 0 : 2)
        let lines = CreateRoleReviewView.document(state, width: panel.width - 4).count
        return max(0, lines - max(1, rows))
    }

    /// ` 1 Trusted entity › 2 Permissions › 3 Name › 4 Review`, the current step highlighted
    /// and finished steps ticked (so it reads without colour).
    static func drawStepBar(_ state: CreateRoleState, into frame: inout Frame, area: Rect) {
        var x = area.col + 1
        for step in CreateRoleStep.allCases where step != .created {
            let done = step.rawValue < state.step.rawValue
            let mark = done ? "✓" : String(step.rawValue + 1)
            let role: StyleRole = step == state.step ? .tabActive : (done ? .success : .muted)
            x += frame.put(" \(mark) \(step.shortTitle) ", row: area.row, col: x, role: role, maxWidth: area.maxCol - x)
            if step != .review { x += frame.put(" › ", row: area.row, col: x, role: .muted, maxWidth: area.maxCol - x) }
        }
        if state.step == .created { frame.put("  ✓ Created", row: area.row, col: x, role: .success, maxWidth: area.maxCol - x) }
    }

    /// Draws a form step that may be taller than `area` (guided mode at 80×24 leaves 11 rows):
    /// into a tall scratch frame, then the window that shows the focused field — the row its
    /// label is marked `›` on and the two hint rows below — with ▲ ▼ where rows are hidden.
    static func drawScrolling(into frame: inout Frame, area: Rect, draw: (inout Frame, Rect) -> Void) {
        guard area.height > 0, area.width > 0 else { return }
        let tall = Rect(row: 0, col: area.col, width: area.width, height: max(area.height, 80))
        var scratch = Frame(size: Size(width: frame.size.width, height: tall.height))
        draw(&scratch, tall)
        let rows = 0..<tall.height
        let used = (rows.last { row in (area.col..<area.maxCol).contains { scratch[row, $0].text != " " } } ?? 0) + 1
        let focusRow = rows.first { scratch[$0, area.col].text == "›" && scratch[$0, area.col].role == .focus } ?? 0
        let top = max(0, min(focusRow, min(used - area.height, focusRow + 3 - area.height)))
        frame.copy(from: scratch, sourceRect: Rect(row: top, col: area.col, width: area.width, height: area.height),
                   toRow: area.row, col: area.col)
        if top > 0 { frame.put("▲", row: area.row, col: area.maxCol - 1, role: .muted) }
        if used > top + area.height { frame.put("▼", row: area.maxRow - 1, col: area.maxCol - 1, role: .muted) }
    }

    /// The step's panel: form body, then the Next line (with the reason when it is disabled).
    static func drawForm(_ state: CreateRoleState, guided: Bool, into frame: inout Frame, area: Rect, showsFindingsSummary: Bool) {
        let title = state.step == .created ? state.step.title : "Step \(state.step.rawValue + 1) of 4: \(state.step.title)"
        let inner = frame.panel(area, title: title)
        guard inner.height >= 3 else { return }
        var reserved = 1
        let showsFindingsSummary = showsFindingsSummary && state.step != .created
        if showsFindingsSummary { reserved += 1 }
        if guided { reserved += 1 }
        let body = Rect(row: inner.row, col: inner.col + 1, width: inner.width - 2, height: inner.height - reserved)
        switch state.step {
        case .trustedEntity:
            drawScrolling(into: &frame, area: body) { drawGroup(state, into: &$0, area: $1) }
        case .permissions: CreateRolePermissionsView.render(state, into: &frame, area: body)
        case .details:
            drawScrolling(into: &frame, area: body) { drawGroup(state, into: &$0, area: $1) }
        case .review: CreateRoleReviewView.render(state, into: &frame, area: body)
        case .created: CreateRoleCreatedView.render(state, into: &frame, area: body)
        }
        var row = inner.maxRow - 1
        drawNextLine(state, into: &frame, row: row, col: inner.col + 1, width: inner.width - 2)
        if showsFindingsSummary {
            row -= 1
            drawFindingsSummary(state, into: &frame, row: row, col: inner.col + 1, width: inner.width - 2)
        }
        if guided {
            row -= 1
            let first = state.focus.help.split(separator: ".").first.map { String($0) + "." } ?? ""
            frame.put("Guide: " + first, row: row, col: inner.col + 1, role: .info, maxWidth: inner.width - 2)
        }
    }

    /// The current step's fields, as `CreateRoleForm` declares them.
    static func drawGroup(_ state: CreateRoleState, into frame: inout Frame, area: Rect) {
        FormLayout.render(CreateRoleForm.group(for: state.step), state, focus: .init(state.focus, isTyping: state.isTyping),
                          into: &frame, area: area)
    }

    /// `[ Next: Add permissions ▸ ]`, or the same greyed with why it is unavailable.
    static func drawNextLine(_ state: CreateRoleState, into frame: inout Frame, row: Int, col: Int, width: Int) {
        let label: String
        switch state.step {
        case .review: label = "[ Create role ]"
        case .created: label = "[ Enter: run the highlighted offer ]"
        default: label = "[ Next: \(state.step.next?.title ?? "") ▸ ]"
        }
        var x = col
        if state.step.rawValue > 0, state.step != .created {
            x += frame.put("Esc ◂ Back   ", row: row, col: x, role: .muted, maxWidth: width)
        }
        if let reason = state.nextBlockedReason {
            x += frame.put(state.step == .created ? "[ Enter ]" : "[ Next ▸ ]", row: row, col: x, role: .disabled, maxWidth: col + width - x)
            frame.put(" unavailable: \(reason)", row: row, col: x, role: .warning, maxWidth: col + width - x)
        } else {
            frame.put(label, row: row, col: x, role: .keyHint, maxWidth: col + width - x)
        }
    }

    /// `Findings: 1 security warning, 1 suggestion (v to view)` for narrow terminals.
    static func drawFindingsSummary(_ state: CreateRoleState, into frame: inout Frame, row: Int, col: Int, width: Int) {
        let findings = state.findings
        guard let worst = findings.first else {
            frame.put("Findings: none · v shows the trust policy", row: row, col: col, role: .muted, maxWidth: width)
            return
        }
        var counts: [(CreateRoleFinding.Severity, Int)] = []
        for severity in [CreateRoleFinding.Severity.error, .securityWarning, .warning, .suggestion] {
            let count = findings.filter { $0.severity == severity }.count
            if count > 0 { counts.append((severity, count)) }
        }
        let text = counts.map { "\($0.1) \($0.0.label.lowercased())\($0.1 == 1 ? "" : "s")" }.joined(separator: ", ")
        var x = col
        x += frame.put("Findings: ", row: row, col: x, role: .muted, maxWidth: width)
        x += frame.put(text, row: row, col: x, role: worst.severity.role, maxWidth: col + width - x)
        frame.put(" · v shows them and the trust policy", row: row, col: x, role: .muted, maxWidth: col + width - x)
    }

    /// The `?`/F1 box: the field's label, its help, the AWS link, and the keys.
    static func drawFieldHelp(_ state: CreateRoleState, into frame: inout Frame, area: Rect) {
        let field = state.focus
        let width = min(area.width - 4, 76)
        let text = WordWrap.lines(field.help, width: width - 4)
        let link = CreateRoleReviewView.hardWrap(field.documentationLink, width: width - 4)
        let keys = WordWrap.lines("Keys: Enter next step · Esc back · Tab/Shift-Tab/↑/↓ fields · Space tick or choose · / filter · b boundary · v preview (narrow) · PgUp/PgDn scroll · Ctrl-C quit", width: width - 4)
        let box = area.centered(width: width, height: text.count + link.count + keys.count + 6)
        let inner = frame.panel(box, title: "Help: \(field.label)", fill: .overlay)
        var row = inner.row
        for line in text where row < inner.maxRow {
            frame.put(" " + line, row: row, col: inner.col, role: .overlay, maxWidth: inner.width)
            row += 1
        }
        row += 1
        for line in link where row < inner.maxRow {
            frame.put(" " + line, row: row, col: inner.col, role: .info, maxWidth: inner.width)
            row += 1
        }
        row += 1
        for line in keys where row < inner.maxRow - 1 {
            frame.put(" " + line, row: row, col: inner.col, role: .muted, maxWidth: inner.width)
            row += 1
        }
        frame.put(" Esc, ? or F1 closes", row: inner.maxRow - 1, col: inner.col, role: .keyHint, maxWidth: inner.width)
    }
}
