/// A mouse event the terminal reported (where it reports them: ncurses' mouse events through
/// the Terminal layer). The keyboard stays complete on its own; the mouse is a shortcut.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Kind: Hashable, Sendable {
        /// The primary button was pressed (a click).
        case press
        /// The wheel turned up (away from the user).
        case wheelUp
        /// The wheel turned down.
        case wheelDown
    }

    /// What the mouse did.
    public var kind: Kind
    /// The screen row, from 0 at the top.
    public var row: Int
    /// The screen column, from 0 at the left.
    public var col: Int

    /// An event at `row`, `col`.
    public init(_ kind: Kind, row: Int, col: Int) {
        self.kind = kind
        self.row = row
        self.col = col
    }
}
