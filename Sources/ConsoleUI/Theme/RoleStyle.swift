/// How a theme shows one `StyleRole`.
public struct RoleStyle: Hashable, Sendable {
    /// Foreground colour.
    public var foreground: ColorValue
    /// Background colour.
    public var background: ColorValue
    /// Attributes added on colour terminals.
    public var attributes: Set<TextAttribute>
    /// Attributes used instead of colour on monochrome terminals (and with `NO_COLOR`).
    public var monochrome: Set<TextAttribute>

    /// Creates a role style.
    public init(foreground: ColorValue, background: ColorValue, attributes: Set<TextAttribute> = [],
                monochrome: Set<TextAttribute> = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
        self.monochrome = monochrome
    }
}
