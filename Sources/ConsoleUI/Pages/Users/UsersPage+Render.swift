import IAMKit

extension UsersPage {
    /// Where the list and the detail go: side by side when wide, stacked when narrow. Stacked,
    /// the list takes the rows its `listRows` need (up to half the page) and the detail the
    /// rest: at 80×24 a user's MFA, findings and hints matter more than empty list rows. A
    /// detail of more than `detailRows` rows takes list rows too, down to three list rows: with
    /// a long list the selected user's findings must not fall off the page.
    static func layout(_ body: Rect, expanded: Bool = false, listRows: Int, detailRows: Int = 0) -> (list: Rect, detail: Rect) {
        if body.width >= 100 {
            // A form (an ARN to choose, an MFA seed) needs the width more than the list does.
            let listWidth = expanded ? body.width * 2 / 5 : body.width * 11 / 20
            return (Rect(row: body.row, col: body.col, width: listWidth, height: body.height),
                    Rect(row: body.row, col: body.col + listWidth, width: body.width - listWidth, height: body.height))
        }
        // A form or a new key needs the room more than the list does.
        let needed = listRows + 3  // the panel's borders and the headings row
        if expanded { return body.splitTop(min(7, body.height / 3)) }
        let top = min(max(6, body.height / 2), max(6, needed), max(6, body.height - detailRows - 2))
        return body.splitTop(top)
    }

    /// This page's list and detail panels in `body`: the detail's room is what its text takes.
    func panels(_ body: Rect) -> (list: Rect, detail: Rect) {
        let detailRows = isExpanded || body.width >= 100
            ? 0 : IdentityLine.rowCount(detailLines + detailGuidance + message, width: body.width - 2)
        return Self.layout(body, expanded: isExpanded, listRows: visibleRows.count, detailRows: detailRows)
    }

    /// Rows the list shows in `body` (the panel's inside minus the headings row).
    func listHeight(_ body: Rect) -> Int {
        max(1, panels(body).list.height - 3)
    }

    /// Whether the detail panel needs the room (a form, a new key or an opened row is shown).
    var isExpanded: Bool { prompt != nil || revealedKey != nil || openItems != nil }

    /// The list of users and groups, and beside or below it the detail, form or new key; a
    /// draft in `$EDITOR` takes the whole page, the shell's confirmation dialog sits on top.
    public func render(into frame: inout Frame, area: Rect) {
        if let draft {
            DraftPanel.render(into: &frame, area: area, draft: draft)
            return
        }
        if showsQRCode, let uri = mfaSetUpURI {
            renderQRCode(uri: uri, into: &frame, area: area)
            return
        }
        let shown = visibleRows
        let (listRect, detailRect) = panels(area)
        let title = "Users and groups · \(accountLabel)" + (filter.isEmpty ? "" : " · filter \"\(filter)\"")
        let inner = frame.panel(listRect, title: title)
        ListView.render(into: &frame, area: inner, columns: [ListColumn("Type", width: 5), ListColumn("Name", width: 20), ListColumn("Summary")],
                        count: shown.count, selection: selection, empty: list.emptyText) { shown[$0].columns }
        let detail = frame.panel(detailRect, title: detailTitle)
        var y = detail.row
        if let openItems, prompt == nil {
            y = renderItems(into: &frame, area: detail, selection: openItems)
        } else {
            let fits = IdentityLine.rowCount(detailLines + detailHint + detailGuidance, width: detail.width) <= detail.height
            y = IdentityLine.render(detailLines + (fits ? detailHint : []) + detailGuidance, into: &frame, area: detail, row: y)
        }
        if prompt != nil {
            form.render(into: &frame, area: detail, row: y, labelWidth: 12)
            y += form.fields.count
            y = IdentityLine.render(promptHelp, into: &frame, area: detail, row: y)
        }
        IdentityLine.render(message, into: &frame, area: detail, row: y)
    }

    /// The opened row: its ARN, then what it holds as a list `x` removes from. Returns the
    /// next free row.
    func renderItems(into frame: inout Frame, area: Rect, selection: ListSelection) -> Int {
        var y = area.row
        if let row = selectedRow {
            // Its findings stay in sight while its policies are detached or edited.
            y = IdentityLine.render([IdentityLine(text: row.arn, role: .text)] + Self.escalationLines(row), into: &frame, area: area, row: y)
        }
        let items = selectedItems
        guard !items.isEmpty else {
            return IdentityLine.render([IdentityLine(text: "It holds nothing: D deletes it.", role: .muted)], into: &frame, area: area, row: y)
        }
        let height = min(items.count + 1, max(2, (area.maxRow - y) - 2))
        ListView.render(into: &frame, area: Rect(row: y, col: area.col, width: area.width, height: height),
                        columns: [ListColumn("Type", width: 16), ListColumn("Name")], count: items.count, selection: selection) {
            items[$0].columns
        }
        return y + height
    }

    /// The detail panel's title.
    var detailTitle: String {
        if let prompt { return prompt.title }
        if revealedKey != nil { return "New access key" }
        guard let row = selectedRow else { return "Details" }
        let name = "\(row.kind == .user ? "User" : "Group") \(row.name)"
        return openItems == nil ? name : "\(name) › permissions, groups, credentials"
    }

