/// One line of editable text with a cursor, as the wizard's fields hold it. Typed characters
/// insert at the cursor; ← → Home End move; Backspace and Delete remove.
public struct WizardTextInput: Hashable, Sendable {
    /// The text.
    public private(set) var text: String
    /// The cursor, as a character offset into `text` (0…count).
    public private(set) var cursor: Int

    /// Creates a field holding `text`, with the cursor at its end.
    public init(_ text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    /// Replaces the whole text (cursor to the end).
    public mutating func set(_ newText: String) {
        text = newText
        cursor = newText.count
    }

    /// Applies an editing key; returns whether the key was an editing key.
    @discardableResult
    public mutating func edit(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            let index = text.index(text.startIndex, offsetBy: cursor)
            text.insert(character, at: index)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            let index = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: index)
            cursor -= 1
        case .delete:
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = text.count
        case .ctrl("u"):
            text.removeSubrange(text.startIndex..<text.index(text.startIndex, offsetBy: cursor))
            cursor = 0
        default: return false
        }
        return true
    }

    /// The text shown in `width` columns, scrolled so the cursor stays visible, and the cursor's
    /// column within it.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        let characters = Array(text)
        let start = max(0, cursor - (width - 1))
        let end = min(characters.count, start + width)
        return (String(characters[start..<end]), cursor - start)
    }
}
