/// A value quoted back in an error message, bounded: a 10 MB policy or an 80,000-character
/// query is named by its first `maximumLength` characters and its length, never echoed whole,
/// so the message stays readable and a mistake cannot flood a terminal or a log.
public enum QuotedValue {
    /// The most characters of a value an error message quotes: above the longest value AWS
    /// quotes in its usual errors (a 1,000-character role description, a 256-character tag
    /// value), so those messages stay AWS's own, far below a pasted document.
    public static let maximumLength = 1_024

    /// `text` itself when it is short enough, else its first `maximumLength` characters, an
    /// ellipsis and its length (`{"Version": …… (10000049 characters)`).
    public static func bounded(_ text: String) -> String {
        guard text.utf8.count > maximumLength else { return text }
        let prefix = text.prefix(maximumLength)
        guard prefix.endIndex < text.endIndex else { return text }
        return prefix + "… (\(text.count) characters)"
    }

    /// Whether `text` is longer than a message quotes.
    public static func isLong(_ text: String) -> Bool {
        text.utf8.count > maximumLength && text.count > maximumLength
    }
}
