/// What a cell *means*, never what colour it is: the theme maps each role to colours per
/// terminal capability and to attributes for monochrome terminals.
///
/// Raw values are the keys of theme files (`Themes/*.json`); `letter` is the code used in the
/// role layer of screen snapshots.
public enum StyleRole: String, CaseIterable, Hashable, Sendable, Codable {
    /// Ordinary text.
    case text
    /// Secondary text: hints, placeholders, metadata.
    case muted
    /// Titles of pages and panels.
    case title
    /// Box and separator lines.
    case border
    /// The focused field or control.
    case focus
    /// The selected row of a list.
    case selection
    /// A key name in the status bar or help (`Tab`, `?`).
    case keyHint
    /// A key whose action is currently disabled.
    case disabled
    /// A successful outcome (saved, allowed).
    case success
    /// A warning.
    case warning
    /// A failure or destructive action (denied, delete).
    case danger
    /// Neutral information.
    case info
    /// A transient notice (e.g. "theme fell back to default").
    case notice
    /// An editable text field.
    case input
    /// JSON object keys.
    case jsonKey
    /// JSON strings.
    case jsonString
    /// JSON numbers.
    case jsonNumber
    /// JSON `true`, `false`, `null`.
    case jsonLiteral
    /// JSON braces, brackets, commas and colons.
    case jsonPunctuation
    /// Added lines of a diff.
    case diffAdd
    /// Removed lines of a diff.
    case diffRemove
    /// Switch Role display colour: red.
    case switchRed
    /// Switch Role display colour: orange.
    case switchOrange
    /// Switch Role display colour: yellow.
    case switchYellow
    /// Switch Role display colour: green.
    case switchGreen
    /// Switch Role display colour: blue.
    case switchBlue
    /// The header bar.
    case header
    /// The identity text in the header.
    case headerIdentity
    /// An inactive page tab in the header.
    case tab
    /// The active page tab in the header.
    case tabActive
    /// The status bar at the bottom.
    case statusBar
    /// The body of an overlay (help, confirmation).
    case overlay

    /// One character per role, used by the role layer of screen snapshots.
    public var letter: Character {
        switch self {
        case .text: "."
        case .muted: "m"
        case .title: "T"
        case .border: "b"
        case .focus: "f"
        case .selection: "s"
        case .keyHint: "k"
        case .disabled: "x"
        case .success: "g"
        case .warning: "w"
        case .danger: "d"
        case .info: "i"
        case .notice: "n"
        case .input: "e"
        case .jsonKey: "K"
        case .jsonString: "Q"
        case .jsonNumber: "N"
        case .jsonLiteral: "L"
        case .jsonPunctuation: "P"
        case .diffAdd: "+"
        case .diffRemove: "-"
        case .switchRed: "R"
        case .switchOrange: "O"
        case .switchYellow: "Y"
        case .switchGreen: "G"
        case .switchBlue: "B"
        case .header: "H"
        case .headerIdentity: "I"
        case .tab: "a"
        case .tabActive: "A"
        case .statusBar: "="
        case .overlay: "o"
        }
    }

    /// Roles that tell a *state* (focus, outcome, selection, ...): a theme must give each of
    /// them a monochrome attribute so the state is never told by colour alone.
    public var isStateRole: Bool {
        switch self {
        case .text, .muted, .border, .info, .jsonKey, .jsonString, .jsonNumber, .jsonLiteral,
             .jsonPunctuation, .tab, .overlay, .input, .headerIdentity:
            false
        default:
            true
        }
    }
}
