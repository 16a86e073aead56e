import IAMPolicy

/// Python's `str()` and `repr()` of values and Python's `json` error texts: the AWS CLI is a
/// Python program, and its messages and text/table output embed these forms.
enum PythonText {
    /// `repr(s)` for a Python `str`: single quotes unless the text holds `'` and no `"`.
    static func repr(_ text: String) -> String {
        let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(scalar) == quote {
                    out += "\\" + String(quote)
                } else if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + hex2(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append(quote)
        return out
    }

    /// `str(value)` of the Python object `json.loads` would give for `value`.
    static func str(_ value: JSONValue) -> String {
        if case .string(let text) = value { return text }
        return reprValue(value)
    }

    /// `repr(value)` of the Python object `json.loads` would give for `value`.
    static func reprValue(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): repr(text)
        case .number(let number): number.text
        case .bool(let flag): flag ? "True" : "False"
        case .null: "None"
        case .array(let items): "[" + items.map(reprValue).joined(separator: ", ") + "]"
        case .object(let object):
            "{" + object.members.map { repr($0.key) + ": " + reprValue($0.value) }.joined(separator: ", ") + "}"
        }
    }

    /// Python's type name of the value, as botocore prints it (`<class 'str'>`).
    static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .string: "<class 'str'>"
        case .number(let number): number.intValue != nil ? "<class 'int'>" : "<class 'float'>"
        case .bool: "<class 'bool'>"
        case .null: "<class 'NoneType'>"
        case .array: "<class 'list'>"
        case .object: "<class 'dict'>"
        }
    }

    /// The message Python's `json.loads` raises for this syntax error
    /// (`Expecting value: line 1 column 1 (char 0)`).
    static func jsonErrorMessage(_ error: JSONSyntaxError) -> String {
        let headline: String
        switch error.reason {
        case .emptyDocument:
            headline = "Expecting value"
        case .unexpectedEndOfInput(let expected), .unexpectedCharacter(_, let expected):
            if expected.contains("string key") {
                headline = "Expecting property name enclosed in double quotes"
            } else if expected.hasPrefix("','") {
                headline = "Expecting ',' delimiter"
            } else if expected.hasPrefix("':'") {
                headline = "Expecting ':' delimiter"
            } else if expected.contains("close the string") {
                headline = "Unterminated string starting at"
            } else {
                headline = "Expecting value"
            }
        case .invalidNumber:
            headline = "Expecting value"
        case .invalidEscape, .invalidUnicodeEscape:
            headline = "Invalid \\escape"
        case .unescapedControlCharacter:
            headline = "Invalid control character at"
        case .trailingContent:
            headline = "Extra data"
        case .nestingTooDeep:
            return "maximum recursion depth exceeded while decoding a JSON array from a unicode string"
        }
        let position = error.position
        let line = max(position.line, 1)
        let column = max(position.column, 1)
        return "\(headline): line \(line) column \(column) (char \(position.offset))"
    }

    private static func hex2(_ value: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String(digits[Int((value >> 4) & 0xF)]) + String(digits[Int(value & 0xF)])
    }
}
