import ConsoleUI
import Testing

@Suite("Choosing a theme: --theme, ROLECALL_THEME, config.json, built-in default")
struct ThemeCatalogTests {
    static let light = ThemeCatalog.builtInDefaultJSONRenamed("light")
    static let mine = ThemeCatalog.builtInDefaultJSONRenamed("mine")

    private func catalog(_ files: [String: String], env: [String: String] = [:]) -> ThemeCatalog {
        ThemeCatalog(readFile: { files[$0] }, environment: ["XDG_CONFIG_HOME": "/cfg"].merging(env) { $1 },
                     shippedDirectories: ["/app/Themes"])
    }

    @Test("precedence: option over environment over config over default")
    func precedence() {
        let files = ["/app/Themes/light.json": Self.light, "/cfg/rolecall/themes/mine.json": Self.mine,
                     "/cfg/rolecall/config.json": "{\"theme\": \"mine\"}"]
        #expect(catalog(files).choose(option: "light").theme.name == "light")
        #expect(catalog(files, env: ["ROLECALL_THEME": "light"]).choose(option: nil).theme.name == "light")
        #expect(catalog(files).choose(option: nil).theme.name == "mine")
        #expect(catalog([:]).choose(option: nil).theme.name == "default")
    }

    @Test("user themes win over shipped ones of the same name; a path loads directly")
    func lookup() {
        let files = ["/app/Themes/light.json": Self.light, "/cfg/rolecall/themes/light.json": Self.mine,
                     "/tmp/x.json": Self.light]
        #expect(catalog(files).choose(option: "light").theme.name == "mine")
        #expect(catalog(files).choose(option: "/tmp/x.json").theme.name == "light")
    }

    @Test("a broken theme falls back to the default with a notice naming file, line and column")
    func brokenFallsBack() {
        let files = ["/cfg/rolecall/themes/bad.json": "{\n  \"name\": \"bad\",\n  \"roles\": [\n}"]
        let choice = catalog(files).choose(option: "bad")
        #expect(choice.theme.name == "default")
        #expect(choice.notice?.hasPrefix("theme /cfg/rolecall/themes/bad.json:4:1:") == true)
        #expect(choice.notice?.hasSuffix("using the built-in default theme") == true)
    }

    @Test("an unknown name says where it looked")
    func unknownName() {
        let notice = catalog([:]).choose(option: "nope").notice ?? ""
        #expect(notice.contains("theme 'nope' not found"))
        #expect(notice.contains("/app/Themes/nope.json"))
    }
}

extension ThemeCatalog {
    /// The built-in theme under another name, as JSON.
    static func builtInDefaultJSONRenamed(_ name: String) -> String {
        ThemeCatalog.builtInDefaultJSON.replacingOccurrences(of: "\"name\": \"default\"", with: "\"name\": \"\(name)\"")
    }
}
