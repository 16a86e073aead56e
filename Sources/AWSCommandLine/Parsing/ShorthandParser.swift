import IAMKit
import IAMPolicy

/// The AWS CLI's shorthand syntax (`Key=a,Value=b`, `Names=[x,y]`, `Tags={k=v}`), parsed by
/// the same grammar and with the same error texts as the AWS CLI
/// (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-shorthand.html). The result
/// holds strings, lists and objects only; `ShorthandParser.conform` then applies the model.
struct ShorthandParser {
    /// A shorthand syntax error, worded as the AWS CLI words it.
    struct SyntaxError: Error, Equatable {
        /// The message, with the input and a caret under the failing position.
        let message: String
    }

    private let input: [Unicode.Scalar]
    private var index = 0
    /// How many `[`/`{` are open; bounded so that `[[[[…` cannot exhaust the stack.
    private var depth = 0
    /// The deepest nesting accepted (Python's own recursion limit stops the AWS CLI near 1,000).
    static let maximumDepth = 256

    private init(_ text: String) {
        input = Array(text.unicodeScalars)
    }

    /// Parses one shorthand value into an object.
    static func parse(_ text: String) throws(SyntaxError) -> JSONValue {
        var parser = ShorthandParser(text)
        return try parser.parameter()
    }

    private mutating func parameter() throws(SyntaxError) -> JSONValue {
        var object = JSONObject()
        var (key, value) = try keyValue()
        object[key] = value
        var lastIndex = index
        while index < input.count {
            try expect(",", consumeWhitespace: true)
            (key, value) = try keyValue()
            if object[key] != nil {
                throw duplicate(key, at: lastIndex + 1)
            }
            object[key] = value
            lastIndex = index
        }
        return .object(object)
    }

    private mutating func keyValue() throws(SyntaxError) -> (String, JSONValue) {
        let key = readKey()
        try expect("=", consumeWhitespace: true)
        return (key, try values())
    }

    private mutating func readKey() -> String {
        let start = index
        while index < input.count, Self.isKeyCharacter(input[index]) { index += 1 }
        return text(start, index)
    }

    private mutating func values() throws(SyntaxError) -> JSONValue {
        guard index < input.count else { return .string("") }
        switch input[index] {
        case "[": return try explicitList()
        case "{": return try hashLiteral()
        default: return try csvValue()
        }
    }

    private mutating func csvValue() throws(SyntaxError) -> JSONValue {
        let first = try firstValue()
        consumeWhitespace()
        guard index < input.count, input[index] == "," else { return first }
        try expect(",", consumeWhitespace: true)
        var list = [first]
        while true {
            do {
                let current = try secondValue()
                consumeWhitespace()
                if index >= input.count {
                    list.append(current)
                    break
                }
                try expect(",", consumeWhitespace: true)
                list.append(current)
            } catch {
                if index >= input.count { throw error }
                // The word belongs to the next key (`a=b,c=d`): give the comma back.
                while index >= 0, index < input.count, input[index] != "," { index -= 1 }
                break
            }
        }
        return list.count == 1 ? first : .array(list)
    }

    private mutating func explicitList() throws(SyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        try expect("[", consumeWhitespace: true)
        var items: [JSONValue] = []
        while current != "]" {
            items.append(try explicitValue())
            consumeWhitespace()
            if current != "]" {
                try expect(",")
                consumeWhitespace()
            }
        }
        try expect("]")
        return .array(items)
    }

    private mutating func explicitValue() throws(SyntaxError) -> JSONValue {
        switch current {
        case "[": try explicitList()
        case "{": try hashLiteral()
        default: try firstValue()
        }
    }

    private mutating func hashLiteral() throws(SyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        try expect("{", consumeWhitespace: true)
        var object = JSONObject()
        while current != "}" {
            let key = readKey()
            try expect("=", consumeWhitespace: true)
            let value = try explicitValue()
            consumeWhitespace()
            if current != "}" {
                try expect(",")
                consumeWhitespace()
            }
            object[key] = value
        }
        try expect("}")
        return .object(object)
    }

    private mutating func firstValue() throws(SyntaxError) -> JSONValue {
        switch current {
        case "'": return .string(try quoted("'"))
        case "\"": return .string(try quoted("\""))
        default:
            return .string(consumeWord(first: Self.startsWord, follow: Self.followsFirst) ?? "")
        }
    }

    private mutating func secondValue() throws(SyntaxError) -> JSONValue {
        switch current {
        case "'": return .string(try quoted("'"))
        case "\"": return .string(try quoted("\""))
        default:
            guard let word = consumeWord(first: Self.startsWord, follow: Self.followsSecond) else {
                throw syntax(expected: "<second>", actual: "<none>")
            }
            return .string(word)
        }
    }

