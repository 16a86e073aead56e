import Foundation

/// The first sentence of an AWS model's HTML documentation, as the operation table and the
/// help pages show it: tags removed, entities decoded, white space collapsed, cut after the
/// first `. `.
enum DocumentationSummary {
    /// The first sentence of `html`.
    static func firstSentence(of html: String) -> String {
        let text = collapseWhiteSpace(decodeEntities(removeTags(html)))
        guard let end = text.range(of: ". ") else { return text }
        return String(text[..<end.lowerBound]) + "."
    }

    private static func removeTags(_ html: String) -> String {
        var output = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true; continue }
            if character == ">" && inTag { inTag = false; continue }
            if !inTag { output.append(character) }
        }
        return output
    }

    private static func decodeEntities(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    private static func collapseWhiteSpace(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}

extension String {
    /// `self` with its first character lowercased (`CreateRole` → `createRole`).
    var lowercasingFirst: String { prefix(1).lowercased() + dropFirst() }
    /// `self` with its first character uppercased (`arnType` → `ArnType`).
    var uppercasingFirst: String { prefix(1).uppercased() + dropFirst() }

    /// `self` as a Swift string literal's contents.
    var swiftEscaped: String {
        var output = ""
        for character in self {
            switch character {
            case "\\": output += "\\\\"
            case "\"": output += "\\\""
            case "\n": output += "\\n"
            default: output.append(character)
            }
        }
        return output
    }
}
