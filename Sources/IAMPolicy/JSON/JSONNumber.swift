/// A JSON number kept as its literal text, so `10` and `10.0` stay distinct and numbers
/// beyond `Double` precision survive a parse/print round trip unchanged.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible,
    ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral
{
    /// The literal text exactly as written (RFC 8259 number grammar).
    public let text: String

    /// Creates a number from literal text; `nil` unless it follows the RFC 8259 grammar.
    public init?(text: String) {
        guard JSONNumber.isValidLiteral(Array(text.utf8)[...]) else { return nil }
        self.text = text
    }

    /// Creates a number from text already checked by the parser.
    init(validatedText: String) {
        self.text = validatedText
    }

    /// Creates an integer number from an `Int` (the common case, kept off the generic path,
    /// whose digit formatting showed in the server's profile of SimulatePrincipalPolicy).
    public init(_ value: Int) {
        self.text = String(value)
    }

    /// Creates an integer number.
    public init<Integer: BinaryInteger>(_ value: Integer) {
        self.text = String(value)
    }

    /// Creates a number from a double; non-finite values (not representable in JSON) become 0.
    public init(_ value: Double) {
        if !value.isFinite {
            self.text = "0"
        } else {
            // Swift prints whole doubles as `10.0`, like Python, which AWS-shaped output needs.
            self.text = String(value)
        }
    }

    /// Creates a number from an integer literal.
    public init(integerLiteral value: Int) {
        self.init(value)
    }

    /// Creates a number from a floating-point literal.
    public init(floatLiteral value: Double) {
        self.init(value)
    }

    /// The value as a `Double` (rounded for long literals).
    public var doubleValue: Double {
        Double(text) ?? 0
    }

    /// The value as an `Int` when the literal is an integer that fits, else `nil`.
    public var intValue: Int? {
        Int(text)
    }

    /// The literal text.
    public var description: String { text }

    /// Whether `bytes` is a complete RFC 8259 number: `-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`.
    static func isValidLiteral(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        let end = bytes.endIndex
        func isDigit(_ i: Int) -> Bool { i < end && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        if index < end, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard isDigit(index) else { return false }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while isDigit(index) { index += 1 }
        }
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else { return false }
            while isDigit(index) { index += 1 }
        }
        if index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard isDigit(index) else { return false }
            while isDigit(index) { index += 1 }
        }
        return index == end
    }
}
