import DisplayText

/// One line of editable text: the only text input of the console. Every editable field (wizard
/// fields, sign-in forms, filters, prompts) holds one.
///
/// Editing works on extended grapheme clusters, what a reader sees as one character: the cursor
/// never stands inside `é` typed as `e` + U+0301, a ZWJ emoji, a flag or a Hangul syllable, and
/// Backspace removes the whole cluster. Widths are display columns of the sanitized text (CJK
/// takes two, an escaped control its escape's width), so the cursor lands where the terminal
/// draws it. The cursor is kept as a count of clusters and recomputed from the text after every
/// edit, so an edit that merges clusters (a combining mark typed after a letter) cannot leave it
/// pointing past the end.
public struct TextField: Hashable, Sendable {
    /// The text.
    public private(set) var text: String
    /// The cursor: how many grapheme clusters stand before it (0…`text.count`).
    public private(set) var cursor: Int
    /// The other end of the selection, when one is made (Shift with ← → Home End); the
    /// selection runs between it and the cursor.
    public private(set) var anchor: Int?
    /// The most grapheme clusters the field accepts; typing beyond is refused.
    public var maxLength: Int

    /// Creates a field holding `text`, with the cursor at its end.
    public init(_ text: String = "", maxLength: Int = 4096) {
        self.text = text
        self.cursor = text.count
        self.maxLength = maxLength
    }

    /// Replaces the whole text (cursor to the end, no selection).
    public mutating func set(_ newText: String) {
        text = newText
        cursor = newText.count
        anchor = nil
    }

    /// Selects the whole text (cursor at the end), so typing replaces it: what a field does
    /// when focus moves into it holding a value the user did not type there.
    public mutating func selectAll() {
        cursor = text.count
        anchor = text.isEmpty ? nil : 0
    }

    /// Whether the field holds no text.
    public var isEmpty: Bool { text.isEmpty }

    /// The selected clusters' range, if any text is selected.
    public var selection: Range<Int>? {
        guard let anchor, anchor != cursor else { return nil }
        return min(anchor, cursor)..<max(anchor, cursor)
    }

    /// The selected text ("" when nothing is selected).
    public var selectedText: String {
        guard let selection else { return "" }
        return String(text[index(selection.lowerBound)..<index(selection.upperBound)])
    }

    /// The editing keys every text field takes, for the help and docs/keybindings.md.
    public static let editingKeys: [(keys: [Key], help: String)] = [
        ([.left, .right], "Move by one character (a whole cluster: é, 👩‍💻, 한)."),
        ([.home, .ctrl("a"), .end, .ctrl("e")], "Go to the start or the end."),
        ([.shiftLeft, .shiftRight, .shiftHome, .shiftEnd], "Select; typing replaces the selection."),
        ([.backspace, .delete], "Delete the character (or the selection) before or after the cursor."),
        ([.ctrl("w"), .ctrl("u"), .ctrl("k")], "Delete the word before the cursor, everything before it, everything after it."),
        ([.escape], "Leave the field: single-letter page keys work again (the status bar stops saying EDITING)."),
    ]

    /// Applies an editing key; returns whether the key was an editing key (the page handles
    /// the others: Enter, Esc, Tab, ↑ ↓).
    @discardableResult
    public mutating func edit(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            if character.isNewline { return true }
            insert(String(character))
        case .backspace:
            if !deleteSelection(), cursor > 0 { replace(cursor - 1..<cursor, with: "") }
        case .delete:
            if !deleteSelection(), cursor < text.count { replace(cursor..<cursor + 1, with: "") }
        case .left: moveCursor(to: selection.map(\.lowerBound) ?? cursor - 1, extending: false)
        case .right: moveCursor(to: selection.map(\.upperBound) ?? cursor + 1, extending: false)
        case .home, .ctrl("a"): moveCursor(to: 0, extending: false)
        case .end, .ctrl("e"): moveCursor(to: text.count, extending: false)
        case .shiftLeft: moveCursor(to: cursor - 1, extending: true)
        case .shiftRight: moveCursor(to: cursor + 1, extending: true)
        case .shiftHome: moveCursor(to: 0, extending: true)
        case .shiftEnd: moveCursor(to: text.count, extending: true)
        case .ctrl("u"): replace(0..<cursor, with: "")
        case .ctrl("k"): replace(cursor..<text.count, with: "")
        case .ctrl("w"): if !deleteSelection() { replace(previousWordStart()..<cursor, with: "") }
        default: return false
        }
        return true
    }

    /// Inserts `typed` at the cursor (replacing the selection), within `maxLength`.
    public mutating func insert(_ typed: String) {
        let range = selection ?? cursor..<cursor
        let room = maxLength - (text.count - range.count)
        guard room > 0 else { return }
        replace(range, with: typed.count > room ? String(typed.prefix(room)) : typed)
    }

    /// Replaces the clusters in `range` with `replacement`; the cursor goes after the
    /// replacement, to the first cluster boundary of the new text at or after it.
    private mutating func replace(_ range: Range<Int>, with replacement: String) {
        let before = String(text[..<index(range.lowerBound)]) + replacement
        let after = text[index(range.upperBound)...]
        let whole = before + after
        let target = before.utf8.count
        var boundary = whole.startIndex
        var clusters = 0
        while boundary < whole.endIndex, whole.utf8.distance(from: whole.startIndex, to: boundary) < target {
            boundary = whole.index(after: boundary)
            clusters += 1
        }
        text = whole
        cursor = clusters
        anchor = nil
    }

    /// Deletes the selection; false when nothing was selected.
    private mutating func deleteSelection() -> Bool {
        guard let selection else { return false }
        replace(selection, with: "")
        return true
    }

    /// Moves the cursor, clamped to the text; `extending` grows the selection instead of
    /// dropping it.
    private mutating func moveCursor(to position: Int, extending: Bool) {
        if extending {
            if anchor == nil { anchor = cursor }
        } else {
            anchor = nil
        }
        cursor = max(0, min(text.count, position))
    }

    /// Where the word before the cursor starts (Ctrl-W): skip spaces, then non-spaces.
    private func previousWordStart() -> Int {
        let characters = Array(text.prefix(cursor))
        var position = characters.count
        while position > 0, characters[position - 1] == " " { position -= 1 }
        while position > 0, characters[position - 1] != " " { position -= 1 }
        return position
    }

    /// The string index of cluster `offset`, clamped to the text.
    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: max(0, offset), limitedBy: text.endIndex) ?? text.endIndex
    }
}
