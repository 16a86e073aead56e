/// Breaks text into lines of at most `width` columns at spaces; words longer than a line are
/// cut (with an ellipsis) rather than overflowing.
public enum WordWrap {
    /// The wrapped lines of `text` (sanitized first).
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        var current = ""
        for word in Sanitizer.line(text).split(separator: " ") {
            let word = DisplayWidth.truncate(String(word), to: width)
            if current.isEmpty {
                current = word
            } else if DisplayWidth.of(current) + 1 + DisplayWidth.of(word) <= width {
                current += " " + word
            } else {
                result.append(current)
                current = word
            }
        }
        if !current.isEmpty || result.isEmpty { result.append(current) }
        return result
    }
}
