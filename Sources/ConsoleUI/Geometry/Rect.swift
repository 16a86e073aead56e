/// A rectangle of cells: origin at the top-left, rows grow downwards.
public struct Rect: Hashable, Sendable {
    /// Top row.
    public var row: Int
    /// Left column.
    public var col: Int
    /// Width in columns.
    public var width: Int
    /// Height in rows.
    public var height: Int

    /// Creates a rectangle; negative extents are clamped to zero.
    public init(row: Int, col: Int, width: Int, height: Int) {
        self.row = row
        self.col = col
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The rectangle covering a whole screen of `size`.
    public init(_ size: Size) {
        self.init(row: 0, col: 0, width: size.width, height: size.height)
    }

    /// One past the bottom row.
    public var maxRow: Int { row + height }
    /// One past the right column.
    public var maxCol: Int { col + width }
    /// Whether the rectangle holds no cells.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// Whether the cell at `row`, `col` lies inside.
    public func contains(row: Int, col: Int) -> Bool {
        row >= self.row && row < maxRow && col >= self.col && col < maxCol
    }

    /// The rectangle shrunk by `by` cells on every side (a box's interior uses `by: 1`).
    public func inset(by amount: Int) -> Rect {
        Rect(row: row + amount, col: col + amount, width: width - 2 * amount, height: height - 2 * amount)
    }

    /// A rectangle of `width`×`height` centred in this one (clamped to fit).
    public func centered(width: Int, height: Int) -> Rect {
        let w = min(width, self.width)
        let h = min(height, self.height)
        return Rect(row: row + (self.height - h) / 2, col: col + (self.width - w) / 2, width: w, height: h)
    }

    /// Splits off the top `rows` rows; returns (top, rest).
    public func splitTop(_ rows: Int) -> (Rect, Rect) {
        let r = min(max(0, rows), height)
        return (Rect(row: row, col: col, width: width, height: r),
                Rect(row: row + r, col: col, width: width, height: height - r))
    }

    /// Splits off the bottom `rows` rows; returns (rest, bottom).
    public func splitBottom(_ rows: Int) -> (Rect, Rect) {
        let r = min(max(0, rows), height)
        return (Rect(row: row, col: col, width: width, height: height - r),
                Rect(row: row + height - r, col: col, width: width, height: r))
    }
}
