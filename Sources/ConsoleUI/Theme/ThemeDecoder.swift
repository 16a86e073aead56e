import IAMPolicy

/// Reads a theme from JSON text, reporting every problem with its line and column.
public enum ThemeDecoder {
    /// Parses `text` (named `source` in messages).
    public static func decode(_ text: String, source: String) throws(ThemeError) -> Theme {
        let value: JSONValue
        let locations: JSONLocationMap
        do {
            (value, locations) = try JSONParser.parseWithLocations(text)
        } catch {
            throw .invalid(source: source, line: error.position.line, column: error.position.column,
                           message: error.message)
        }
        let reader = Reader(source: source, locations: locations)
        return try reader.theme(value)
    }

    /// Walks the parsed document with locations at hand.
    struct Reader {
        let source: String
        let locations: JSONLocationMap

        func fail(_ path: JSONPath, _ message: String) -> ThemeError {
            let position = locations.span(at: path)?.start ?? locations.position(atOffset: 0)
            return .invalid(source: source, line: position.line, column: position.column, message: message)
        }

        func theme(_ root: JSONValue) throws(ThemeError) -> Theme {
            guard let object = root.objectValue else { throw fail(.root, "a theme is a JSON object") }
            guard let name = object["name"]?.stringValue, !name.isEmpty else {
                throw fail(.root, "\"name\" (a non-empty string) is required")
            }
            let summary = object["description"]?.stringValue ?? ""
            let follows = object["followsTerminalPalette"]?.boolValue ?? false
            let rolesPath = JSONPath.root.appending(key: "roles")
            guard let roles = object["roles"]?.objectValue else {
                throw fail(.root, "\"roles\" (an object with a style per role) is required")
            }
            let foreground = try color(object["foreground"], at: .root.appending(key: "foreground")) ?? .terminalDefault
            let background = try color(object["background"], at: .root.appending(key: "background")) ?? .terminalDefault
            var styles: [StyleRole: RoleStyle] = [:]
            for member in roles.members {
                let path = rolesPath.appending(key: member.key)
                guard let role = StyleRole(rawValue: member.key) else {
                    throw fail(path, "unknown role \"\(member.key)\"; roles are: "
                        + StyleRole.allCases.map(\.rawValue).joined(separator: ", "))
                }
                styles[role] = try style(member.value, at: path, foreground: foreground, background: background)
            }
            if let missing = StyleRole.allCases.first(where: { styles[$0] == nil }) {
                throw fail(rolesPath, "role \"\(missing.rawValue)\" is missing (every role must be defined)")
            }
            return Theme(name: name, summary: summary, followsTerminalPalette: follows, styles: styles)
        }

        func style(_ value: JSONValue, at path: JSONPath, foreground: ColorValue,
                   background: ColorValue) throws(ThemeError) -> RoleStyle {
            guard let object = value.objectValue else { throw fail(path, "a role style is an object") }
            for key in object.keys where !["fg", "bg", "attributes", "monochrome"].contains(key) {
                throw fail(path.appending(key: key), "unknown key \"\(key)\"; use fg, bg, attributes, monochrome")
            }
            return RoleStyle(
                foreground: try color(object["fg"], at: path.appending(key: "fg")) ?? foreground,
                background: try color(object["bg"], at: path.appending(key: "bg")) ?? background,
                attributes: try attributes(object["attributes"], at: path.appending(key: "attributes")),
                monochrome: try attributes(object["monochrome"], at: path.appending(key: "monochrome")))
        }

        func color(_ value: JSONValue?, at path: JSONPath) throws(ThemeError) -> ColorValue? {
            guard let value else { return nil }
            guard let object = value.objectValue else {
                throw fail(path, "a colour is an object with \"truecolor\", \"256\" and \"16\"")
            }
            guard let trueText = object["truecolor"]?.stringValue else {
                throw fail(path, "\"truecolor\" is required (\"#rrggbb\" or \"default\")")
            }
            let truecolor: RGB?
            if trueText == "default" {
                truecolor = nil
            } else if let rgb = RGB(hex: trueText) {
                truecolor = rgb
            } else {
                throw fail(path.appending(key: "truecolor"), "\"\(trueText)\" is not a colour; write \"#rrggbb\" or \"default\"")
            }
            guard let index = object["256"]?.numberValue?.intValue, (-1...255).contains(index) else {
                throw fail(object["256"] == nil ? path : path.appending(key: "256"),
                           "\"256\" must be a palette index 0–255, or -1 for the terminal default")
            }
            guard let name = object["16"]?.stringValue, let ansi = ANSIColor(rawValue: name) else {
                throw fail(object["16"] == nil ? path : path.appending(key: "16"),
                           "\"16\" must be one of: " + ANSIColor.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return ColorValue(truecolor: truecolor, color256: index, color16: ansi)
        }

        func attributes(_ value: JSONValue?, at path: JSONPath) throws(ThemeError) -> Set<TextAttribute> {
            guard let value else { return [] }
            guard let array = value.arrayValue else { throw fail(path, "attributes are an array of names") }
            var result = Set<TextAttribute>()
            for (i, item) in array.enumerated() {
                guard let name = item.stringValue, let attribute = TextAttribute(rawValue: name) else {
                    throw fail(path.appending(index: i), "unknown attribute; use "
                        + TextAttribute.allCases.map(\.rawValue).joined(separator: ", "))
                }
                result.insert(attribute)
            }
            return result
        }
    }
}
