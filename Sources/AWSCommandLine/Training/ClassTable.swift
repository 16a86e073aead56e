import IAMPolicy

/// `lab class` output: a table for the trainer's screen, CSV for a spreadsheet, or the JSON.
enum ClassTable {
    static let columns = ["Owner", "Exercise", "Done", "Last activity", "Stuck on", "Lab"]

    /// Renders the class report in `format` (`table`, `csv`, `json`).
    static func render(_ report: JSONValue, format: String) throws(CommandError) -> String {
        let rows = (report["Labs"]?.arrayValue ?? []).map(cells)
        switch format {
        case "json":
            return JSONWriter.string(for: report, style: .awsCLI) + "\n"
        case "csv":
            return ([columns] + rows).map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
        default:
            if rows.isEmpty { return "No labs match.\n" }
            let widths = columns.indices.map { column in ([columns] + rows).map { $0[column].count }.max() ?? 0 }
            let line = { (cells: [String]) in
                zip(cells, widths).map { $0.0.padding(toLength: $0.1) }.joined(separator: "  ").trimmedRight()
            }
            return ([line(columns)] + [line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)).joined(separator: "\n") + "\n"
        }
    }

    /// One lab's cells, in the order of `columns`.
    static func cells(_ row: JSONValue) -> [String] {
        let passed = row["TasksPassed"]?.doubleValue.map { String(Int($0)) }
        let total = row["TasksTotal"]?.doubleValue.map { String(Int($0)) }
        let done = passed.flatMap { p in total.map { "\(p)/\($0)" } } ?? "-"
        var stuck = row["Complete"] == .bool(true) ? "(complete)" : row["StuckOn"]?.stringValue ?? "-"
        if let error = row["Error"]?.stringValue { stuck = "! " + error }
        return [row["Owner"]?.stringValue ?? "?", row["Exercise"]?.stringValue ?? "-", done,
                row["LastActivity"]?.stringValue ?? "-", stuck, row["Lab"]?.stringValue ?? ""].map(printable)
    }

    /// Text from a trainee's lab (titles, paths) with control characters shown as `?`, so a
    /// crafted lab cannot drive the trainer's terminal.
    static func printable(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : Character($0) })
    }

    /// RFC 4180 quoting (lines end in \\n, not \\r\\n: no carriage return reaches a terminal): a field with a comma, quote or line break is quoted, quotes doubled.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}

private extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }

    func trimmedRight() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
