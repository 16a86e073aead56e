import ConsoleUI
import Foundation
import Testing

/// The repository's Themes/ directory.
let themesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Themes")

private func shippedTheme(_ name: String) throws -> Theme {
    let text = try String(contentsOf: themesDirectory.appendingPathComponent(name + ".json"), encoding: .utf8)
    return try ThemeDecoder.decode(text, source: name + ".json")
}

@Suite("Shipped themes: complete, readable, and never colour alone")
struct ThemeTests {
    static let shipped = ["default", "aws-console", "high-contrast", "monochrome", "light"]

    @Test("every shipped theme parses and defines every role", arguments: shipped)
    func parses(name: String) throws {
        let theme = try shippedTheme(name)
        #expect(theme.name == name)
        #expect(Set(theme.styles.keys) == Set(StyleRole.allCases))
    }

    @Test("text keeps a WCAG contrast of at least 4.5:1 at truecolor", arguments: shipped)
    func contrast(name: String) throws {
        let theme = try shippedTheme(name)
        for role in StyleRole.allCases where role != .border {
            let style = theme.style(role)
            let fg = try #require(style.foreground.truecolor, "\(name).\(role) has no truecolor foreground")
            let bg = try #require(style.background.truecolor, "\(name).\(role) has no truecolor background")
            #expect(fg.contrastRatio(with: bg) >= 4.5, "\(name).\(role): \(fg) on \(bg) is \(fg.contrastRatio(with: bg)):1")
        }
    }

    @Test("every state role has a monochrome attribute that is not just dim", arguments: shipped)
    func monochromeFallback(name: String) throws {
        let theme = try shippedTheme(name)
        for role in StyleRole.allCases where role.isStateRole && role != .disabled && role != .muted {
            let attributes = theme.style(role).monochrome
            #expect(!attributes.subtracting([.dim]).isEmpty, "\(name).\(role) needs bold/underline/reverse for monochrome")
        }
    }

    @Test("the compiled-in default equals Themes/default.json")
    func builtInMatchesFile() throws {
        #expect(ThemeCatalog.builtInDefault == (try shippedTheme("default")))
    }

    @Test("the schema lists every role")
    func schemaListsRoles() throws {
        let schema = try String(contentsOf: themesDirectory.appendingPathComponent("theme.schema.json"), encoding: .utf8)
        for role in StyleRole.allCases { #expect(schema.contains("\"\(role.rawValue)\"")) }
    }

    @Test("WCAG contrast of black on white is 21:1")
    func contrastFormula() throws {
        let black = try #require(RGB(hex: "#000000"))
        let white = try #require(RGB(hex: "#ffffff"))
        #expect(abs(black.contrastRatio(with: white) - 21) < 0.001)
    }
}

@Suite("Broken themes are named with line and column")
struct ThemeErrorTests {
    @Test("errors point at the offending spot", arguments: [
        ("{\n  \"name\": \"x\",\n  \"roles\": {\n    \"txet\": {}\n  }\n}", 4, "unknown role \"txet\""),
        ("{\n  \"name\": \"x\",\n  \"roles\": { ,\n}", 3, ""),
        ("{\"name\":\"x\",\"roles\":{\"text\":{\"fg\":{\"truecolor\":\"#zzz\",\"256\":1,\"16\":\"red\"}}}}", 1, "is not a colour"),
    ])
    func located(text: String, line: Int, fragment: String) {
        #expect {
            _ = try ThemeDecoder.decode(text, source: "bad.json")
        } throws: { error in
            guard case .invalid(let source, let l, _, let message) = error as? ThemeError else { return false }
            return source == "bad.json" && l == line && (fragment.isEmpty || message.contains(fragment))
        }
    }

    @Test("a missing role is reported")
    func missingRole() {
        #expect(throws: ThemeError.self) { try ThemeDecoder.decode("{\"name\":\"x\",\"roles\":{}}", source: "x") }
    }
}
