import DisplayText
import IAMPolicy

/// The display rule (`DisplayText.Sanitizer`, docs/decisions.md "One display rule for text from
/// data") applied to what the CLI prints on a terminal: ESC, BEL, CR, C1, bidi and other format
/// characters from a lab never reach the terminal raw. Only output to a terminal is changed.
enum TerminalSafeText {
    /// `value` with every string and every object key drawn by the rule, for `--output text`
    /// and `table`: a value cannot move the cursor, retitle the window, or fake a column (a tab
    /// in data is shown as `\t`, not taken for a separator). Queries run before this, on the data.
    static func sanitized(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text):
            return .string(Sanitizer.line(text))
        case .array(let items):
            return .array(items.map(sanitized))
        case .object(let object):
            return .object(JSONObject(pairs: object.members.map { (Sanitizer.line($0.key), sanitized($0.value)) }))
        case .number, .bool, .null:
            return value
        }
    }

    /// JSON text with every character the rule escapes (C1, DEL, bidi and other format
    /// characters, line separators, unassigned code points) written as a JSON `\uXXXX` escape,
    /// a surrogate pair above U+FFFF: still valid JSON with the same value, nothing raw. The
    /// writer already escapes C0; outside strings JSON text is ASCII, so nothing else changes.
    static func escapingJSON(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard scalar.value >= 0x7F, Sanitizer.mustEscape(scalar) else {
                out.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                out.append(contentsOf: "\\u".unicodeScalars)
                let digits = String(unit, radix: 16)
                out.append(contentsOf: (String(repeating: "0", count: 4 - digits.count) + digits).unicodeScalars)
            }
        }
        return String(out)
    }

    /// An error message for a terminal: each line drawn by the rule (tabs expanded), the
    /// message's own line breaks kept.
    static func message(_ text: String) -> String {
        Sanitizer.lines(text).joined(separator: "\n")
    }
}
