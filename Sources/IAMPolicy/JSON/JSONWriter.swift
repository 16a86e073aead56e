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
        String(decoding: bytes(for: value), as: UTF8.self)
    }

    /// The text of `value` in `style`.
    public static func string(for value: JSONValue, style: Style) -> String {
        JSONWriter(style: style).string(for: value)
    }

    /// The UTF-8 text of `value` in this writer's style (written as bytes: appending many
    /// short pieces to a String costs several times more).
    public func bytes(for value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        write(value, depth: 0, into: &output)
        return output
    }

    private var indentUnit: StaticString? {
        switch style {
        case .awsCLI: "    "
        case .compact: nil
        case .prettySortedKeys: "  "
        }
    }

    private func newline(depth: Int, into output: inout [UInt8]) {
        guard let unit = indentUnit else { return }
        output.append(UInt8(ascii: "\n"))
        for _ in 0..<depth { output.append(unit) }
    }

    private func write(_ value: JSONValue, depth: Int, into output: inout [UInt8]) {
        switch value {
        case .string(let text):
            JSONWriter.appendQuoted(text, to: &output)
        case .number(let number):
            output.append(contentsOf: number.text.utf8)
        case .bool(let flag):
            output.append(flag ? "true" : "false")
        case .null:
            output.append("null")
        case .array(let elements):
            guard !elements.isEmpty else {
                output.append("[]")
                return
            }
            output.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                newline(depth: depth + 1, into: &output)
                write(element, depth: depth + 1, into: &output)
            }
            newline(depth: depth, into: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            guard !object.isEmpty else {
                output.append("{}")
                return
            }
            var members = object.members
            if style == .prettySortedKeys {
                members.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            }
            output.append(UInt8(ascii: "{"))
            let separator: StaticString = indentUnit == nil ? ":" : ": "
            for (position, member) in members.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                newline(depth: depth + 1, into: &output)
                JSONWriter.appendQuoted(member.key, to: &output)
                output.append(separator)
                write(member.value, depth: depth + 1, into: &output)
            }
            newline(depth: depth, into: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Appends `text` as a JSON string the way Python's `json.dumps(ensure_ascii=False)` does:
    /// escapes `"` `\` and U+0000–U+001F (short forms where they exist, else `\u00xx` in lower
    /// case), keeps everything else, including `/`, DEL and non-ASCII, as is.
    static func appendQuoted(_ text: String, to output: inout String) {
        var bytes: [UInt8] = []
        appendQuoted(text, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// `appendQuoted` into UTF-8 bytes. A String's UTF-8 is valid, and every byte to escape is
    /// ASCII, so the escaping works byte by byte and copies the runs between escapes whole.
    /// (Foundation's `JSONEncoder` with `.withoutEscapingSlashes` escapes exactly so too.)
    public static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): output.append("\\\"")
                case UInt8(ascii: "\\"): output.append("\\\\")
                case UInt8(ascii: "\n"): output.append("\\n")
                case UInt8(ascii: "\r"): output.append("\\r")
                case UInt8(ascii: "\t"): output.append("\\t")
                case 0x08: output.append("\\b")
                case 0x0C: output.append("\\f")
                default:
                    // The other control characters, U+0000-U+001F: `\u00` and two lower-case digits.
                    output.append("\\u00")
                    output.append(UInt8(ascii: "0") + byte >> 4)
                    let low = byte & 0x0F
                    output.append(low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}

extension [UInt8] {
    /// Appends the UTF-8 of a literal.
    fileprivate mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append(contentsOf: $0) }
    }
}
