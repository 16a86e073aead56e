extension TableFormatter {
    /// Draws the sections (the AWS CLI's `MultiTable.render` with its plain styler).
    mutating func render() -> String {
        var sections = self.sections
        var width = Self.maxWidth(sections)
        if width > terminalWidth {
            sections = sections.map(Self.vertical)
            width = Self.maxWidth(sections)
        }
        var out = String(repeating: "-", count: width) + "\n"
        for section in sections { Self.render(section, maxWidth: width, colored: colored, into: &out) }
        return out
    }

    private static func maxWidth(_ sections: [TableSection]) -> Int {
        sections.map { $0.totalWidth(padding: 4, outerPadding: $0.indentLevel) }.max() ?? 0
    }

    /// A one-row section with headers becomes one row per header: `[header, value]`.
    private static func vertical(_ section: TableSection) -> TableSection {
        guard section.rows.count == 1, !section.headers.isEmpty else { return section }
        var converted = TableSection()
        converted.title = section.title
        converted.indentLevel = section.indentLevel
        converted.measure = section.measure
        for (header, cell) in zip(section.headers, section.rows[0]) { _ = converted.addRow([header, cell]) }
        return converted
    }

    /// `--color on`: the AWS CLI's `ColorizedStyler` (colorama): cells bright blue, the
    /// indentation bars dim yellow; titles and headers stay plain.
    static func styleCell(_ text: String, colored: Bool) -> String {
        colored ? "\u{1B}[1m\u{1B}[34m" + text + "\u{1B}[0m" : text
    }

    private static func styleIndentation(_ text: String, colored: Bool) -> String {
        colored ? "\u{1B}[2m\u{1B}[33m" + text + "\u{1B}[0m" : text
    }

    private static func render(_ section: TableSection, maxWidth total: Int, colored: Bool, into out: inout String) {
        let width = total - section.indentLevel * 2
        var lines: [String] = []
        if !section.title.isEmpty {
            lines.append(center(section.title, width: width, left: "|", right: "|", in: section))
            if section.headers.isEmpty, section.rows.isEmpty {
                lines.append("+" + String(repeating: "-", count: max(width - 2, 0)) + "+")
            }
        }
        if !section.headers.isEmpty {
            let widths = section.columnWidths(padding: 4, maxWidth: width)
            lines.append(lineBreak(widths))
            var line = ""
            for (index, (columnWidth, header)) in zip(widths, section.headers).enumerated() {
                line += center(header, width: columnWidth, left: index == 0 ? "|" : "", right: "|", in: section)
            }
            lines.append(line)
        }
        if !section.rows.isEmpty {
            let widths = section.columnWidths(padding: 4, maxWidth: width)
            if !widths.isEmpty {
                lines.append(lineBreak(widths))
                for row in section.rows {
                    var line = ""
                    for (index, (columnWidth, cell)) in zip(widths, row).enumerated() {
                        line += alignLeft(cell, width: columnWidth, left: index == 0 ? "|" : "", right: "|", in: section, colored: colored)
                    }
                    lines.append(line)
                }
                lines.append(lineBreak(widths))
            }
        }
        let edge = String(repeating: styleIndentation("|", colored: colored), count: section.indentLevel)
        for line in lines { out += edge + line + edge + "\n" }
    }

    private static func lineBreak(_ widths: [Int]) -> String {
        var parts = ""
        for (index, width) in widths.enumerated() {
            parts += index == 0 ? "+" + String(repeating: "-", count: max(width - 2, 0)) + "+"
                : String(repeating: "-", count: max(width - 1, 0)) + "+"
        }
        return parts
    }

    private static func center(_ text: String, width: Int, left: String, right: String, in section: TableSection) -> String {
        let length = section.width(text)
        let start = max(width / 2 - length / 2 - 1, 0)
        let soFar = left.count + start + length
        let rightSpaces = max(width - right.count - soFar, 0)
        return left + String(repeating: " ", count: start) + text + String(repeating: " ", count: rightSpaces) + right
    }

    private static func alignLeft(_ text: String, width: Int, left: String, right: String, in section: TableSection,
                                  colored: Bool = false) -> String {
        let length = section.width(text)
        let padding = width - (length + 2 + left.count + right.count) >= 0 ? 2 : 0
        let soFar = left.count + padding + length
        return left + String(repeating: " ", count: padding) + styleCell(text, colored: colored)
            + String(repeating: " ", count: max(width - soFar - right.count, 0)) + right
    }
}
