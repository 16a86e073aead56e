/// Why a text is not valid JSON (RFC 8259), where, and inside which node.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Sendable, Hashable {
        /// The text is empty or only white space.
        case emptyDocument
        /// The text ends where `expected` was needed.
        case unexpectedEndOfInput(expected: String)
        /// `found` appears where `expected` was needed.
        case unexpectedCharacter(found: String, expected: String)
        /// A number does not follow the JSON number grammar (e.g. `01`, `1.`, `+1`).
        case invalidNumber(String)
        /// A backslash escape other than `\" \\ \/ \b \f \n \r \t \uXXXX`.
        case invalidEscape(String)
        /// A `\u` escape that is not four hex digits or is an unpaired surrogate.
        case invalidUnicodeEscape(String)
        /// A control character (U+0000–U+001F) inside a string; JSON requires it escaped.
        case unescapedControlCharacter(UInt8)
        /// Something follows the complete top-level value.
        case trailingContent(found: String)
        /// Arrays/objects nested deeper than the parser allows.
        case nestingTooDeep(limit: Int)
    }

    /// What is wrong.
    public let reason: Reason
    /// Where the problem starts.
    public let position: SourcePosition
    /// The path of the node being parsed when the problem was found.
    public let path: JSONPath

    /// Creates an error.
    public init(reason: Reason, position: SourcePosition, path: JSONPath) {
        self.reason = reason
        self.position = position
        self.path = path
    }

    /// The problem in words, without the location.
    public var message: String {
        switch reason {
        case .emptyDocument:
            "The document is empty"
        case .unexpectedEndOfInput(let expected):
            "Unexpected end of input, expected \(expected)"
        case .unexpectedCharacter(let found, let expected):
            "Unexpected \(found), expected \(expected)"
        case .invalidNumber(let text):
            "Invalid number '\(text)'"
        case .invalidEscape(let text):
            "Invalid escape sequence '\(text)' in string"
        case .invalidUnicodeEscape(let text):
            "Invalid unicode escape '\(text)' in string"
        case .unescapedControlCharacter(let byte):
            "Unescaped control character U+\(JSONSyntaxError.hex4(byte)) in string"
        case .trailingContent(let found):
            "Unexpected \(found) after the end of the document"
        case .nestingTooDeep(let limit):
            "Nesting deeper than \(limit) levels"
        }
    }

    /// `line L, column C (at PATH): message`.
    public var description: String {
        "line \(position.line), column \(position.column) (at \(path)): \(message)"
    }

    static func hex4(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "00" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
    }
}
