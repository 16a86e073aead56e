/// A key press, decoded by the terminal. Pages and the key table see only these values,
/// never terminal key codes.
public enum Key: Hashable, Sendable {
    /// A printable character (typed text, or a letter command such as `q`).
    case character(Character)
    /// Ctrl plus a letter (`ctrl("c")` is Ctrl-C); the letter is lowercase.
    case ctrl(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Enter / Return.
    case enter
    /// Escape (delivered without the classic one-second delay).
    case escape
    /// Backspace.
    case backspace
    /// Delete (forward).
    case delete
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// A function key, `function(1)` is F1.
    case function(Int)
    /// Shift-← (extends a text selection).
    case shiftLeft
    /// Shift-→ (extends a text selection).
    case shiftRight
    /// Shift-Home (selects to the start of a field).
    case shiftHome
    /// Shift-End (selects to the end of a field).
    case shiftEnd

    /// The name shown in the status bar, the help overlay and docs/keybindings.md.
    public var displayName: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .ctrl(let c): "Ctrl-" + String(c).uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .function(let n): "F\(n)"
        case .shiftLeft: "Shift-←"
        case .shiftRight: "Shift-→"
        case .shiftHome: "Shift-Home"
        case .shiftEnd: "Shift-End"
        }
    }

    /// Whether a text field would take this key as typed input, so single-letter commands
    /// (vim keys, `q`, `?`) must stand aside while a field has focus.
    public var isTyping: Bool {
        if case .character = self { return true }
        return false
    }
}
