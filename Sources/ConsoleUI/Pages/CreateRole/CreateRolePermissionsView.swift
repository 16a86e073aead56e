/// Step 2: the managed policies of the account and the AWS catalog, filtered as you type,
/// chosen with Space (a `[x]` mark, so it reads without colour), the count chosen, the
/// boundary, and the note that choosing none is fine.
enum CreateRolePermissionsView {
    /// Rows the policy list gets in a form body of `height` rows.
    static func listRows(height: Int) -> Int { max(1, height - 5) }

    /// Draws the step.
    static func render(_ state: CreateRoleState, into frame: inout Frame, area: Rect) {
        var row = area.row
        let focus = FormLayout.Focus(state.focus, isTyping: state.isTyping)
        if let filter = CreateRoleField.policyFilter.declaration {
            row = FormLayout.render(filter, state, focus: focus, into: &frame, row: row, area: area)
        }
        let policies = state.filteredPolicies
        let listArea = Rect(row: row, col: area.col, width: area.width, height: listRows(height: area.height) + 1)
        let focused = state.focus == .policyList
        let typeWidth = area.width >= 60 ? 18 : 9
        ListView.render(into: &frame, area: listArea,
                        columns: [ListColumn("Policy name", width: nil), ListColumn("Type", width: typeWidth)],
                        count: policies.count, selection: state.policySelection,
                        showsHeadings: true, empty: state.policyList.emptyText) { index in
            let policy = policies[index]
            let mark = state.chosenPolicyARNs.contains(policy.arn) ? "[x] " : "[ ] "
            let boundary = state.boundaryARN == policy.arn ? " (boundary)" : ""
            let type = policy.isAWSManaged ? (typeWidth > 10 ? "AWS managed" : "AWS") : (typeWidth > 10 ? "Customer managed" : "Customer")
            return [mark + policy.name + boundary, type]
        }
        row = listArea.maxRow
        guard row < area.maxRow else { return }
        let chosen = state.chosenPolicyARNs.count
        var x = area.col
        // "0 of 10 chosen" beside 11 policies read as a count of the list: say what 10 is (#15).
        x += frame.put("\(chosen) chosen (a role takes up to 10)", row: row, col: x, role: chosen > 0 ? .success : .muted)
        let shown = state.filteredPolicies.count == state.context.policies.count
            ? " · \(policies.count) policies" : " · \(policies.count) of \(state.context.policies.count) policies shown"
        x += frame.put(shown, row: row, col: x, role: .muted, maxWidth: area.maxCol - x)
        row += 1
        if row < area.maxRow {
            if let boundary = CreateRoleField.permissionsBoundary.declaration {
                FormLayout.label(boundary, focus: focus, into: &frame, row: row, area: area)
            }
            let name = state.boundaryARN.flatMap { state.policy(arn: $0)?.name }
            let text = name.map { "\($0)  (Space clears)" } ?? "none (b on a policy sets it)"
            frame.put(text, row: row, col: area.col + FormLayout.labelWidth + 2, role: name == nil ? .muted : .text,
                      maxWidth: area.width - FormLayout.labelWidth - 2)
            row += 1
        }
        if row < area.maxRow {
            if let error = state.createError, error.field == .policyList {
                frame.put(error.message, row: row, col: area.col, role: .danger, maxWidth: area.width)
            } else if let policy = state.highlightedPolicy, focused, !policy.description.isEmpty {
                frame.put(policy.description, row: row, col: area.col, role: .muted, maxWidth: area.width)
            } else {
                frame.put("Choosing none is fine: a role has no permissions by default.", row: row, col: area.col, role: .muted,
                          maxWidth: area.width)
            }
        }
    }

}
