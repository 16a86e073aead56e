import IAMPolicy

/// A reader for the block YAML that `--cli-input-yaml` takes: what `--generate-cli-skeleton
/// yaml-input` and `--output yaml` print (mappings, sequences, plain and quoted scalars, `|`
/// and `>` block scalars, `[]`/`{}` and simple flow lists, `#` comments). Scalars follow YAML
/// 1.2's core schema as ruamel's safe loader in AWS CLI v2 does: `true`/`false`, `null`/`~`,
/// integers and floats; everything else is a string. Anchors, tags and multi-document
/// streams are refused with the line they are on (docs/decisions.md, 2026-12-06).
struct YAMLReader {
    /// Why the text is not YAML this reader accepts, with the 1-based line.
    struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        let line: Int
        let reason: String
        var description: String { "line \(line): \(reason)" }
    }

    private struct Line {
        let number: Int
        let indent: Int
        let text: String
    }

    private var lines: [Line] = []
    private var position = 0

    /// Parses one document.
    static func parse(_ text: String) throws(Failure) -> JSONValue {
        var reader = YAMLReader()
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            let indent = line.prefix { $0 == " " }.count
            let body = String(line.dropFirst(indent))
            if body.hasPrefix("\t") { throw Failure(line: number, reason: "tabs are not allowed for indentation") }
            reader.lines.append(Line(number: number, indent: indent, text: body))
        }
        reader.lines = reader.lines.filter { line in
            let content = stripComment(line.text)
            return !content.isEmpty && content != "---" && content != "..."
        }
        guard !reader.lines.isEmpty else { return .null }
        let value = try reader.node(indent: reader.lines[0].indent)
        if reader.position < reader.lines.count {
            let extra = reader.lines[reader.position]
            throw Failure(line: extra.number, reason: "unexpected content at this indentation")
        }
        return value
    }

    /// The text before a comment (`#` at the start or after white space, outside quotes).
    static func stripComment(_ text: String) -> String {
        var quote: Character?
        var previous: Character = " "
        var end = text.endIndex
        for index in text.indices {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                if previous == " " || previous == ":" || index == text.startIndex || previous == "-" || previous == "[" || previous == "," { quote = character }
            } else if character == "#", previous == " " || index == text.startIndex {
                end = index
                break
            }
            previous = character
        }
        var result = String(text[..<end])
        while result.last == " " { result.removeLast() }
        return result
    }

    private mutating func node(indent: Int) throws(Failure) -> JSONValue {
        let line = lines[position]
        let text = Self.stripComment(line.text)
        if text == "-" || text.hasPrefix("- ") { return try sequence(indent: line.indent) }
        if Self.keySplit(text) != nil { return try mapping(indent: line.indent) }
        position += 1
        return try Self.scalar(text, line: line.number)
    }

    private mutating func sequence(indent: Int) throws(Failure) -> JSONValue {
        var items: [JSONValue] = []
        while position < lines.count, lines[position].indent == indent {
            let line = lines[position]
            let text = Self.stripComment(line.text)
            guard text == "-" || text.hasPrefix("- ") else { break }
            let rest = text == "-" ? "" : String(text.dropFirst(2)).drop { $0 == " " }
            if rest.isEmpty {
                position += 1
                guard position < lines.count, lines[position].indent > indent else { items.append(.null); continue }
                items.append(try node(indent: lines[position].indent))
            } else {
                // The item's content continues as if it started on its own line, two columns in.
                let offset = text.count - rest.count
                lines[position] = Line(number: line.number, indent: indent + offset, text: String(rest))
                items.append(try node(indent: indent + offset))
            }
        }
        return .array(items)
    }

    private mutating func mapping(indent: Int) throws(Failure) -> JSONValue {
        var object = JSONObject()
        while position < lines.count, lines[position].indent == indent {
            let line = lines[position]
            let text = Self.stripComment(line.text)
            guard let (rawKey, rawValue) = Self.keySplit(text) else {
                throw Failure(line: line.number, reason: "expected 'key: value'")
            }
            let key: String
            switch try Self.scalar(rawKey, line: line.number) {
            case .string(let name): key = name
            case let other: key = JSONWriter.string(for: other, style: .compact)
            }
            position += 1
            if rawValue.isEmpty {
                if position < lines.count, lines[position].indent > indent
                    || (lines[position].indent == indent && (Self.stripComment(lines[position].text).hasPrefix("- ") || Self.stripComment(lines[position].text) == "-")) {
                    object[key] = try node(indent: lines[position].indent)
                } else {
                    object[key] = .null
                }
            } else if rawValue.hasPrefix("|") || rawValue.hasPrefix(">") {
                object[key] = .string(blockScalar(header: rawValue, parentIndent: indent))
            } else {
                object[key] = try Self.scalar(rawValue, line: line.number)
            }
        }
        return .object(object)
    }

    /// `|` keeps line breaks, `>` folds them into spaces; `-` drops the final newline.
    private mutating func blockScalar(header: String, parentIndent: Int) -> String {
        var body: [String] = []
        var blockIndent: Int?
        while position < lines.count, lines[position].indent > parentIndent {
            let line = lines[position]
            let indent = blockIndent ?? line.indent
            blockIndent = indent
            body.append(String(repeating: " ", count: max(line.indent - indent, 0)) + line.text)
            position += 1
        }
        let joined = header.hasPrefix(">") ? body.joined(separator: " ") : body.joined(separator: "\n")
        return header.hasSuffix("-") ? joined : joined + "\n"
    }

    /// `key: value` → (key, value) when the line is a mapping entry.
    static func keySplit(_ text: String) -> (String, String)? {
        guard let first = text.first, first != "[", first != "{" else { return nil }
        var quote: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if (character == "'" || character == "\"") && index == text.startIndex {
                quote = character
            } else if character == ":" {
                let next = text.index(after: index)
                if next == text.endIndex || text[next] == " " {
                    let key = String(text[..<index]).trimmingWhitespace
                    let value = next == text.endIndex ? "" : String(text[next...]).trimmingWhitespace
                    return (key, value)
                }
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// A scalar in YAML 1.2's core schema.
    static func scalar(_ text: String, line: Int) throws(Failure) -> JSONValue {
        if text.hasPrefix("&") || text.hasPrefix("*") || text.hasPrefix("!") {
            throw Failure(line: line, reason: "anchors, aliases and tags are not supported")
        }
        if text.hasPrefix("'") {
            guard text.count >= 2, text.hasSuffix("'") else { throw Failure(line: line, reason: "unterminated quoted string") }
            return .string(String(text.dropFirst().dropLast()).replacing("''", with: "'"))
        }
        if text.hasPrefix("\"") {
            guard text.count >= 2, text.hasSuffix("\""), let value = try? JSONParser.parse(text) else {
                throw Failure(line: line, reason: "bad double-quoted string")
            }
            return value
        }
        if text == "[]" { return .array([]) }
        if text == "{}" { return .object(JSONObject()) }
        if text.hasPrefix("[") {
            guard text.hasSuffix("]") else { throw Failure(line: line, reason: "unterminated flow sequence") }
            var items: [JSONValue] = []
            for part in text.dropFirst().dropLast().split(separator: ",") {
                items.append(try scalar(String(part).trimmingWhitespace, line: line))
            }
            return .array(items)
        }
        if text.hasPrefix("{") {
            guard let value = try? JSONParser.parse(text) else { throw Failure(line: line, reason: "flow mappings must be JSON") }
            return value
        }
        switch text {
        case "null", "Null", "NULL", "~": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if let number = Self.number(text) { return .number(number) }
        return .string(text)
    }

    private static func number(_ text: String) -> JSONNumber? {
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        guard let first = digits.first, first.isASCII, first.isNumber else { return nil }
        let body = text.hasPrefix("+") ? String(text.dropFirst()) : text
        guard body.allSatisfy({ "0123456789.eE+-".contains($0) }), let value = try? JSONParser.parse(body), case .number(let number) = value else {
            return nil
        }
        return number
    }
}
