/// One character cell of a `Frame`.
///
/// A character two columns wide sits in its first cell; the second cell is a continuation
/// (`text` empty) so columns stay aligned with the terminal.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown in this cell; empty for the right half of a wide character.
    public var text: String
    /// What the cell means; the theme turns it into colours and attributes.
    public var role: StyleRole

    /// Creates a cell.
    public init(_ text: String, role: StyleRole = .text) {
        self.text = text
        self.role = role
    }

    /// A blank cell.
    public static let blank = Cell(" ")

    /// Whether this cell is the right half of a wide character.
    public var isContinuation: Bool { text.isEmpty }
}
