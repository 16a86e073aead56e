/// Makes text that came from data safe to draw: control characters (C0, DEL, C1), the escape
/// character that starts terminal sequences, and bidirectional overrides/isolates are shown as
/// visible escapes (`\x1b`, `\u202e`) instead of being sent to the terminal.
///
/// Without this a role description could move the cursor, change colours, retitle the window,
/// or reorder what the admin reads (a "Trojan Source" bidi override).
public enum Sanitizer {
    /// One line of text: newlines and tabs are escaped too (`\n`, `\t`).
    public static func line(_ text: String) -> String {
        if isClean(text) { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if let escaped = escape(scalar) {
                out += escaped
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Multi-line text: split on line breaks (`\n`, `\r\n`), each line sanitized; tabs become
    /// spaces up to the next multiple of `tabWidth` so columns line up.
    public static func lines(_ text: String, tabWidth: Int = 4) -> [String] {
        let rawLines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        return rawLines.map { raw in
            var expanded = ""
            var column = 0
            for ch in raw {
                if ch == "\t" {
                    let spaces = tabWidth - column % max(1, tabWidth)
                    expanded += String(repeating: " ", count: spaces)
                    column += spaces
                } else {
                    let clean = line(String(ch))
                    expanded += clean
                    column += DisplayWidth.of(clean)
                }
            }
            return expanded
        }
    }

    /// The visible escape for a scalar that must not reach the terminal, or `nil` if it is safe.
    public static func escape(_ scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        switch v {
        case 0x09: return "\\t"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x00..<0x20, 0x7F..<0xA0:
            return "\\x" + hex(v, digits: 2)
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C:
            // Directional marks, embeddings, overrides and isolates reorder what follows.
            return "\\u" + hex(v, digits: 4)
        default:
            return nil
        }
    }

    /// Whether `text` needs no escaping (the fast path for plain names).
    static func isClean(_ text: String) -> Bool {
        for byte in text.utf8 where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xD8
            || byte == 0xE2 {
            // 0xC2 leads C1 controls, 0xD8 leads U+061C, 0xE2 leads U+200E…U+2069: check those slowly.
            return text.unicodeScalars.allSatisfy { escape($0) == nil }
        }
        return true
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - s.count)) + s
    }
}
