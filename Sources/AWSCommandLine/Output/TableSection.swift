/// One boxed section of `--output table`: a title, optional column headers and rows, indented
/// by its nesting level (the AWS CLI's `table.Section`).
struct TableSection {
    var title = ""
    var headers: [String] = []
    var rows: [[String]] = []
    var indentLevel = 0
    /// How cells are measured: as the AWS CLI counts, or as the terminal draws.
    var measure = TableMeasure.awsCLI
    private(set) var maxWidths: [Int] = []
    /// The number of columns, fixed by the first header or row, as `table.Section` fixes it.
    private(set) var columnCount: Int?

    mutating func setHeaders(_ headers: [String]) {
        updateWidths(headers)
        if columnCount == nil { columnCount = headers.count }
        self.headers = headers
    }

    /// Adds a row; a row of another length is refused with the AWS CLI's `ValueError` text
    /// (`Row should have 2 elements, instead it has 1`), which a query can provoke.
    mutating func addRow(_ row: [String]) -> String? {
        if let columnCount, row.count != columnCount {
            return "Row should have \(columnCount) elements, instead it has \(row.count)"
        }
        if columnCount == nil { columnCount = row.count }
        rows.append(row)
        updateWidths(row)
        return nil
    }

    private mutating func updateWidths(_ row: [String]) {
        if maxWidths.isEmpty {
            maxWidths = row.map(width)
        } else {
            for (index, cell) in row.enumerated() where index < maxWidths.count {
                maxWidths[index] = max(maxWidths[index], width(cell))
            }
        }
    }

    /// Column widths with `padding` added, scaled to fill `maxWidth` exactly as the AWS CLI
    /// scales them (round, then fix the remainder from the left or the right).
    func columnWidths(padding: Int, maxWidth: Int?) -> [Int] {
        let unscaled = maxWidths.map { $0 + padding }
        guard let maxWidth, !unscaled.isEmpty else { return unscaled }
        let factor = Double(maxWidth) / Double(unscaled.reduce(0, +))
        var scaled = unscaled.map { Self.roundHalfEven(factor * Double($0)) }
        var offBy = scaled.reduce(0, +) - maxWidth
        while offBy != 0 {
            let order = offBy < 0 ? Array(scaled.indices.reversed()) : Array(scaled.indices)
            for index in order {
                if offBy > 0 {
                    scaled[index] -= 1
                    offBy -= 1
                } else {
                    scaled[index] += 1
                    offBy += 1
                }
                if offBy == 0 { break }
            }
        }
        return scaled
    }

    /// Python's `round()` for the non-negative widths here (half to even), without libm.
    static func roundHalfEven(_ value: Double) -> Int {
        let whole = Int(value)
        let fraction = value - Double(whole)
        if fraction > 0.5 { return whole + 1 }
        if fraction < 0.5 { return whole }
        return whole % 2 == 0 ? whole : whole + 1
    }

    /// The width the section needs with borders and its indentation.
    func totalWidth(padding: Int, outerPadding: Int) -> Int {
        let columns = columnWidths(padding: 0, maxWidth: nil).reduce(0) { $0 + $1 + padding } + 2 + 2 * outerPadding
        return max(width(title) + 2 + 2 * outerPadding, columns)
    }

    /// Columns `text` takes, as this section's measure counts them.
    func width(_ text: String) -> Int {
        measure.width(text)
    }
}
