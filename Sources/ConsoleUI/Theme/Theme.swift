/// A colour theme: a style for every `StyleRole`. Loaded from JSON (`Themes/*.json`, schema in
/// `Themes/theme.schema.json`); a built-in default is compiled in.
public struct Theme: Hashable, Sendable {
    /// Short name (`default`, `aws-console`).
    public var name: String
    /// One-line description.
    public var summary: String
    /// Whether the theme means to use the user's 16-colour palette on every tier (then its
    /// truecolor values only document the reference palette used for contrast checks).
    public var followsTerminalPalette: Bool
    /// The style of every role.
    public var styles: [StyleRole: RoleStyle]

    /// Creates a theme.
    public init(name: String, summary: String, followsTerminalPalette: Bool, styles: [StyleRole: RoleStyle]) {
        self.name = name
        self.summary = summary
        self.followsTerminalPalette = followsTerminalPalette
        self.styles = styles
    }

    /// The style for `role` (plain text if the theme somehow lacks it; loading rejects that).
    public func style(_ role: StyleRole) -> RoleStyle {
        styles[role] ?? styles[.text] ?? RoleStyle(foreground: .terminalDefault, background: .terminalDefault)
    }
}
