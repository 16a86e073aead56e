import DisplayText
import IAMKit

extension ActivityPage {
    /// Where the list goes in the page's `body` (the detail uses the same box).
    static func listArea(in body: Rect, guided: Bool) -> Rect {
        let inner = body.inset(by: 1)
        let (_, rest) = inner.splitTop(guided ? 2 : 1)
        return rest.splitBottom(1).0
    }

    /// Draws the list or the open event, with the filter field or the live note at the bottom.
    public func render(into frame: inout Frame, area: Rect) {
        let inner = area.inset(by: 1)
        let (header, rest) = inner.splitTop(guided ? 2 : 1)
        let (content, footer) = rest.splitBottom(1)
        if let openEvent {
            renderDetail(openEvent, into: &frame, area: area, header: header, content: content)
        } else {
            renderList(into: &frame, area: area, header: header, content: content)
        }
        if let prompt {
            let label = prompt == .caller ? "Caller contains:" : "Action contains:"
            let used = frame.put(" " + label, row: footer.row, col: footer.col, role: .title, maxWidth: footer.width)
            field.render(into: &frame, row: footer.row, col: footer.col + used + 1,
                         width: max(1, footer.width - used - 2), focused: true)
        } else if let problem {
            frame.put(" " + problem, row: footer.row, col: footer.col, role: .danger, maxWidth: footer.width)
        } else {
            let note = openEvent == nil ? " Live: new calls appear at the top as they happen." : " Esc back to the list."
            frame.put(note, row: footer.row, col: footer.col, role: .muted, maxWidth: footer.width)
        }
    }

    private func renderList(into frame: inout Frame, area: Rect, header: Rect, content: Rect) {
        let count = shown.count == events.count ? "\(events.count)" : "\(shown.count) of \(events.count)"
        frame.panel(area, title: "Activity (\(count))")
        var col = header.col + 1
        for (name, value) in [("Caller: ", filter.caller.isEmpty ? "any" : filter.caller),
                              ("Action: ", filter.action.isEmpty ? "any" : filter.action),
                              ("Decision: ", filter.decision?.rawValue ?? "all")] where col < header.maxCol {
            col += frame.put(name, row: header.row, col: col, role: .muted, maxWidth: header.maxCol - col)
            col += frame.put(value, row: header.row, col: col, role: .text, maxWidth: min(24, max(0, header.maxCol - col)))
            col += 3
        }
        if guided {
            frame.put(" Every call to the lab, by anyone: the audit log, as CloudTrail's event history.",
                      row: header.row + 1, col: header.col, role: .info, maxWidth: header.width)
        }
        let columns = [ListColumn("Time (UTC)", width: 14), ListColumn("Result", width: 7),
                       ListColumn("Action", width: min(26, max(10, content.width / 3))), ListColumn("Caller")]
        let events = events
        let shown = shown
        ListView.render(into: &frame, area: content, columns: columns, count: shown.count, selection: selection) { index in
            let event = events[shown[index]]
            return [Self.shortTime(event.time), event.decision.rawValue, event.action, event.callerName]
        }
    }

    private func renderDetail(_ event: ActivityEvent, into frame: inout Frame, area: Rect, header: Rect, content: Rect) {
        frame.panel(area, title: "Activity › \(event.action)")
        frame.put(" \(event.decision.rawValue) · \(event.time.iso8601) · \(event.client)", row: header.row, col: header.col,
                  role: event.decision == .allowed ? .success : .danger, maxWidth: header.width)
        if guided {
            frame.put(" The event as the audit log holds it; ↑ ↓ scroll, Esc back.",
                      row: header.row + 1, col: header.col, role: .info, maxWidth: header.width)
        }
        let lines = Self.detailLines(event, width: max(1, content.width - 2))
        // When more lines follow, the last row says so, so a value wrapping past it is not cut unseen.
        let more = lines.count - detailTop > content.height
        let rows = more ? content.height - 1 : content.height
        for (offset, line) in lines.dropFirst(detailTop).prefix(max(0, rows)).enumerated() {
            frame.put(line.text, row: content.row + offset, col: content.col + 1, role: line.role, maxWidth: content.width - 2)
        }
        if more, rows >= 0 {
            frame.put("↓ \(lines.count - detailTop - rows) more lines (↓ scrolls)", row: content.row + rows, col: content.col + 1,
                      role: .muted, maxWidth: content.width - 2)
        }
    }

    /// `11-29 08:00:00`: the list's time column.
    static func shortTime(_ time: Timestamp) -> String {
        let text = time.iso8601
        guard text.count >= 19 else { return text }
        let characters = Array(text)
        return String(characters[5..<10]) + " " + String(characters[11..<19])
    }

    /// The open event's lines, wrapped to `width`: every value whole (long ARNs and messages
    /// wrap, none is cut), then the engine's reasons and the request parameters.
    static func detailLines(_ event: ActivityEvent, width: Int) -> [(text: String, role: StyleRole)] {
        var lines: [(text: String, role: StyleRole)] = []
        let labelWidth = 12
        func field(_ label: String, _ value: String?, role: StyleRole = .text) {
            guard let value, !value.isEmpty else { return }
            let wrapped = WordWrap.lines(value, width: max(1, width - labelWidth), breakingLongWords: true)
            for (index, piece) in wrapped.enumerated() {
                let prefix = index == 0 ? DisplayWidth.pad(label, to: labelWidth) : String(repeating: " ", count: labelWidth)
                lines.append((prefix + piece, role))
            }
        }
        field("Action", event.action)
        field("Result", event.decision.rawValue, role: event.decision == .allowed ? .success : .danger)
        field("Time", event.time.iso8601)
        field("Caller", event.callerARN)
        field("Type", event.callerType)
        field("Access key", event.accessKeyID)
        field("Account", event.accountID)
        field("Client", event.client)
        field("Event ID", event.eventID)
        field("Error", event.errorCode, role: .danger)
        field("Message", event.errorMessage, role: .danger)
        lines.append(("", .text))
        lines.append(("Why", .title))
        if event.explanation.isEmpty {
            let why = event.decision == .allowed
                ? "The call was allowed: every policy check it needed passed."
                : "The call failed before or outside a policy decision: see the error above."
            for piece in WordWrap.lines(why, width: width) { lines.append(("  " + piece, .muted)) }
        }
        for reason in event.explanation {
            let indent = reason.prefix { $0 == " " }.count + 2
            let role: StyleRole = reason.contains("Deny") || reason.contains("Denied") || reason.contains("did not") ? .danger : .text
            for piece in WordWrap.lines(reason, width: max(1, width - indent), breakingLongWords: true) {
                lines.append((String(repeating: " ", count: indent) + piece, role))
            }
        }
        if let parameters = event.requestParameters {
            lines.append(("", .text))
            lines.append(("Request parameters", .title))
            for piece in WordWrap.lines(parameters, width: max(1, width - 2), breakingLongWords: true) {
                lines.append(("  " + piece, .text))
            }
        }
        return lines
    }
}
