import CNcursesw
import ConsoleUI

/// The curses attributes (colour pair plus text attributes) for each `StyleRole`, set up once
/// from the theme for the terminal's colour capability.
struct RolePalette {
    /// Attributes per role, indexed like `StyleRole.allCases`.
    private var attributes: [attr_t]
    /// Colour pair per role (0 when monochrome).
    private var pairs: [Int16]
    /// The tier in use.
    let capability: ColorCapability

    /// Sets up colour pairs for `theme` at `capability` (call after newterm).
    init(theme: Theme, capability: ColorCapability) {
        self.capability = capability
        let roles = StyleRole.allCases
        attributes = Array(repeating: NC_A_NORMAL, count: roles.count)
        pairs = Array(repeating: 0, count: roles.count)
        if capability != .monochrome {
            _ = start_color()
            _ = use_default_colors()
        }
        for (index, role) in roles.enumerated() {
            let style = theme.style(role)
            if capability == .monochrome {
                attributes[index] = Self.cursesAttributes(style.monochrome)
                continue
            }
            let tier = theme.followsTerminalPalette ? min(capability, .ansi16) : capability
            let (fg, fgBright) = Self.colorNumber(style.foreground, tier: tier)
            let (bg, _) = Self.colorNumber(style.background, tier: tier)
            let pair = Int32(index + 1)
            if pair < nc_color_pairs() {
                _ = init_extended_pair(pair, fg, bg)
                pairs[index] = Int16(pair)
            }
            var attrs = style.attributes
            if fgBright { attrs.insert(.bold) }  // 8-colour terminals show bright as bold
            attributes[index] = Self.cursesAttributes(attrs)
        }
    }

    /// The attributes and pair for `role`.
    func style(for role: StyleRole) -> (attr_t, Int16) {
        let index = role.paletteIndex
        return (attributes[index], pairs[index])
    }

    /// The colour number for a tier, and whether an 8-colour terminal needs bold for brightness.
    static func colorNumber(_ value: ColorValue, tier: ColorCapability) -> (Int32, Bool) {
        switch tier {
        case .truecolor:
            guard let rgb = value.truecolor else { return (-1, false) }
            return (Int32(rgb.packed), false)
        case .color256:
            return (Int32(value.color256), false)
        case .ansi16:
            return (Int32(value.color16.index), false)
        case .ansi8:
            let index = value.color16.index
            return index >= 8 ? (Int32(index - 8), true) : (Int32(index), false)
        case .monochrome:
            return (-1, false)
        }
    }

    static func cursesAttributes(_ set: Set<TextAttribute>) -> attr_t {
        var result = NC_A_NORMAL
        for attribute in set {
            switch attribute {
            case .bold: result |= NC_A_BOLD
            case .underline: result |= NC_A_UNDERLINE
            case .reverse: result |= NC_A_REVERSE
            case .dim: result |= NC_A_DIM
            }
        }
        return result
    }
}

extension StyleRole {
    /// Position in `allCases`, computed once.
    fileprivate var paletteIndex: Int {
        Self.indexTable[self] ?? 0
    }

    private static let indexTable: [StyleRole: Int] = Dictionary(
        uniqueKeysWithValues: StyleRole.allCases.enumerated().map { ($1, $0) })
}
