import DisplayText

/// A labelled one-line text field a page shows while it asks for something (a filter, a name,
/// the role name that confirms a deletion). Typed keys go to `apply`; Enter and Esc are the
/// page's. The editing itself is the console's one `TextField`.
public struct TextPrompt: Hashable, Sendable {
    /// The label before the field.
    public var label: String
    /// The field being edited.
    public var field: TextField

    /// Creates a prompt.
    public init(label: String, text: String = "") {
        self.label = label
        self.field = TextField(text)
    }

    /// What was typed.
    public var text: String {
        get { field.text }
        set { field.set(newValue) }
    }

    /// Applies a typed or editing key; returns whether the text changed.
    @discardableResult
    public mutating func apply(_ key: Key) -> Bool {
        let before = field.text
        field.edit(key)
        return field.text != before
    }

    /// Draws `label text` on `row` from `col`, the field in the input role, and places the cursor.
    public func render(into frame: inout Frame, row: Int, col: Int, width: Int) {
        let used = frame.put(label, row: row, col: col, role: .title, maxWidth: width)
        let fieldWidth = max(1, width - used - 1)
        field.render(into: &frame, row: row, col: col + used + 1, width: fieldWidth, focused: true)
    }
}
