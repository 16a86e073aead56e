/// A terminal size in character cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Creates a size; negative values are clamped to zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The smallest size the console lays out for (the AWS-console-like pages need 80×24).
    public static let minimum = Size(width: 80, height: 24)

    /// Whether this size can hold `other` in both directions.
    public func contains(_ other: Size) -> Bool {
        width >= other.width && height >= other.height
    }

    /// `W×H`, as shown to users.
    public var description: String { "\(width)×\(height)" }
}
