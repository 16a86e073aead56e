/// One colour written for every capability tier, so each terminal gets the best it can show.
public struct ColorValue: Hashable, Sendable {
    /// Truecolor (24-bit) value; `nil` means the terminal default.
    public var truecolor: RGB?
    /// xterm-256 palette index; -1 means the terminal default.
    public var color256: Int
    /// One of the 16 ANSI colours (or default).
    public var color16: ANSIColor

    /// Creates a colour value.
    public init(truecolor: RGB?, color256: Int, color16: ANSIColor) {
        self.truecolor = truecolor
        self.color256 = color256
        self.color16 = color16
    }

    /// The terminal's default colour on every tier.
    public static let terminalDefault = ColorValue(truecolor: nil, color256: -1, color16: .default)
}
