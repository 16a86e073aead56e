import DisplayText
import IAMPolicy

/// One run of text of a highlighted JSON line and what it means.
public struct JSONSpan: Hashable, Sendable {
    /// The text, already sanitized (no control characters, tabs expanded).
    public var text: String
    /// `jsonKey`, `jsonString`, `jsonNumber`, `jsonLiteral`, `jsonPunctuation`, `text`, or
    /// `warning` for strings the caller flagged (e.g. a trust principal that no longer exists).
    public var role: StyleRole

    /// Creates a span.
    public init(_ text: String, role: StyleRole) {
        self.text = text
        self.role = role
    }
}

/// Policy documents as highlighted, sanitized lines: shared by the Roles, Policies, Users and
/// wizard pages so every policy looks the same everywhere.
///
/// A document that parses is pretty-printed the way `aws … --output json` prints it (4-space
/// indent, key order kept), as the AWS console's JSON tab shows policies; one that does not
/// parse (while it is being edited) is shown as typed, line by line, still highlighted.
/// Everything goes through `Sanitizer`, so a policy cannot carry escape sequences to the terminal.
public enum JSONView {
    /// The document's lines, highlighted. Strings in `flagged` get the `warning` role.
    public static func lines(_ text: String, pretty: Bool = true, flagged: Set<String> = []) -> [[JSONSpan]] {
        var source = text
        if pretty, let value = try? JSONParser.parse(text) {
            source = JSONWriter.string(for: value, style: .awsCLI)
        }
        return Sanitizer.lines(source).map { highlight($0, flagged: flagged) }
    }

    /// Splits one (sanitized) line into spans: a string followed by `:` is a key.
    public static func highlight(_ line: String, flagged: Set<String> = []) -> [JSONSpan] {
        var spans: [JSONSpan] = []
        let characters = Array(line)
        var index = 0
        var plain = ""
        func flushPlain() {
            if !plain.isEmpty { spans.append(JSONSpan(plain, role: .text)) }
            plain = ""
        }
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\"":
                flushPlain()
                let end = stringEnd(characters, from: index)
                let token = String(characters[index..<end])
                let rest = characters[end...].drop { $0 == " " }
                let isKey = rest.first == ":"
                let inner = token.count >= 2 ? String(token.dropFirst().dropLast()) : token
                let role: StyleRole = isKey ? .jsonKey : (flagged.contains(inner) ? .warning : .jsonString)
                spans.append(JSONSpan(token, role: role))
                index = end
            case "{", "}", "[", "]", ",", ":":
                flushPlain()
                spans.append(JSONSpan(String(character), role: .jsonPunctuation))
                index += 1
            case "-", "0"..."9":
                flushPlain()
                var end = index + 1
                while end < characters.count, "0123456789.eE+-".contains(characters[end]) { end += 1 }
                spans.append(JSONSpan(String(characters[index..<end]), role: .jsonNumber))
                index = end
            default:
                if let literal = ["true", "false", "null"].first(where: { matches($0, characters, at: index) }) {
                    flushPlain()
                    spans.append(JSONSpan(literal, role: .jsonLiteral))
                    index += literal.count
                } else {
                    plain.append(character)
                    index += 1
                }
            }
        }
        flushPlain()
        return spans
    }

    /// Draws `lines` into `area` starting at line `top`, with line numbers when the area is
    /// wide enough (so located errors such as `line 4, column 9` can be found at a glance).
    /// The line `marked` (1-based), if any, gets a `▶` in the danger role.
    public static func render(into frame: inout Frame, area: Rect, lines: [[JSONSpan]], top: Int = 0,
                              numbered: Bool = true, marked: Int? = nil) {
        guard !area.isEmpty else { return }
        let gutter = numbered && area.width >= 40 ? max(3, String(lines.count).count) + 2 : 0
        for offset in 0..<area.height {
            let index = top + offset
            guard index >= 0, index < lines.count else { break }
            let row = area.row + offset
            if gutter > 0 {
                let isMarked = marked == index + 1
                let number = String(index + 1)
                let label = (isMarked ? "▶" : " ") + String(repeating: " ", count: max(0, gutter - 2 - number.count)) + number + " "
                frame.put(label, row: row, col: area.col, role: isMarked ? .danger : .muted, maxWidth: gutter)
            }
            var col = area.col + gutter
            for span in lines[index] where col < area.maxCol {
                col += frame.put(span.text, row: row, col: col, role: span.role, maxWidth: area.maxCol - col)
            }
        }
    }

    /// The plain text of a highlighted line (tests, search).
    public static func text(of line: [JSONSpan]) -> String {
        line.map(\.text).joined()
    }

    /// The index just past the string starting at `start` (an opening quote), honouring `\"`.
    private static func stringEnd(_ characters: [Character], from start: Int) -> Int {
        var index = start + 1
        while index < characters.count {
            if characters[index] == "\\" {
                index += 2
                continue
            }
            if characters[index] == "\"" { return index + 1 }
            index += 1
        }
        return characters.count
    }

    private static func matches(_ word: String, _ characters: [Character], at index: Int) -> Bool {
        let letters = Array(word)
        guard index + letters.count <= characters.count else { return false }
        return Array(characters[index..<(index + letters.count)]) == letters
    }
}
