import IAMPolicy

/// AWS CLI v2's `--output yaml` (awscli/formatter.py `YAMLFormatter`, ruamel.yaml's safe dumper
/// in block style): keys sorted, lists of a mapping's key at the key's column, scalars plain
/// unless YAML would read them as something else (numbers, booleans, dates, indicators), then
/// single-quoted; a plain scalar alone ends its document with `...`.
/// Long plain and single-quoted values are folded as ruamel's emitter folds them (`YAMLFolding`).
/// https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-output-format.html#yaml-output
enum YAMLFormatter {
    /// One YAML document for `value`.
    static func document(_ value: JSONValue) -> String {
        switch value {
        case .object(let object) where !object.isEmpty:
            return mapping(object, indent: 0)
        case .array(let items) where !items.isEmpty:
            return sequence(items, indent: 0)
        default:
            let text = scalar(value)
            // A plain scalar alone is followed by the document end marker, as ruamel writes it.
            return folded(value, text, column: 0, indent: 0) + "\n" + (isPlain(value, text: text) ? "...\n" : "")
        }
    }

    /// `--output yaml-stream`: the pages as one sequence, a page per item.
    static func stream(_ pages: [JSONValue]) -> String {
        sequence(pages, indent: 0)
    }

    private static func mapping(_ object: JSONObject, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var out = ""
        for key in object.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            guard let value = object[key] else { continue }
            let name = scalar(.string(key))
            switch value {
            case .object(let child) where !child.isEmpty:
                out += pad + name + ":\n" + mapping(child, indent: indent + 2)
            case .array(let items) where !items.isEmpty:
                out += pad + name + ":\n" + sequence(items, indent: indent)
            default:
                let column = indent + name.unicodeScalars.count + 2
                out += pad + name + ": " + folded(value, scalar(value), column: column, indent: indent + 2) + "\n"
            }
        }
        return out
    }

    private static func sequence(_ items: [JSONValue], indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var out = ""
        for item in items {
            switch item {
            case .object(let child) where !child.isEmpty:
                // The first key follows "- "; the others line up under it.
                let body = mapping(child, indent: indent + 2)
                out += pad + "- " + body.dropFirst(indent + 2)
            case .array(let inner) where !inner.isEmpty:
                let body = sequence(inner, indent: indent + 2)
                out += pad + "- " + body.dropFirst(indent + 2)
            default:
                out += pad + "- " + folded(item, scalar(item), column: indent + 2, indent: indent + 2) + "\n"
            }
        }
        return out
    }

    /// `text` (the scalar `value` as `scalar` writes it) folded for a value that starts at
    /// `column`, continuation lines at `indent`: plain and single-quoted strings only.
    private static func folded(_ value: JSONValue, _ text: String, column: Int, indent: Int) -> String {
        guard case .string(let raw) = value else { return text }
        if text.hasPrefix("\"") { return YAMLFolding.doubleQuoted(raw, column: column, indent: indent) }
        guard raw.contains(" ") else { return text }
        if text.hasPrefix("'") { return YAMLFolding.singleQuoted(raw, column: column, indent: indent) }
        return YAMLFolding.plain(raw, column: column, indent: indent)
    }

    /// A scalar in flow position.
    static func scalar(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return number.text
        case .array: return "[]"
        case .object: return "{}"
        case .string(let text):
            // Characters YAML cannot print (controls, tab and line breaks included; DEL, C1, the
            // BOM) make ruamel double-quote the value. NEL and the line/paragraph separators are
            // escaped inside double quotes but do not by themselves choose them.
            if text.unicodeScalars.contains(where: { YAMLFolding.needsEscape($0) && !"\"\\\u{85}\u{2028}\u{2029}".unicodeScalars.contains($0) }) {
                return YAMLFolding.doubleQuoted(text, column: 0, indent: 0, split: false)
            }
            return needsQuotes(text) ? "'" + text.replacing("'", with: "''") + "'" : text
        }
    }

    private static func isPlain(_ value: JSONValue, text: String) -> Bool {
        switch value {
        case .string: return !text.hasPrefix("'") && !text.hasPrefix("\"")
        case .array, .object: return false
        default: return true
        }
    }

    /// Whether a plain scalar would be read back as something other than this string.
    static func needsQuotes(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        if first == " " || last == " " || first == "\t" || last == "\t" { return true }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) {
            // "-", "?" and ":" start a plain scalar only when followed by a non-space.
            let second = text.unicodeScalars.dropFirst().first
            guard "-?:".unicodeScalars.contains(first), let second, second != " " else { return true }
            if text == "---" || text.hasPrefix("--- ") { return true }
        }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return true }
        let lower = text.lowercased()
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", ".inf", "-.inf", "+.inf", ".nan"]
        if reserved.contains(lower) { return true }
        return looksNumeric(text) || looksLikeDate(text)
    }

    private static func looksNumeric(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        guard let first = body.first, first.isASCII, first.isNumber || first == "." else { return false }
        if body.hasPrefix("0x") || body.hasPrefix("0o") || body.hasPrefix("0b") { return true }
        let allowed = Set("0123456789._eE+-:")
        return body.allSatisfy { allowed.contains($0) } && body.contains(where: \.isNumber)
    }

    /// YAML 1.1 timestamps: `2026-11-29`, `2026-11-29T08:00:00+00:00`, …
    private static func looksLikeDate(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 8, let dash = scalars.firstIndex(of: "-"), dash == 4 else { return false }
        return scalars.prefix(4).allSatisfy { $0.properties.numericType != nil }
    }
}
