/// Prints `JSONValue`s in the layouts rolecall needs.
public struct JSONWriter: Sendable {
    /// A layout.
    public enum Style: Sendable, Hashable {
        /// Exactly what `aws … --output json` prints (Python `json.dumps(indent=4,
        /// ensure_ascii=False)`): 4-space indent, `", "`-free item separators, `": "` after
        /// keys, key order kept, non-ASCII kept, `/` not escaped, `[]`/`{}` for empty
        /// containers, no trailing newline.
        case awsCLI
        /// No white space at all; key order kept.
        case compact
        /// 2-space indent, `": "`, keys sorted by their UTF-8 bytes: stable, diff-friendly files.
        case prettySortedKeys
    }

    /// The layout this writer prints.
    public let style: Style

    /// Creates a writer for `style`.
    public init(style: Style) {
        self.style = style
    }

    /// The text of `value` in this writer's style.
    public func string(for value: JSONValue) -> String {
        var output = ""
        write(value, depth: 0, into: &output)
        return output
    }

    /// The text of `value` in `style`.
    public static func string(for value: JSONValue, style: Style) -> String {
        JSONWriter(style: style).string(for: value)
    }

    private var indentUnit: String? {
        switch style {
        case .awsCLI: "    "
        case .compact: nil
        case .prettySortedKeys: "  "
        }
    }

    private func newline(depth: Int, into output: inout String) {
        guard let unit = indentUnit else { return }
        output += "\n"
        for _ in 0..<depth { output += unit }
    }

    private func write(_ value: JSONValue, depth: Int, into output: inout String) {
        switch value {
        case .string(let text):
            JSONWriter.appendQuoted(text, to: &output)
        case .number(let number):
            output += number.text
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .null:
            output += "null"
        case .array(let elements):
            guard !elements.isEmpty else {
                output += "[]"
                return
            }
            output += "["
            for (position, element) in elements.enumerated() {
                if position > 0 { output += "," }
                newline(depth: depth + 1, into: &output)
                write(element, depth: depth + 1, into: &output)
            }
            newline(depth: depth, into: &output)
            output += "]"
        case .object(let object):
            guard !object.isEmpty else {
                output += "{}"
                return
            }
            var members = object.members
            if style == .prettySortedKeys {
                members.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            }
            output += "{"
            let separator = indentUnit == nil ? ":" : ": "
            for (position, member) in members.enumerated() {
                if position > 0 { output += "," }
                newline(depth: depth + 1, into: &output)
                JSONWriter.appendQuoted(member.key, to: &output)
                output += separator
                write(member.value, depth: depth + 1, into: &output)
            }
            newline(depth: depth, into: &output)
            output += "}"
        }
    }

    /// Appends `text` as a JSON string the way Python's `json.dumps(ensure_ascii=False)` does:
    /// escapes `"` `\` and U+0000–U+001F (short forms where they exist, else `\u00xx` in lower
    /// case), keeps everything else, including `/`, DEL and non-ASCII, as is.
    static func appendQuoted(_ text: String, to output: inout String) {
        output += "\""
        var needsEscaping = false
        for byte in text.utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            needsEscaping = true
            break
        }
        guard needsEscaping else {
            output += text
            output += "\""
            return
        }
        let hex = Array("0123456789abcdef")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 {
                    output += "\\u00" + String(hex[Int(scalar.value >> 4)]) + String(hex[Int(scalar.value & 0xF)])
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
