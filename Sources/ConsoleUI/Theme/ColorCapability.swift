/// How many colours the terminal can show, decided from the environment as issue #5 says:
/// `NO_COLOR` (non-empty) → monochrome; `COLORTERM=truecolor|24bit` → truecolor; a TERM ending
/// in `-256color` → 256; otherwise 16 (or 8 when the terminal reports only 8 colours).
public enum ColorCapability: String, Hashable, Sendable, Comparable, CaseIterable {
    /// Attributes only.
    case monochrome
    /// The 8 basic ANSI colours.
    case ansi8
    /// 16 ANSI colours.
    case ansi16
    /// The xterm 256-colour palette.
    case color256
    /// 24-bit colour.
    case truecolor

    /// What the environment asks for (before the terminal's own limits apply).
    public static func requested(by environment: [String: String]) -> ColorCapability {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
        if colorTerm == "truecolor" || colorTerm == "24bit" { return .truecolor }
        let term = environment["TERM"] ?? ""
        if term.hasSuffix("-direct") { return .truecolor }
        if term.hasSuffix("-256color") { return .color256 }
        return .ansi16
    }

    /// The tier to use: what the environment asks for, limited by the number of colours the
    /// terminal reports (`colors` from terminfo; `directColor` when it takes RGB values).
    /// Truecolor needs a direct-colour terminfo entry in ncurses; otherwise it falls to 256.
    public static func resolve(environment: [String: String], colors: Int, directColor: Bool) -> ColorCapability {
        let wanted = requested(by: environment)
        if wanted == .monochrome || colors < 8 { return .monochrome }
        let available: ColorCapability = directColor ? .truecolor
            : colors >= 256 ? .color256 : colors >= 16 ? .ansi16 : .ansi8
        if wanted == .ansi16 { return min(available, .ansi16) }
        return min(wanted, available)
    }

    /// Orders by the number of colours.
    public static func < (lhs: ColorCapability, rhs: ColorCapability) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
