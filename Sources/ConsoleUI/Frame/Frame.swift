import DisplayText
/// A screenful of cells: what a page renders into and what the terminal presents.
///
/// Frames are values built from state alone; the terminal compares them with what is on the
/// screen and sends only the difference. All text written through `put` is sanitized first,
/// so data can never smuggle control sequences to the terminal.
public struct Frame: Hashable, Sendable {
    /// The frame's size in cells.
    public let size: Size
    /// Cells row by row.
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (a text field being edited), if anywhere.
    public var cursor: (row: Int, col: Int)? {
        get { cursorCell.map { ($0 / max(1, size.width), $0 % max(1, size.width)) } }
        set { cursorCell = newValue.map { $0.row * size.width + $0.col } }
    }
    private var cursorCell: Int?

    /// A blank frame of `size` in role `role`.
    public init(size: Size, role: StyleRole = .text) {
        self.size = size
        self.cells = Array(repeating: Cell(" ", role: role), count: size.width * size.height)
    }

    /// The cell at `row`, `col` (a blank cell outside the frame).
    public subscript(row: Int, col: Int) -> Cell {
        guard contains(row: row, col: col) else { return .blank }
        return cells[row * size.width + col]
    }

    /// The cells of one row.
    public func row(_ row: Int) -> ArraySlice<Cell> {
        guard row >= 0, row < size.height else { return [] }
        return cells[(row * size.width)..<((row + 1) * size.width)]
    }

    /// Whether the position is inside the frame.
    public func contains(row: Int, col: Int) -> Bool {
        row >= 0 && row < size.height && col >= 0 && col < size.width
    }

    /// Writes `text` (sanitized) from `row`, `col`, clipped to the frame and to `maxWidth`
    /// columns. Returns the number of columns written. Text that does not fit ends in `…` in
    /// its last column, so nothing is cut without notice; wide characters that do not fit whole
    /// are left out rather than split.
    @discardableResult
    public mutating func put(_ text: String, row: Int, col: Int, role: StyleRole, maxWidth: Int? = nil) -> Int {
        guard row >= 0, row < size.height, col < size.width else { return 0 }
        let limit = min(size.width, col + (maxWidth ?? size.width))
        guard limit > col else { return 0 }
        var x = col
        let safe = Sanitizer.line(text)
        if DisplayWidth.isFastASCII(safe) {
            let fits = safe.utf8.count <= limit - col
            for byte in safe.utf8 {
                if x >= limit - (fits ? 0 : 1) { break }
                if x >= 0 { setCell(row: row, col: x, Cell(String(UnicodeScalar(byte)), role: role)) }
                x += 1
            }
            if !fits {
                if x >= 0 { setCell(row: row, col: x, Cell("…", role: role)) }
                x += 1
            }
            return max(0, x - col)
        }
        let fits = DisplayWidth.of(safe) <= limit - col
        let end = limit - (fits ? 0 : 1)
        for character in safe {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if x + width > end { break }
            if x >= 0 {
                setCell(row: row, col: x, Cell(String(character), role: role))
                for extra in 1..<width { setCell(row: row, col: x + extra, Cell("", role: role)) }
            }
            x += width
        }
        if !fits {
            if x >= 0 { setCell(row: row, col: x, Cell("…", role: role)) }
            x += 1
        }
        return max(0, x - col)
    }

    /// Copies `source`'s cells in `sourceRect` to this frame with their top-left at `row`, `col`
    /// (clipped to both frames), and the cursor with them when it lies in `sourceRect`. Views
    /// that scroll draw into a tall scratch frame and copy the visible window.
    public mutating func copy(from source: Frame, sourceRect: Rect, toRow row: Int, col: Int) {
        for dy in 0..<max(0, sourceRect.height) {
            let (fromRow, toRow) = (sourceRect.row + dy, row + dy)
            guard fromRow >= 0, fromRow < source.size.height, toRow >= 0, toRow < size.height else { continue }
            for dx in 0..<max(0, sourceRect.width) {
                let (fromCol, toCol) = (sourceRect.col + dx, col + dx)
                guard fromCol >= 0, fromCol < source.size.width, toCol >= 0, toCol < size.width else { continue }
                cells[toRow * size.width + toCol] = source.cells[fromRow * source.size.width + fromCol]
            }
        }
        if let cursor = source.cursor, sourceRect.contains(row: cursor.row, col: cursor.col) {
            self.cursor = (row + cursor.row - sourceRect.row, col + cursor.col - sourceRect.col)
        }
    }

    /// Changes the role of cells without touching their text (e.g. highlighting a row).
    public mutating func setRole(_ role: StyleRole, in rect: Rect) {
        for r in max(0, rect.row)..<min(size.height, rect.maxRow) {
            for c in max(0, rect.col)..<min(size.width, rect.maxCol) {
                cells[r * size.width + c].role = role
            }
        }
    }

    /// Fills `rect` with `character` in `role`.
    public mutating func fill(_ rect: Rect, role: StyleRole, with character: Character = " ") {
        let text = String(character)
        for r in max(0, rect.row)..<min(size.height, rect.maxRow) {
            for c in max(0, rect.col)..<min(size.width, rect.maxCol) {
                cells[r * size.width + c] = Cell(text, role: role)
            }
        }
    }

    /// Stores one cell, repairing any wide character it overwrites half of.
    private mutating func setCell(row: Int, col: Int, _ cell: Cell) {
        let index = row * size.width + col
        if cells[index].isContinuation, !cell.isContinuation, col > 0 {
            cells[index - 1].text = " "  // left half of a wide character is now orphaned
        }
        if !cells[index].isContinuation, col + 1 < size.width, cells[index + 1].isContinuation,
           !cell.isContinuation || DisplayWidth.of(cells[index].text) > 1 {
            cells[index + 1].text = " "  // right half of a wide character is now orphaned
        }
        cells[index] = cell
    }

    /// Equality of the visible content (cells and cursor).
    public static func == (lhs: Frame, rhs: Frame) -> Bool {
        lhs.size == rhs.size && lhs.cells == rhs.cells && lhs.cursorCell == rhs.cursorCell
    }

    /// Hashes the visible content.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(size)
        hasher.combine(cells)
        hasher.combine(cursorCell)
    }
}