    /// What the detail panel shows above a form: the new key, the MFA seed, or the selection.
    var detailLines: [IdentityLine] {
        if case .enableMFA(_, let serial, let seed, let uri) = prompt {
            return mfaLines(serial: serial, seed: seed, uri: uri)
        }
        if prompt != nil { return [] }
        if let key = revealedKey {
            return [IdentityLine(text: "Access key ID: \(key.accessKeyID)", role: .title),
                    IdentityLine(text: "Secret access key: \(key.secretAccessKey)", role: .title),
                    IdentityLine(text: "This is the only time that the secret access key can be viewed or downloaded. You cannot recover it later. However, you can create a new access key at any time.",
                                 role: .warning),
                    IdentityLine(text: "Any key hides it.", role: .muted)]
        }
        guard let row = selectedRow else {
            return [IdentityLine(text: "No users or groups here. n creates a user, N a group.", role: .muted)]
        }
        var lines = [IdentityLine(text: row.arn, role: .text), IdentityLine(text: "Created \(row.created.iso8601)", role: .muted)]
        let related = row.kind == .user ? "Groups" : "Members"
        lines.append(IdentityLine(text: "\(related): " + (row.related.isEmpty ? "none" : row.related.joined(separator: ", ")), role: .text))
        lines.append(IdentityLine(text: "Attached policies: " + (row.attachedPolicies.isEmpty ? "none" : row.attachedPolicies.joined(separator: ", ")),
                                  role: .text))
        lines.append(IdentityLine(text: "Inline policies: " + (row.inlinePolicies.isEmpty ? "none" : row.inlinePolicies.joined(separator: ", ")),
                                  role: .text))
        if row.kind == .user {
            lines.append(IdentityLine(text: "Access keys: " + (row.accessKeyIDs.isEmpty ? "none" : row.accessKeyIDs.joined(separator: ", ")),
                                      role: .text))
            lines.append(IdentityLine(text: "Console password: " + (row.hasConsolePassword ? "yes" : "none"),
                                      role: row.hasConsolePassword ? .text : .muted))
            lines.append(IdentityLine(text: "MFA: " + (row.mfaDevices.isEmpty ? "none (m sets one up)" : row.mfaDevices.joined(separator: ", ")),
                                      role: row.mfaDevices.isEmpty ? .muted : .text))
        }
        return lines + Self.escalationLines(row)
    }

    /// A row's privilege-escalation findings, as warnings.
    static func escalationLines(_ row: UsersRow) -> [IdentityLine] {
        row.escalationFindings.map { IdentityLine(text: "Privilege escalation: " + $0.drop(while: { $0 == " " }), role: .warning) }
    }

    /// The guided lab's word on the selected row, under its detail and hint.
    var detailGuidance: [IdentityLine] {
        guard guided, prompt == nil, revealedKey == nil, selectedRow != nil else { return [] }
        return [IdentityLine(text: "To let a user switch to a role in another account, give it sts:AssumeRole on the role's ARN (i starts from that policy).",
                             role: .info)]
    }

    /// The hint under a selected row's detail, shown only where it fits (the status bar and `?`
    /// say the same): the outcome of the last action, and a user's findings, matter more.
    var detailHint: [IdentityLine] {
        guard prompt == nil, revealedKey == nil, selectedRow != nil, message.isEmpty else { return [] }
        return [IdentityLine(text: "Enter opens it: x detaches or removes what it holds, e edits an inline policy; D deletes it.", role: .muted)]
    }

    /// The seed, URI and lab codes of a device being set up.
    func mfaLines(serial: String, seed: String, uri: String) -> [IdentityLine] {
        var lines = [IdentityLine(text: "Device: \(serial)", role: .text),
                     IdentityLine(text: "Secret key (Base32): \(seed)", role: .title),
                     IdentityLine(text: uri, role: .muted),
                     IdentityLine(text: "Add it to an authenticator app (F3 shows the QR code to scan), then type two consecutive codes.",
                                  role: .text)]
        if let totp = Base32.decode(seed).map({ TOTP(secret: $0) }), let step = mfaStepShown {
            lines.append(IdentityLine(text: "No phone? The lab's virtual MFA app shows \(totp.code(counter: step &- 1)) then \(totp.code(counter: step)).",
                                      role: .info))
        }
        return lines
    }

    /// One line under a form saying what Enter and Esc do.
    var promptHelp: [IdentityLine] {
        switch prompt {
        case .filter:
            return [IdentityLine(text: "Enter keeps the filter; Esc clears it.", role: .muted)]
        case .inlinePolicy:
            let start = if trustingRoleARNs.isEmpty {
                "No role in the lab trusts this account yet: the draft starts empty."
            } else if form[1] == Self.emptyTemplate {
                "Start from: an empty statement (← → choose a role trusting this account instead)."
            } else {
                "Start from: the guide's policy allowing sts:AssumeRole on \(form[1]) (← → choose)."
            }
            return [IdentityLine(text: start, role: .muted),
                    IdentityLine(text: "Enter opens $EDITOR; the policy is checked when you save and quit it. Esc cancels.", role: .muted)]
        default:
            return [IdentityLine(text: "Enter runs it; Esc cancels; ↑ ↓ move between fields.", role: .muted)]
        }
    }
}
