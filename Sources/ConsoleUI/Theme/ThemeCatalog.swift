import IAMPolicy

/// Finds the theme to use: `--theme NAME|PATH`, else `ROLECALL_THEME`, else the `theme` key of
/// `$XDG_CONFIG_HOME/rolecall/config.json`, else the built-in default. A name is looked up in
/// `$XDG_CONFIG_HOME/rolecall/themes/NAME.json`, then in the shipped `Themes/` directories,
/// then among the built-in themes. Anything that fails falls back to the built-in default with
/// a notice naming the file, line and column.
///
/// File access is injected, so this stays free of I/O and is tested with an in-memory tree.
public struct ThemeCatalog: Sendable {
    /// Reads a file's text; `nil` when it does not exist or cannot be read.
    public var readFile: @Sendable (String) -> String?
    /// The process environment.
    public var environment: [String: String]
    /// Directories holding shipped themes (next to the executable, in the package checkout).
    public var shippedDirectories: [String]

    /// Creates a catalog.
    public init(readFile: @escaping @Sendable (String) -> String?, environment: [String: String],
                shippedDirectories: [String]) {
        self.readFile = readFile
        self.environment = environment
        self.shippedDirectories = shippedDirectories
    }

    /// The chosen theme, and a notice when the choice could not be honoured.
    public struct Choice: Sendable {
        /// The theme to use.
        public let theme: Theme
        /// Shown to the user when something was wrong (the theme fell back to the default).
        public let notice: String?
    }

    /// The JSON text of the built-in default theme (a starting point for user themes).
    public static var builtInDefaultJSON: String { BuiltInTheme.json }

    /// The built-in default theme.
    public static var builtInDefault: Theme {
        // The compiled-in JSON is checked by a test, so decoding cannot fail in practice; the
        // fallback keeps the console usable even if it somehow did.
        (try? ThemeDecoder.decode(BuiltInTheme.json, source: "built-in default"))
            ?? Theme(name: "default", summary: "", followsTerminalPalette: true, styles: [:])
    }

    /// `$XDG_CONFIG_HOME/rolecall` (or `~/.config/rolecall`).
    public var configDirectory: String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/rolecall" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/rolecall"
    }

    /// Chooses the theme for `option` (the `--theme` value, if given).
    public func choose(option: String?) -> Choice {
        var requested = option ?? environment["ROLECALL_THEME"].flatMap { $0.isEmpty ? nil : $0 }
        var configNotice: String?
        if requested == nil, let dir = configDirectory, let text = readFile(dir + "/config.json") {
            switch configuredTheme(text, source: dir + "/config.json") {
            case .success(let name): requested = name
            case .failure(let error): configNotice = "\(error); using the built-in default theme"
            }
        }
        guard let requested else { return Choice(theme: Self.builtInDefault, notice: configNotice) }
        do {
            return Choice(theme: try load(requested), notice: nil)
        } catch {
            return Choice(theme: Self.builtInDefault, notice: "\(error); using the built-in default theme")
        }
    }

    /// Loads a theme by name or path.
    public func load(_ nameOrPath: String) throws(ThemeError) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".json") {
            guard let text = readFile(nameOrPath) else { throw .unreadable(path: nameOrPath) }
            return try ThemeDecoder.decode(text, source: nameOrPath)
        }
        let candidates = ([configDirectory.map { $0 + "/themes" }].compactMap { $0} + shippedDirectories)
            .map { "\($0)/\(nameOrPath).json" }
        for path in candidates {
            if let text = readFile(path) { return try ThemeDecoder.decode(text, source: path) }
        }
        if nameOrPath == "default" { return Self.builtInDefault }
        throw .notFound(name: nameOrPath, searched: candidates + ["built-in"])
    }

    /// The `theme` key of config.json.
    private func configuredTheme(_ text: String, source: String) -> Result<String?, ThemeError> {
        do {
            let (value, locations) = try JSONParser.parseWithLocations(text)
            guard let theme = value["theme"] else { return .success(nil) }
            guard let name = theme.stringValue else {
                let at = locations.span(at: .root.appending(key: "theme"))?.start ?? locations.position(atOffset: 0)
                return .failure(.invalid(source: source, line: at.line, column: at.column,
                                         message: "\"theme\" must be a string (a theme name or path)"))
            }
            return .success(name)
        } catch {
            return .failure(.invalid(source: source, line: error.position.line, column: error.position.column,
                                     message: error.message))
        }
    }
}
