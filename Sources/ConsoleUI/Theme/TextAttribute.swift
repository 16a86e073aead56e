/// A text attribute every terminal can show; the monochrome fallback is made of these.
public enum TextAttribute: String, CaseIterable, Hashable, Sendable, Codable {
    /// Bold / bright.
    case bold
    /// Underlined.
    case underline
    /// Reverse video (foreground and background swapped).
    case reverse
    /// Dim / faint (never the only marker of a state: some terminals ignore it).
    case dim
}
