import DisplayText
extension RolesPage {
    /// Draws the list or the open role, then whatever is on top (prompt, picker, draft).
    public func render(into frame: inout Frame, area: Rect) {
        if let draft {
            DraftPanel.render(into: &frame, area: area, draft: draft)
            return
        }
        let layout = RolesLayout(area, page: self)
        if let detail {
            frame.panel(area, title: "Roles › \(detail.role.roleName)")
            RoleDetailView.render(into: &frame, layout: layout, detail: detail, guided: options.guided)
        } else {
            renderList(into: &frame, area: area, layout: layout)
        }
        renderFooter(into: &frame, layout: layout)
        if let prompt, case .confirmDelete(let role) = prompt.purpose {
            renderDeleteDialog(into: &frame, area: area, role: role, field: prompt.field)
        }
        if let picker {
            picker.render(into: &frame, area: area)
        }
    }

    private func renderList(into frame: inout Frame, area: Rect, layout: RolesLayout) {
        frame.panel(area, title: "Roles (\(shown.count)\(filter.isEmpty ? "" : " of \(rows.count)"))")
        let header = layout.header
        var col = header.col + 1
        col += frame.put("Sort: ", row: header.row, col: col, role: .muted)
        col += frame.put(sort.rawValue, row: header.row, col: col, role: .text)
        if !filter.isEmpty {
            col += frame.put("   Filter: ", row: header.row, col: col, role: .muted)
            frame.put(filter, row: header.row, col: col, role: .text, maxWidth: max(0, header.maxCol - col))
        }
        if options.guided {
            frame.put(" A role is assumed by others; its trust policy says who may. Enter opens one.",
                      row: header.row + 1, col: header.col, role: .info, maxWidth: header.width)
        }
        let wide = layout.content.width >= 100
        var columns = [ListColumn("Role name"), ListColumn("Trusted entities", width: wide ? 34 : 24)]
        if wide { columns.append(ListColumn("Created", width: 16)) }
        columns.append(ListColumn("Last used", width: 16))
        let rows = rows
        let shown = shown
        ListView.render(into: &frame, area: layout.content, columns: columns, count: shown.count, selection: selection,
                        empty: list.emptyText) { index in
            let row = rows[shown[index]]
            var cells = [row.name, row.trustedEntities]
            if wide { cells.append(row.created.shortDisplay) }
            cells.append(row.lastUsed?.shortDisplay ?? "never")
            return cells
        }
        if shown.count > layout.content.height - 1 {
            let position = " \(selection.selected + 1)/\(shown.count) "
            frame.put(position, row: area.maxRow - 1, col: area.maxCol - DisplayWidth.of(position) - 2, role: .muted)
        }
    }

    private func renderFooter(into frame: inout Frame, layout: RolesLayout) {
        let footer = layout.footer
        if let prompt {
            if case .confirmDelete = prompt.purpose {} else {
                prompt.field.render(into: &frame, row: footer.row, col: footer.col + 1, width: footer.width - 2)
                return
            }
        }
        if let message {
            frame.put(" " + message.text, row: footer.row, col: footer.col, role: message.role, maxWidth: footer.width)
        }
    }

    /// The AWS console's deletion dialog: the role's name must be typed to confirm.
    private func renderDeleteDialog(into frame: inout Frame, area: Rect, role: String, field: TextPrompt) {
        let width = min(area.width - 4, 70)
        let box = area.centered(width: width, height: 8)
        let inner = frame.panel(box, title: "Delete \(role)?", titleRole: .danger, fill: .overlay)
        frame.put(" The role and its trust policy are deleted; this cannot be undone.", row: inner.row,
                  col: inner.col, role: .overlay, maxWidth: inner.width)
        frame.put(" Attached policies must be detached first, as in IAM.", row: inner.row + 1,
                  col: inner.col, role: .overlay, maxWidth: inner.width)
        field.render(into: &frame, row: inner.row + 3, col: inner.col + 1, width: inner.width - 2)
        if let message {
            frame.put(" " + message.text, row: inner.row + 4, col: inner.col, role: message.role, maxWidth: inner.width)
        }
        var col = inner.col + 1
        col += frame.put("Enter", row: inner.maxRow - 1, col: col, role: .keyHint)
        col += frame.put(" delete   ", row: inner.maxRow - 1, col: col, role: .overlay)
        col += frame.put("Esc", row: inner.maxRow - 1, col: col, role: .keyHint)
        frame.put(" cancel", row: inner.maxRow - 1, col: col, role: .overlay)
    }
}
