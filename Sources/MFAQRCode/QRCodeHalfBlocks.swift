/// The QR code as terminal text: each character cell shows two module rows with Unicode half
/// blocks (`▀`, `▄`, `█`, space), so a 33-module code with a one-module quiet zone takes 35
/// columns and 18 lines and fits an 80×24 screen. Pure: the console draws the lines.
extension QRCodeMatrix {
    /// The lines, top to bottom, with a quiet zone of `border` light modules on every side.
    /// `inkIsLight`: draw the *light* modules with blocks, for a terminal whose text is light on
    /// dark (the usual case); phones then see dark modules on a light code, as printed.
    public func halfBlockLines(border: Int = 1, inkIsLight: Bool = true) -> [String] {
        let range = -border..<(size + border)
        func ink(_ x: Int, _ y: Int) -> Bool {
            // Rows below the last one (an odd total) count as terminal background, never ink.
            guard y < size + border else { return false }
            return isDark(x: x, y: y) != inkIsLight
        }
        return stride(from: -border, to: size + border, by: 2).map { top in
            String(range.map { x -> Character in
                switch (ink(x, top), ink(x, top + 1)) {
                case (true, true): "█"
                case (true, false): "▀"
                case (false, true): "▄"
                case (false, false): " "
                }
            })
        }
    }

    /// The module matrix read back from `halfBlockLines` (tests prove both show one code).
    public static func fromHalfBlockLines(_ lines: [String], border: Int = 1, inkIsLight: Bool = true) -> QRCodeMatrix? {
        let rows: [[Bool]] = lines.flatMap { line -> [[Bool]] in
            let cells = Array(line)
            return [cells.map { $0 == "█" || $0 == "▀" }, cells.map { $0 == "█" || $0 == "▄" }]
        }
        guard let width = rows.first?.count, width > 2 * border else { return nil }
        let size = width - 2 * border
        guard rows.count >= size + border else { return nil }
        var modules: [Bool] = []
        for y in 0..<size {
            for x in 0..<size { modules.append(rows[y + border][x + border] != inkIsLight) }
        }
        return QRCodeMatrix(size: size, modules: modules)
    }
}
