import DisplayText

/// One screen row of a wrapped policy document.
public struct JSONRow: Hashable, Sendable {
    /// The spans on the row (a continuation row starts with the `↪` marker).
    public var spans: [JSONSpan]
    /// The document line (1-based) this row shows.
    public var line: Int
    /// Whether the row continues the line above (no line number in the gutter).
    public var isContinuation: Bool
}

/// Long lines of a document wrap instead of being cut: a continuation row sits under the
/// line's own indentation, marked `↪`, so a long ARN or action list stays whole and readable.
/// Rows break after a space, `,`, `/` or `:` in the row's second half when there is one, else at
/// the row's last column (an ARN has no spaces).
extension JSONView {
    /// The continuation marker.
    static let continuation = "↪ "

    /// Columns the line-number gutter takes in an area `width` columns wide.
    static func gutterWidth(lineCount: Int, width: Int, numbered: Bool) -> Int {
        numbered && width >= 40 ? max(3, String(lineCount).count) + 2 : 0
    }

    /// `lines` as rows at most `width` columns wide.
    public static func rows(_ lines: [[JSONSpan]], width: Int) -> [JSONRow] {
        let width = max(8, width)
        var rows: [JSONRow] = []
        for (index, line) in lines.enumerated() {
            let cells = line.flatMap { span in span.text.map { (character: $0, role: span.role) } }
            let indent = min(cells.prefix { $0.character == " " }.count, width / 2)
            var start = 0
            var first = true
            repeat {
                let room = first ? width : width - indent - DisplayWidth.of(continuation)
                let end = breakPoint(cells, from: start, room: max(1, room))
                var spans: [JSONSpan] = first ? [] : [JSONSpan(String(repeating: " ", count: indent), role: .text),
                                                      JSONSpan(continuation, role: .muted)]
                for cell in cells[start..<end] {
                    if let last = spans.last, last.role == cell.role, !(spans.count <= 2 && !first) {
                        spans[spans.count - 1].text.append(cell.character)
                    } else {
                        spans.append(JSONSpan(String(cell.character), role: cell.role))
                    }
                }
                rows.append(JSONRow(spans: spans, line: index + 1, isContinuation: !first))
                start = end
                first = false
            } while start < cells.count
        }
        return rows
    }

    /// Where the row starting at `start` ends: as many cells as fit in `room` columns, cut after
    /// a break-friendly character in the row's second half when the line goes on.
    private static func breakPoint(_ cells: [(character: Character, role: StyleRole)], from start: Int, room: Int) -> Int {
        var used = 0
        var end = start
        while end < cells.count {
            let width = DisplayWidth.of(String(cells[end].character))
            if used + width > room { break }
            used += width
            end += 1
        }
        guard end < cells.count else { return end }
        if end == start { return start + 1 }  // a character wider than the row: it goes alone
        let half = start + (end - start) / 2
        if let friendly = (half..<end).last(where: { [" ", ",", "/", ":"].contains(cells[$0].character) }) {
            return friendly + 1
        }
        return end
    }

    /// Rows the document takes when drawn wrapped into an area `width` columns wide.
    public static func rowCount(_ lines: [[JSONSpan]], width: Int, numbered: Bool = true) -> Int {
        rows(lines, width: width - gutterWidth(lineCount: lines.count, width: width, numbered: numbered) - 1).count
    }

    /// Draws `lines` wrapped into `area` from row `top`, line numbers on each line's first row;
    /// `▲` / `▼` at the right edge say rows are hidden above or below.
    public static func renderWrapped(into frame: inout Frame, area: Rect, lines: [[JSONSpan]], top: Int = 0,
                                     numbered: Bool = true) {
        guard !area.isEmpty else { return }
        let gutter = gutterWidth(lineCount: lines.count, width: area.width, numbered: numbered)
        let all = rows(lines, width: area.width - gutter - 1)
        let first = max(0, min(top, all.count - area.height))
        for (offset, row) in all.dropFirst(first).prefix(area.height).enumerated() {
            let y = area.row + offset
            if gutter > 0, !row.isContinuation {
                let number = String(row.line)
                frame.put(String(repeating: " ", count: max(0, gutter - 1 - number.count)) + number + " ", row: y, col: area.col,
                          role: .muted, maxWidth: gutter)
            }
            var col = area.col + gutter
            for span in row.spans where col < area.maxCol {
                col += frame.put(span.text, row: y, col: col, role: span.role, maxWidth: area.maxCol - col)
            }
        }
        if first > 0 { frame.put("▲", row: area.row, col: area.maxCol - 1, role: .muted) }
        if first + area.height < all.count { frame.put("▼", row: area.maxRow - 1, col: area.maxCol - 1, role: .muted) }
    }
}
