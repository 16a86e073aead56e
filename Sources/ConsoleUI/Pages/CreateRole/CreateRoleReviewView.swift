import DisplayText
/// Step 4: everything as it will be created, as a scrolling document: the trust policy
/// exactly as stored, the permissions, the details, and the equivalent CLI commands.
enum CreateRoleReviewView {
    /// Draws the review, scrolled by `state.reviewScroll` (clamped).
    static func render(_ state: CreateRoleState, into frame: inout Frame, area: Rect) {
        var area = area
        if let note = state.commandActions.message, area.height > 2 {
            // The last rows answer `y`/`w`, whatever the scroll.
            let role: StyleRole = state.commandActions.isProblem ? .warning : .success
            let rows = WordWrap.lines(note, width: area.width).prefix(max(1, area.height / 3))
            area = Rect(row: area.row, col: area.col, width: area.width, height: area.height - rows.count)
            for (offset, line) in rows.enumerated() {
                frame.put(line, row: area.maxRow + offset, col: area.col, role: role, maxWidth: area.width)
            }
        }
        var lines: [WizardStyledLine] = []
        if let error = state.createError {
            for line in WordWrap.lines(error.message, width: area.width) { lines.append(WizardStyledLine(line, .danger)) }
            lines.append(WizardStyledLine())
        }
        lines += document(state, width: area.width)
        let top = max(0, min(state.reviewScroll, lines.count - area.height))
        for (offset, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
            line.draw(into: &frame, row: area.row + offset, col: area.col, width: area.width)
        }
        if lines.count > area.height {
            let position = " ↓↑ \(top + 1)-\(min(lines.count, top + area.height))/\(lines.count) "
            frame.put(position, row: area.row - 1, col: area.maxCol - DisplayWidth.of(position), role: .muted)
        }
    }

    /// The review's lines for a body `width` columns wide.
    static func document(_ state: CreateRoleState, width: Int) -> [WizardStyledLine] {
        let plan = state.plan
        var lines: [WizardStyledLine] = [WizardStyledLine("Trust policy", .title)]
        lines += JSONLineHighlighter.lines(plan.trustPolicyDocument)
        lines.append(WizardStyledLine())
        lines.append(WizardStyledLine("Permissions policies (\(plan.policyARNs.count))", .title))
        if plan.policyARNs.isEmpty {
            lines.append(WizardStyledLine("None: the role has no permissions until you attach a policy.", .muted))
        }
        for arn in plan.policyARNs {
            let kind = state.policy(arn: arn)?.isAWSManaged == true ? "AWS managed" : "Customer managed"
            lines.append(WizardStyledLine([.init(text: "• \(state.policy(arn: arn)?.name ?? arn)", role: .text),
                                           .init(text: "  \(kind)", role: .muted)]))
        }
        lines.append(field("Permissions boundary", plan.permissionsBoundaryARN.flatMap { state.policy(arn: $0)?.name } ?? "not set"))
        lines.append(WizardStyledLine())
        lines.append(WizardStyledLine("Role details", .title))
        lines.append(field("Role name", plan.roleName))
        lines.append(field("Description", plan.description ?? "(none)"))
        lines.append(field("Path", plan.path ?? "/"))
        lines.append(field("Max session", "\(plan.maxSessionDuration ?? 3600) seconds"))
        lines.append(field("Tags", plan.tags.isEmpty ? "(none)" : plan.tags.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")))
        lines.append(field("ARN", plan.roleARN(in: state.context.currentAccountID)))
        lines.append(WizardStyledLine())
        lines.append(WizardStyledLine("Equivalent CLI commands", .title))
        lines.append(WizardStyledLine("Paste into a shell, or y copies them, w writes a script:", .muted))
        for line in plan.commandBlock.lines(width: width) { lines.append(WizardStyledLine(line.text, .jsonString)) }
        return lines
    }

    /// `Label:  value`.
    static func field(_ label: String, _ value: String) -> WizardStyledLine {
        WizardStyledLine([.init(text: DisplayWidth.pad(label + ":", to: 22), role: .muted), .init(text: value, role: .text)])
    }

    /// `text` cut into pieces of at most `width` columns (commands have long unbroken JSON).
    static func hardWrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [text] }
        var pieces: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            let piece = DisplayWidth.prefix(String(rest), width: width)
            guard !piece.isEmpty else { break }
            pieces.append(piece)
            rest = rest.dropFirst(piece.count)
        }
        return pieces
    }
}
