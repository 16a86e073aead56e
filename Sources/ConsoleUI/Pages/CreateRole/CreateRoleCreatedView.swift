import DisplayText
import IAMKit

/// After Create: the role's ARN, the reminder that trust is only half of delegation, and the
/// offers (grant a user or group, the policy JSON, try it, create another).
enum CreateRoleCreatedView {
    /// Draws the page.
    static func render(_ state: CreateRoleState, into frame: inout Frame, area: Rect) {
        guard let created = state.created, let grant = state.grant else { return }
        var row = area.row
        frame.put("✓ Role \(created.plan.roleName) created", row: row, col: area.col, role: .success, maxWidth: area.width)
        row += 1
        frame.put(created.arn, row: row, col: area.col, role: .text, maxWidth: area.width)
        row += 2
        let half = "Trusting \(created.plan.trustedAccountID) is only the first half: its users also need an identity policy allowing sts:AssumeRole on this role."
        for line in WordWrap.lines(half, width: area.width) where row < area.maxRow {
            frame.put(line, row: row, col: area.col, role: .muted, maxWidth: area.width)
            row += 1
        }
        if state.context.principals[created.plan.trustedAccountID] == nil, row < area.maxRow {
            frame.put("Account \(created.plan.trustedAccountID) is not in this lab: give its administrator the policy.",
                      row: row, col: area.col, role: .warning, maxWidth: area.width)
            row += 1
        }
        row += 1
        if state.showsGrantPolicy {
            drawGrantPolicy(grant, into: &frame, row: row, area: area)
            return
        }
        if !state.offers.isEmpty, row < area.maxRow {
            let what = "Grant attaches \(grant.policyName) (sts:AssumeRole on this role) in \(grant.trustedAccountID):"
            for line in WordWrap.lines(what, width: area.width).prefix(2) where row < area.maxRow {
                frame.put(line, row: row, col: area.col, role: .text, maxWidth: area.width)
                row += 1
            }
        }
        let offers = state.offers
        let listHeight = min(offers.count, max(1, area.maxRow - row - 4))
        ListView.render(into: &frame, area: Rect(row: row, col: area.col, width: area.width, height: listHeight),
                        columns: [ListColumn("")], count: offers.count, selection: state.offerSelection,
                        showsHeadings: false) { [state] in [state.title(of: offers[$0])] }
        row += listHeight + 1
        // The highlighted offer's note comes first; the last outcome fills what room is left.
        if let reason = state.offerUnavailableReason {
            row = paragraph(reason, role: .warning, into: &frame, row: row, area: area)
        } else if state.highlightedOffer == .tryIt {
            let who = state.grantedUserName.map { "as \($0)" } ?? "as a user of \(created.plan.trustedAccountID) who was granted"
            let mfa = created.plan.requiresMFA ? " with MFA" : ""
            let steps = "Sign in \(who)\(mfa), then Switch Role: account \(created.accountID), role \(created.switchRoleName)."
            row = paragraph(steps, role: .info, into: &frame, row: row, area: area)
        }
        if let outcome = state.offerOutcome {
            _ = paragraph(outcome.message, role: outcome.succeeded ? .success : .danger, into: &frame, row: row, area: area)
        }
    }

    /// `text` word-wrapped from `row` while it fits; returns the next free row.
    static func paragraph(_ text: String, role: StyleRole, into frame: inout Frame, row: Int, area: Rect) -> Int {
        var row = row
        for line in WordWrap.lines(text, width: area.width) where row < area.maxRow {
            frame.put(line, row: row, col: area.col, role: role, maxWidth: area.width)
            row += 1
        }
        return row
    }

    /// The identity policy for the trusted account's administrator, in place of the offers.
    static func drawGrantPolicy(_ grant: AssumeRoleGrant, into frame: inout Frame, row: Int, area: Rect) {
        var row = row
        let intro = "Policy \(grant.policyName) for \(grant.trustedAccountID)'s administrator to attach to the users or group who should switch (Esc or Enter hides):"
        for line in WordWrap.lines(intro, width: area.width) where row < area.maxRow {
            frame.put(line, row: row, col: area.col, role: .title, maxWidth: area.width)
            row += 1
        }
        for line in JSONLineHighlighter.lines(grant.policyDocument) where row < area.maxRow {
            line.draw(into: &frame, row: row, col: area.col, width: area.width)
            row += 1
        }
    }
}
