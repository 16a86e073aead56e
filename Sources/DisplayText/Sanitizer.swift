/// The one rule for drawing text that came from data (names, descriptions, tags, policy text,
/// error messages quoting input) on a terminal. The console applies it to every string it
/// draws; the CLI applies it to `--output text|table` when stdout is a terminal.
///
/// The rule (docs/decisions.md, "One display rule for text from data"):
/// - C0 controls, DEL and C1 controls are shown as visible escapes: `\x1b`, `\x7f`, `\x9b`;
///   tab, line feed and carriage return as `\t`, `\n`, `\r` in a single line.
/// - Every other character that is invisible or changes how the terminal lays text out is
///   shown as `\uXXXX` (`\UXXXXXXXX` above U+FFFF): Unicode category Cf (format: the bidi
///   embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, the marks U+200E,
///   U+200F, U+061C, soft hyphen, zero-width space/joiners, word joiner, BOM, tag characters),
///   the line and paragraph separators U+2028/U+2029, and unassigned code points. A zero width
///   joiner is escaped even inside an emoji sequence: terminals disagree on how wide the joined
///   emoji is, so keeping it would shift everything after it on the line, and the escape keeps
///   `👨‍💻` distinguishable from `👨💻`.
/// - A combining mark (or other zero-width character) with no base — at the start of the text,
///   after a line break or tab, or after an escaped character — is drawn on a dotted circle
///   `◌` (U+25CC), the Unicode convention, so it cannot stack onto a border or an escape.
/// - Widths are computed on the sanitized text (`DisplayWidth.of(Sanitizer.line(text))`).
///
/// Literal backslashes are left alone: IAM names cannot hold them, and doubling them would make
/// every Windows path and regular expression in a policy harder to read.
public enum Sanitizer {
    /// The placeholder base a combining mark with no base is drawn on.
    public static let placeholderBase: Unicode.Scalar = "\u{25CC}"

    /// One line of text: line breaks and tabs are escaped too (`\n`, `\t`).
    public static func line(_ text: String) -> String {
        if isClean(text) { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 8)
        append(text.unicodeScalars, to: &out)
        return out
    }

    /// Columns `text` takes once sanitized as one line: the width to lay it out with.
    public static func displayWidth(of text: String) -> Int {
        DisplayWidth.of(line(text))
    }

    /// Multi-line text: split on line breaks (`\n`, `\r\n`), each line sanitized; tabs become
    /// spaces up to the next multiple of `tabWidth` so columns line up.
    public static func lines(_ text: String, tabWidth: Int = 4) -> [String] {
        let stop = max(1, tabWidth)
        let rawLines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        return rawLines.map { raw in
            var expanded = ""
            var column = 0
            for (index, segment) in raw.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                if index > 0 {
                    let spaces = stop - column % stop
                    expanded += String(repeating: " ", count: spaces)
                    column += spaces
                }
                let clean = line(String(segment))
                expanded += clean
                column += DisplayWidth.of(clean)
            }
            return expanded
        }
    }

    /// The visible escape for a scalar that must not reach the terminal, or `nil` if it may be
    /// drawn as it is. Combining marks are safe here; `line` gives a base to those without one.
    public static func escape(_ scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        switch v {
        case 0x09: return "\\t"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x00..<0x20, 0x7F..<0xA0:
            return "\\x" + hex(v, digits: 2)
        case 0x20..<0x7F, 0xA0...0xAC, 0xAE...0x2FF:
            return nil  // printable Latin-1 and Latin Extended (soft hyphen U+00AD is Cf)
        default:
            guard mustEscape(scalar) else { return nil }
            return v > 0xFFFF ? "\\U" + hex(v, digits: 8) : "\\u" + hex(v, digits: 4)
        }
    }

    /// Whether the rule shows `scalar` as an escape rather than drawing it: controls (Cc),
    /// format characters (Cf), line/paragraph separators (Zl, Zp) and unassigned code points.
    public static func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return true }
        if v < 0x300 { return v == 0xAD }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate:
            return true
        default:
            return false
        }
    }

    /// Whether `text` is drawn unchanged by the rule (no escapes, no mark without a base).
    public static func isClean(_ text: String) -> Bool {
        if DisplayWidth.isFastASCII(text) { return true }
        var hasBase = false
        for scalar in text.unicodeScalars {
            if mustEscape(scalar) { return false }
            if DisplayWidth.of(scalar) == 0 {
                if !hasBase { return false }
            } else {
                hasBase = true
            }
        }
        return true
    }

    /// Appends the sanitized form of `scalars` to `out`.
    private static func append(_ scalars: String.UnicodeScalarView, to out: inout String) {
        var hasBase = false
        for scalar in scalars {
            if let escaped = escape(scalar) {
                out += escaped
                hasBase = false
                continue
            }
            if DisplayWidth.of(scalar) == 0, !hasBase {
                out.unicodeScalars.append(placeholderBase)
            }
            out.unicodeScalars.append(scalar)
            hasBase = true
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - s.count)) + s
    }
}
