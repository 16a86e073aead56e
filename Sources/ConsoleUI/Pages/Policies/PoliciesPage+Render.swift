extension PoliciesPage {
    /// Draws the list or the open policy, with the prompt or message on the last line.
    public func render(into frame: inout Frame, area: Rect) {
        if let draft {
            DraftPanel.render(into: &frame, area: area, draft: draft)
            return
        }
        let (header, content, footer) = layout(area)
        if let detail {
            renderDetail(detail, into: &frame, area: area, header: header, content: content)
        } else {
            renderList(into: &frame, area: area, header: header, content: content)
        }
        if let prompt {
            prompt.field.render(into: &frame, row: footer.row, col: footer.col + 1, width: footer.width - 2)
        } else if let message {
            frame.put(" " + message.text, row: footer.row, col: footer.col, role: message.role, maxWidth: footer.width)
        }
    }

    private func renderList(into frame: inout Frame, area: Rect, header: Rect, content: Rect) {
        frame.panel(area, title: "Policies (\(list.count)\(list.count == list.rows.count ? "" : " of \(list.rows.count)"))")
        var col = header.col + 1
        col += frame.put("Type: ", row: header.row, col: col, role: .muted)
        col += frame.put(scope.rawValue, row: header.row, col: col, role: .text)
        if !filter.isEmpty {
            col += frame.put("   Filter: ", row: header.row, col: col, role: .muted)
            frame.put(filter, row: header.row, col: col, role: .text, maxWidth: max(0, header.maxCol - col))
        }
        if options.guided {
            frame.put(" Managed policies attach to many identities; AWS managed ones are read-only.",
                      row: header.row + 1, col: header.col, role: .info, maxWidth: header.width)
        }
        let wide = content.width >= 100
        var columns = [ListColumn("Policy name", width: wide ? 34 : nil), ListColumn("Type", width: 16),
                       ListColumn("Attached", width: 8)]
        if wide { columns.append(ListColumn("Description")) }
        let list = list
        ListView.render(into: &frame, area: content, columns: columns, count: list.count, selection: list.selection,
                        empty: list.emptyText) { index in
            let policy = list[shownAt: index].info
            var cells = [policy.policyName, PolicyPicker.typeName(of: policy.arn), String(policy.attachmentCount)]
            if wide { cells.append(policy.description ?? "") }
            return cells
        }
    }

    private func renderDetail(_ detail: PolicyDetail, into frame: inout Frame, area: Rect, header: Rect, content: Rect) {
        frame.panel(area, title: "Policies › \(detail.info.policyName)")
        let info = detail.info
        let type = PolicyPicker.typeName(of: info.arn)
        frame.put(" \(type) · version \(info.defaultVersionID) (of \(detail.versionCount)) · attached \(info.attachmentCount)×",
                  row: header.row, col: header.col, role: .muted, maxWidth: header.width)
        if options.guided {
            frame.put(detail.isAWSManaged ? " AWS managed: read-only. Attach it from a role's Permissions tab."
                                          : " e writes a new default version in $EDITOR (at most five versions).",
                      row: header.row + 1, col: header.col, role: .info, maxWidth: header.width)
        }
        var lines: [(String, String)] = [("ARN", info.arn)]
        if Self.factRows(contentHeight: content.height) == 5 {
            lines += [("Policy ID", info.policyID), ("Created", info.createDate.iso8601), ("Updated", info.updateDate.iso8601)]
        }
        lines.append(("Description", info.description ?? "—"))
        for (offset, line) in lines.enumerated() {
            frame.put(" " + line.0, row: content.row + offset, col: content.col, role: .muted, maxWidth: 13)
            frame.put(line.1, row: content.row + offset, col: content.col + 14, role: .text, maxWidth: max(0, content.width - 14))
        }
        let separator = content.row + lines.count
        frame.horizontalLine(row: separator, col: content.col, width: content.width)
        frame.put(" Policy document ", row: separator, col: content.col + 2, role: .title)
        // Wrapped, as the Roles page shows a trust policy: a long ARN or condition is read
        // whole, never cut at the panel's edge.
        JSONView.renderWrapped(into: &frame, area: Self.documentArea(content), lines: JSONView.lines(detail.document), top: detail.top)
    }

    /// The page's header, content and footer (prompt or message) rows inside its panel.
    func layout(_ area: Rect) -> (header: Rect, content: Rect, footer: Rect) {
        let (header, rest) = area.inset(by: 1).splitTop(options.guided ? 2 : 1)
        let (content, footer) = rest.splitBottom(1)
        return (header, content, footer)
    }

    /// Rows of an open policy's facts above its document: ARN and description, and its ID and
    /// dates when the page is tall enough.
    static func factRows(contentHeight: Int) -> Int { contentHeight >= 16 ? 5 : 2 }

    /// Where an open policy's document is drawn: below its facts and their separator.
    static func documentArea(_ content: Rect) -> Rect {
        let top = content.row + factRows(contentHeight: content.height) + 1
        return Rect(row: top, col: content.col, width: content.width, height: max(0, content.maxRow - top))
    }
}
