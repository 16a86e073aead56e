import DisplayText
import IAMPolicy

/// Colours one line of pretty-printed JSON by token: keys, strings, numbers, literals and
/// punctuation, so policies read as the AWS console shows them. Works line by line, so a
/// long document costs only the lines drawn.
public enum JSONLineHighlighter {
    /// The lines of `document`, highlighted.
    public static func lines(_ document: String) -> [WizardStyledLine] {
        Sanitizer.lines(document).map(highlight)
    }

    /// `document` laid out as the console shows policies (4-space indentation, key order
    /// kept); unchanged when it does not parse.
    public static func pretty(_ document: String) -> String {
        guard let value = try? JSONParser.parse(document) else { return document }
        return JSONWriter.string(for: value, style: .awsCLI)
    }

    /// One line, highlighted.
    public static func highlight(_ line: String) -> WizardStyledLine {
        var result = WizardStyledLine()
        let characters = Array(line)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\"" {
                var end = index + 1
                while end < characters.count, characters[end] != "\"" {
                    end += characters[end] == "\\" ? 2 : 1
                }
                end = min(end + 1, characters.count)
                var after = end
                while after < characters.count, characters[after] == " " { after += 1 }
                let isKey = after < characters.count && characters[after] == ":"
                result.append(String(characters[index..<end]), isKey ? .jsonKey : .jsonString)
                index = end
            } else if "{}[],:".contains(character) {
                result.append(String(character), .jsonPunctuation)
                index += 1
            } else if character == "-" || character.isNumber {
                var end = index + 1
                while end < characters.count, characters[end].isNumber || ".eE+-".contains(characters[end]) { end += 1 }
                result.append(String(characters[index..<end]), .jsonNumber)
                index = end
            } else if character.isLetter {
                var end = index + 1
                while end < characters.count, characters[end].isLetter { end += 1 }
                result.append(String(characters[index..<end]), .jsonLiteral)
                index = end
            } else {
                var end = index + 1
                while end < characters.count, characters[end] == " " { end += 1 }
                result.append(String(characters[index..<end]), .text)
                index = end
            }
        }
        return result
    }
}
