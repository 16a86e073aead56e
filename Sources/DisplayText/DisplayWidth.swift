/// How many terminal columns text occupies, computed the way glibc's `wcwidth` does (which is
/// what ncursesw and tmux use): East Asian wide and fullwidth characters and emoji take two
/// columns, combining marks and format characters none, everything else one.
///
/// The table is built in, not taken from the C library, so the result does not depend on
/// the process locale and the headless renderer agrees with the real terminal.
public enum DisplayWidth {
    /// Columns of one Unicode scalar (0, 1 or 2). Control characters count 0: the sanitizer
    /// replaces them before anything is drawn.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        if v < 0xA0 { return 0 }
        // Fast paths for what the UI itself draws: Latin, punctuation, box drawing.
        if v < 0x300 || (0x2010...0x2027).contains(v) || (0x2030...0x205F).contains(v)
            || (0x2190...0x21FF).contains(v) || (0x2500...0x25FC).contains(v) { return 1 }
        if prependedMarks.contains(v) { return 1 }  // format characters glibc draws
        if v == 0x1171E { return 0 }  // a mark in glibc's (older) Unicode data
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }  // Hangul jamo vowels/finals
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            return isWide(v) ? 2 : 1
        }
    }

    /// Prepended concatenation marks (Arabic number signs and kin): category Cf, yet visible.
    static let prependedMarks: Set<UInt32> = [0x600, 0x601, 0x602, 0x603, 0x604, 0x605, 0x6DD, 0x70F, 0x890, 0x891,
                                             0x8E2, 0x110BD, 0x110CD]

    /// Columns of one grapheme cluster: the sum of its scalars (as the terminal draws it).
    public static func of(_ character: Character) -> Int {
        var total = 0
        for s in character.unicodeScalars { total += of(s) }
        return total
    }

    /// Columns of a whole string.
    public static func of(_ text: String) -> Int {
        var total = 0
        for s in text.unicodeScalars { total += of(s) }
        return total
    }

    /// `text` cut to at most `width` columns. When it does not fit, the end is replaced by
    /// `ellipsis`; a character is never split (a wide character that would straddle the limit
    /// is dropped whole).
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if isFastASCII(text) {
            if text.utf8.count <= width { return text }
        } else if of(text) <= width {
            return text
        }
        let ellipsisWidth = of(ellipsis)
        guard ellipsisWidth <= width else { return prefix(text, width: width) }
        return prefix(text, width: width - ellipsisWidth) + ellipsis
    }

    /// The longest prefix of `text` that fits in `width` columns, without splitting characters.
    public static func prefix(_ text: String, width: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = of(text[index])
            if used + w > width { break }
            used += w
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// `text` padded with spaces (or truncated with an ellipsis) to exactly `width` columns.
    public static func pad(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        let w = of(cut)
        return w < width ? cut + String(repeating: " ", count: width - w) : cut
    }

    /// Whether every byte is printable ASCII (one column each), the common case.
    public static func isFastASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }
}
