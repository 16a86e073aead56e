import DisplayText
import IAMKit

/// The tabs of an open role.
enum RoleDetailView {
    static func render(into frame: inout Frame, layout: RolesLayout, detail: RoleDetail, guided: Bool) {
        renderTabs(into: &frame, row: layout.header.row, area: layout.header, current: detail.tab)
        if guided {
            frame.put(" " + explanation(detail.tab), row: layout.header.row + 1, col: layout.header.col, role: .info,
                      maxWidth: layout.header.width)
        }
        switch detail.tab {
        case .permissions: permissions(into: &frame, layout: layout, detail: detail)
        case .trust: trust(into: &frame, layout: layout, detail: detail)
        case .whoCanAssume: whoCanAssume(into: &frame, area: layout.content, detail: detail)
        case .details: details(into: &frame, area: layout.content, detail: detail)
        case .tags: TagEditor.render(detail.role.tags, selection: detail.selection, into: &frame, area: layout.content)
        }
    }

    /// The tab strip; brackets mark the current tab so it shows without colour.
    private static func renderTabs(into frame: inout Frame, row: Int, area: Rect, current: RoleDetail.Tab) {
        var col = area.col + 1
        for tab in RoleDetail.Tab.allCases {
            let active = tab == current
            let label = active ? "[\(tab.rawValue)]" : " \(tab.rawValue) "
            col += frame.put(label, row: row, col: col, role: active ? .tabActive : .tab, maxWidth: max(0, area.maxCol - col)) + 1
        }
    }

    private static func explanation(_ tab: RoleDetail.Tab) -> String {
        switch tab {
        case .permissions: "What the role's sessions may do: attached managed and inline policies."
        case .trust: "Who may assume the role. Deleted principals show as IDs, matching nobody."
        case .whoCanAssume: "Lab principals the trust admits, checked with the policy engine."
        case .details: "The role's identity. The name cannot change; the description can."
        case .tags: "Key-value labels: conditions can test them (aws:ResourceTag, iam:ResourceTag)."
        }
    }

    private static func permissions(into frame: inout Frame, layout: RolesLayout, detail: RoleDetail) {
        let split = layout.permissionsSplit
        let rows = detail.permissions
        let wide = split.list.width >= 100
        var columns = [ListColumn("Policy name"), ListColumn("Type", width: 17)]
        if wide { columns.append(ListColumn("ARN", width: 50)) }
        ListView.render(into: &frame, area: split.list, columns: columns, count: rows.count, selection: detail.selection) { index in
            wide ? [rows[index].name, rows[index].source.rawValue, rows[index].arn ?? "—"] : [rows[index].name, rows[index].source.rawValue]
        }
        if rows.isEmpty {
            frame.put("  No policies: a  attaches one, i  writes an inline policy.", row: split.list.row + 1,
                      col: split.list.col, role: .muted, maxWidth: split.list.width)
        }
        guard let selected = detail.selectedPermission, split.document.height > 1 else { return }
        frame.horizontalLine(row: split.document.row - 1, col: split.document.col, width: split.document.width)
        frame.put(" \(selected.name) ", row: split.document.row - 1, col: split.document.col + 2, role: .title,
                  maxWidth: max(0, split.document.width - 4))
        JSONView.renderWrapped(into: &frame, area: split.document, lines: JSONView.lines(selected.document))
    }

    private static func trust(into frame: inout Frame, layout: RolesLayout, detail: RoleDetail) {
        let split = layout.trustSplit
        for (offset, note) in layout.trustNotes.prefix(split.notes.height).enumerated() {
            frame.put(" " + note, row: split.notes.row + offset, col: split.notes.col, role: .warning, maxWidth: split.notes.width)
        }
        let lines = JSONView.lines(detail.role.assumeRolePolicyDocument, flagged: Set(detail.deletedPrincipals))
        JSONView.renderWrapped(into: &frame, area: split.document, lines: lines, top: detail.selection.top)
    }

    private static func whoCanAssume(into frame: inout Frame, area: Rect, detail: RoleDetail) {
        guard let entries = detail.whoCanAssume else {
            frame.put(" Computing…", row: area.row, col: area.col, role: .muted)
            return
        }
        let ready = entries.filter(\.canAssume).count
        frame.put(" Admitted by the trust policy: \(entries.count). Able to assume it: \(ready) (given MFA/external ID).",
                  row: area.row, col: area.col, role: .info, maxWidth: area.width)
        let (list, below) = Rect(row: area.row + 1, col: area.col, width: area.width, height: area.height - 1)
            .splitTop(min(max(2, entries.count + 1), (area.height - 1) / 2))
        ListView.render(into: &frame, area: list,
                        columns: [ListColumn("Principal"), ListColumn("Kind", width: 4), ListColumn("Can assume", width: 10)],
                        count: entries.count, selection: detail.selection) { index in
            let entry = entries[index]
            return [entry.principalARN, entry.kind.rawValue, entry.canAssume ? "yes" : "not yet"]
        }
        if !detail.otherPrincipals.isEmpty {
            let others = "Also trusted, outside the lab's identities: " + detail.otherPrincipals.joined(separator: ", ")
            frame.put(" " + others, row: area.maxRow - 1, col: area.col, role: .muted, maxWidth: area.width)
        }
        guard entries.indices.contains(detail.selection.selected) else {
            frame.put("  Nobody in the lab: the trust policy admits no existing user or role.", row: list.row + 1,
                      col: list.col, role: .muted, maxWidth: list.width)
            return
        }
        let entry = entries[detail.selection.selected]
        frame.horizontalLine(row: below.row, col: below.col, width: below.width)
        let needs = entry.needs.isEmpty ? ["nothing more: its own policies allow sts:AssumeRole"] : entry.needs
        var row = below.row + 1
        for (index, need) in needs.enumerated() {
            for line in WordWrap.lines((index == 0 ? "Needs: " : "       ") + "• " + need, width: below.width - 2) where row < below.maxRow {
                frame.put(" " + line, row: row, col: below.col, role: entry.canAssume ? .text : .warning, maxWidth: below.width)
                row += 1
            }
        }
    }

    private static func details(into frame: inout Frame, area: Rect, detail: RoleDetail) {
        detailFields(detail.role, findings: detail.escalationFindings).render(into: &frame, area: area, top: detail.selection.selected)
    }

    /// The Details tab's fields: long values wrap (ARNs split anywhere, prose at spaces).
    static func detailFields(_ role: Role, findings: [String]) -> DetailFields {
        let hours = role.maxSessionDuration / 3600
        var fields: [DetailFields.Field] = [
            .init("Role name", role.roleName + "  (cannot be changed)", isIdentifier: true),
            .init("ARN", role.arn, isIdentifier: true),
            .init("Role ID", role.roleID, isIdentifier: true),
            .init("Path", role.path, isIdentifier: true),
            .init("Created", role.createDate.iso8601),
            .init("Last used", role.lastUsedDate.map { "\($0.iso8601) (\(role.lastUsedRegion ?? "us-east-1"))" } ?? "never"),
            .init("Max session duration", "\(hours) hour\(hours == 1 ? "" : "s") (\(role.maxSessionDuration) seconds)"),
            .init("Description", role.description.flatMap { $0.isEmpty ? nil : $0 } ?? "(none; e edits it)"),
            .init("Tags", role.tags.isEmpty ? "(none; t adds one)" : "\(role.tags.count) (Tags tab)"),
        ]
        for (offset, finding) in findings.enumerated() {
            fields.append(.init(offset == 0 ? "Privilege escalation" : "", finding, role: .warning))
        }
        return DetailFields(fields)
    }
}
