/// The 16 ANSI colours (the user's own palette) plus the terminal's default colour.
public enum ANSIColor: String, CaseIterable, Hashable, Sendable {
    /// The eight basic colours (palette entries 0–7).
    case black, red, green, yellow, blue, magenta, cyan, white
    /// The bright variants (palette entries 8–15).
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite
    /// The terminal's default foreground or background.
    case `default`

    /// The colour number 0–15, or -1 for the default colour (ncurses' convention).
    public var index: Int {
        guard let i = Self.allCases.firstIndex(of: self), self != .default else { return -1 }
        return i
    }
}
