import DisplayText
/// A one-line text field a page shows while it asks for something (a filter, a name, the
/// role name that confirms a deletion). Typed keys go to `apply`; Enter and Esc are the page's.
public struct TextPrompt: Hashable, Sendable {
    /// The label before the field.
    public var label: String
    /// What was typed.
    public var text: String

    /// Creates a prompt.
    public init(label: String, text: String = "") {
        self.label = label
        self.text = text
    }

    /// Applies a typed key; returns whether the text changed.
    @discardableResult
    public mutating func apply(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            text.append(character)
            return true
        case .backspace, .delete:
            guard !text.isEmpty else { return false }
            text.removeLast()
            return true
        default:
            return false
        }
    }

    /// Draws `label text▏` on `row` from `col`, the field in the input role, and places the cursor.
    public func render(into frame: inout Frame, row: Int, col: Int, width: Int) {
        let used = frame.put(label, row: row, col: col, role: .title, maxWidth: width)
        let fieldWidth = max(1, width - used - 1)
        let shown = DisplayWidth.of(text) < fieldWidth ? text : String(text.suffix(max(1, fieldWidth - 2)))
        frame.putPadded(shown, row: row, col: col + used + 1, width: fieldWidth, role: .input)
        frame.cursor = (row, min(col + used + 1 + DisplayWidth.of(Sanitizer.line(shown)), col + width - 1))
    }
}