    /// Consumes a word: a start character then follow characters, `\,` allowed anywhere;
    /// returns it with `\,` unescaped and trailing white space removed.
    private mutating func consumeWord(first: (Unicode.Scalar) -> Bool, follow: (Unicode.Scalar) -> Bool) -> String? {
        let start = index
        var cursor = index
        func escapedComma(_ at: Int) -> Bool { at + 1 < input.count && input[at] == "\\" && input[at + 1] == "," }
        if escapedComma(cursor) {
            cursor += 2
        } else if cursor < input.count, first(input[cursor]) {
            cursor += 1
        } else {
            return nil
        }
        while cursor < input.count {
            if escapedComma(cursor) {
                cursor += 2
            } else if follow(input[cursor]) {
                cursor += 1
            } else {
                break
            }
        }
        index = cursor
        var word = text(start, cursor).replacing("\\,", with: ",")
        while let last = word.unicodeScalars.last, Self.isWhitespace(last) { word.unicodeScalars.removeLast() }
        return word
    }

    private mutating func quoted(_ quote: Unicode.Scalar) throws(SyntaxError) -> String {
        let name = quote == "'" ? "singled quoted" : "double quoted"
        guard current == quote else { throw syntax(expected: "<\(name)>", actual: "<none>") }
        var cursor = index + 1
        while cursor < input.count {
            if input[cursor] == "\\", cursor + 1 < input.count, input[cursor + 1] == quote {
                cursor += 2
            } else if input[cursor] == quote {
                break
            } else {
                cursor += 1
            }
        }
        guard cursor < input.count else { throw syntax(expected: "<\(name)>", actual: "<none>") }
        let body = text(index + 1, cursor)
        index = cursor + 1
        return body.replacing("\\" + String(quote), with: String(quote))
            .replacing("\\\\", with: "\\")
    }

    private var current: Unicode.Scalar? { index < input.count ? input[index] : nil }

    private mutating func expect(_ character: Unicode.Scalar, consumeWhitespace consume: Bool = false) throws(SyntaxError) {
        if consume { consumeWhitespace() }
        guard index < input.count else { throw syntax(expected: String(character), actual: "EOF") }
        guard input[index] == character else { throw syntax(expected: String(character), actual: String(input[index])) }
        index += 1
        if consume { consumeWhitespace() }
    }

    private mutating func consumeWhitespace() {
        while index < input.count, Self.isWhitespace(input[index]) { index += 1 }
    }

    private func text(_ start: Int, _ end: Int) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: input[start..<end])
        return String(out)
    }

    private func syntax(expected: String, actual: String) -> SyntaxError {
        SyntaxError(message: "Expected: '\(expected)', received: '\(actual)' for input:\n\(errorLocation(index))")
    }

    private func duplicate(_ key: String, at position: Int) -> SyntaxError {
        SyntaxError(message: "Second instance of key \"\(key)\" encountered for input:\n\(errorLocation(position))\n"
            + "This is often because there is a preceding \",\" instead of a space.")
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        guard depth <= Self.maximumDepth else {
            throw SyntaxError(message: "Nesting deeper than \(Self.maximumDepth) levels for input:\n\(errorLocation(index))")
        }
    }

    /// The input with a caret under `position`, as the AWS CLI shows it; a long input is
    /// quoted only in part (`QuotedValue`), with the caret when it falls in that part.
    private func errorLocation(_ position: Int) -> String {
        let value = text(0, input.count)
        if QuotedValue.isLong(value) {
            let shown = QuotedValue.bounded(value)
            guard position < QuotedValue.maximumLength, !shown[..<shown.index(shown.startIndex, offsetBy: min(position, QuotedValue.maximumLength))].contains("\n") else {
                return shown
            }
            return shown + "\n" + String(repeating: " ", count: position) + "^"
        }
        let before = input[..<min(position, input.count)]
        var spaces = position
        if let newline = before.lastIndex(of: "\n") { spaces = position - newline - 1 }
        var consumed = value, remaining = ""
        if let next = input[min(position, input.count)...].firstIndex(of: "\n") {
            consumed = text(0, next)
            remaining = text(next, input.count)
        }
        return consumed + "\n" + String(repeating: " ", count: max(spaces, 0)) + "^" + remaining
    }

    private static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0B}" || c == "\u{0C}"
    }

    private static func isKeyCharacter(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || "-_.#/:".unicodeScalars.contains(c)
    }

    // Character classes of the AWS CLI's shorthand grammar (`_START_WORD`,
    // `_FIRST_FOLLOW_CHARS`, `_SECOND_FOLLOW_CHARS`), as scalar ranges.
    private static func startsWord(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v == 0x21 || (0x23...0x26).contains(v) || (0x28...0x2B).contains(v) || (0x2D...0x3C).contains(v)
            || (0x3E...0x5A).contains(v) || (0x5C...0x7A).contains(v) || (0x7C...0xFFFF).contains(v)
    }

    private static func followsFirst(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return isWhitespace(c) || v == 0x21 || (0x23...0x26).contains(v) || (0x28...0x2B).contains(v)
            || (0x2D...0x5C).contains(v) || (0x5E...0x7C).contains(v) || (0x7E...0xFFFF).contains(v)
    }

    private static func followsSecond(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return isWhitespace(c) || v == 0x21 || (0x23...0x26).contains(v) || (0x28...0x2B).contains(v)
            || (0x2D...0x3C).contains(v) || (0x3E...0xFFFF).contains(v)
    }
}
