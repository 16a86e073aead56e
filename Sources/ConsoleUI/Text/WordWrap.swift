import DisplayText
/// Breaks text into lines of at most `width` columns at spaces; words longer than a line are
/// cut (with an ellipsis) rather than overflowing, or, with `breakingLongWords`, split into
/// line-wide pieces (ARNs, URIs and seeds, where every character matters).
public enum WordWrap {
    /// The wrapped lines of `text` (sanitized first).
    public static func lines(_ text: String, width: Int, breakingLongWords: Bool = false) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        var current = ""
        for word in Sanitizer.line(text).split(separator: " ") {
            var word = String(word)
            if breakingLongWords {
                while DisplayWidth.of(word) > width {
                    let piece = DisplayWidth.prefix(word, width: width)
                    guard !piece.isEmpty else { break }
                    if !current.isEmpty { result.append(current) }
                    current = ""
                    result.append(piece)
                    word.removeFirst(piece.count)
                }
            }
            word = DisplayWidth.truncate(word, to: width)
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
