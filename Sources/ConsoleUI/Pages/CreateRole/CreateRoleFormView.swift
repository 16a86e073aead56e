import DisplayText
/// The form steps: trusted entity, and name and description. Each field is a row with its
/// label; the focused one is marked `›` and drawn in the focus role; errors appear under their
/// field in AWS's words, hints in muted text.
enum CreateRoleFormView {
    /// Width of the label column.
    static let labelWidth = 20

    /// Step 1: trusted entity type, account, external ID, MFA.
    static func trustedEntity(_ state: CreateRoleState, into frame: inout Frame, area: Rect) {
        var row = area.row
        frame.put("Trusted entity type: AWS account", row: row, col: area.col, role: .muted, maxWidth: area.width)
        row += 2
        let this = state.context.currentAccountID.isEmpty ? "This account" : "This account (\(state.context.currentAccountID))"
        row = choice(state, .accountChoice, options: [(this, state.trustsThisAccount), ("Another AWS account", !state.trustsThisAccount)],
                     into: &frame, row: row, area: area)
        if !state.trustsThisAccount {
            row = textField(state, .accountID, state.accountID, hint: "12 digits: the account whose users may switch to this role",
                            into: &frame, row: row, area: area)
        }
        row += 1
        row = checkbox(state, .requireExternalID, checked: state.requiresExternalID,
                       text: "Require external ID", hint: "Best practice when a third party assumes the role", into: &frame, row: row, area: area)
        if state.requiresExternalID {
            row = textField(state, .externalID, state.externalID, hint: "2-1224 characters of letters, digits and +=,.@:/-_",
                            into: &frame, row: row, area: area)
            let warning = "Roles that require an external ID cannot be used from the console's Switch Role."
            for line in WordWrap.lines("! " + warning, width: area.width - labelWidth - 2) where row < area.maxRow {
                frame.put(line, row: row, col: area.col + labelWidth + 2, role: .warning, maxWidth: area.width - labelWidth - 2)
                row += 1
            }
        }
        _ = checkbox(state, .requireMFA, checked: state.requiresMFA,
                     text: "Require MFA", hint: "Callers must have signed in with an MFA device", into: &frame, row: row, area: area)
    }

    /// Step 3: role name, description, path, maximum session duration.
    static func details(_ state: CreateRoleState, into frame: inout Frame, area: Rect) {
        var row = area.row
        row = textField(state, .roleName, state.roleName,
                        hint: "Up to 64 of letters, digits and +=,.@-_; unique regardless of case; cannot be changed later",
                        into: &frame, row: row, area: area)
        row += 1
        row = textField(state, .roleDescription, state.roleDescription,
                        hint: "Optional; up to 1000 characters (\(state.roleDescription.text.count)/1000)", into: &frame, row: row, area: area)
        row += 1
        row = textField(state, .path, state.path, placeholder: "/", hint: "Optional; begins and ends with /, e.g. /division/",
                        into: &frame, row: row, area: area)
        row += 1
        let seconds = Int(state.maxSessionDuration.text) ?? 3600
        let hours = seconds % 3600 == 0 ? "\(seconds / 3600) hour\(seconds == 3600 ? "" : "s")" : "\(seconds) seconds"
        row = textField(state, .maxSessionDuration, state.maxSessionDuration, placeholder: "3600",
                        hint: "Seconds, 3600-43200 (now \(hours))", into: &frame, row: row, area: area)
        row += 1
        let count = state.parsedTags.count
        _ = textField(state, .tags, state.tags, placeholder: "team=ops, project=seed",
                      hint: "Optional key=value pairs, comma-separated (\(count)/50)", into: &frame, row: row, area: area)
    }

    /// The label at the start of `row`, marked when `field` has focus.
    static func label(_ state: CreateRoleState, _ field: CreateRoleField, into frame: inout Frame, row: Int, area: Rect) {
        let focused = state.focus == field
        frame.put(focused ? "›" : " ", row: row, col: area.col, role: focused ? .focus : .text)
        frame.put(formLabel(field), row: row, col: area.col + 1, role: focused ? .focus : .text, maxWidth: labelWidth)
    }

    /// The label in the form's label column (checkboxes carry their own text).
    static func formLabel(_ field: CreateRoleField) -> String {
        switch field {
        case .requireExternalID: "Options"
        case .requireMFA: ""
        case .maxSessionDuration: "Max session duration"
        default: field.label
        }
    }

    /// A one-line text field with its error (or hint) below; returns the next free row.
    static func textField(_ state: CreateRoleState, _ field: CreateRoleField, _ input: TextField, placeholder: String = "",
                          hint: String, into frame: inout Frame, row: Int, area: Rect) -> Int {
        guard row < area.maxRow else { return row }
        label(state, field, into: &frame, row: row, area: area)
        let col = area.col + labelWidth + 2
        let width = max(4, min(area.maxCol - col, 60))
        let focused = state.focus == field && state.isTyping
        let role: StyleRole = state.focus == field ? .focus : .input
        frame.put("[", row: row, col: col, role: role)
        input.render(into: &frame, row: row, col: col + 1, width: width - 2, focused: focused, placeholder: placeholder)
        frame.put("]", row: row, col: col + width - 1, role: role)
        var next = row + 1
        let message = state.error(for: field)
        let lines = WordWrap.lines(message ?? hint, width: area.maxCol - col)
        for line in lines.prefix(message == nil ? 2 : 3) where next < area.maxRow && !line.isEmpty {
            frame.put(line, row: next, col: col, role: message == nil ? .muted : .danger, maxWidth: area.maxCol - col)
            next += 1
        }
        return next
    }

    /// `[x] text` (or `[ ]`); returns the next free row.
    static func checkbox(_ state: CreateRoleState, _ field: CreateRoleField, checked: Bool, text: String, hint: String,
                         into frame: inout Frame, row: Int, area: Rect) -> Int {
        guard row < area.maxRow else { return row }
        label(state, field, into: &frame, row: row, area: area)
        let col = area.col + labelWidth + 2
        let role: StyleRole = state.focus == field ? .focus : .text
        let x = col + frame.put(checked ? "[x] " : "[ ] ", row: row, col: col, role: role)
        frame.put(text, row: row, col: x, role: .text, maxWidth: area.maxCol - x)
        guard row + 1 < area.maxRow else { return row + 1 }
        frame.put(hint, row: row + 1, col: col + 4, role: .muted, maxWidth: area.maxCol - col - 4)
        return row + 2
    }

    /// Radio options `(•)` / `( )`, one per row; returns the next free row.
    static func choice(_ state: CreateRoleState, _ field: CreateRoleField, options: [(String, Bool)],
                       into frame: inout Frame, row: Int, area: Rect) -> Int {
        label(state, field, into: &frame, row: row, area: area)
        var next = row
        let col = area.col + labelWidth + 2
        for (text, selected) in options where next < area.maxRow {
            let role: StyleRole = state.focus == field && selected ? .focus : .text
            frame.put((selected ? "(•) " : "( ) ") + text, row: next, col: col, role: role, maxWidth: area.maxCol - col)
            next += 1
        }
        return next
    }
}
