@testable import ConsoleUI
import DisplayText
import Testing

/// The console's one text field: editing by grapheme cluster, placing the cursor by display width.
@Suite("Text field: clusters, widths and selection")
struct TextFieldTests {
    /// A field after typing `keys`, one Unicode scalar per key as a terminal delivers them.
    private func typed(_ text: String, then keys: Key...) -> TextField {
        var field = TextField()
        for scalar in text.unicodeScalars { field.edit(.character(Character(scalar))) }
        for key in keys { field.edit(key) }
        return field
    }

    @Test("a combining mark typed after its letter joins it; the cursor stays at the end")
    func combiningMark() {
        let field = typed("Cafe\u{301}", then: .character("x"))
        #expect(field.text == "Café" + "x")
        #expect(field.cursor == 5)
        #expect(typed("Cafe\u{301}", then: .backspace).text == "Caf")
        #expect(typed("Cafe\u{301}", then: .left, .delete).text == "Caf")
        #expect(typed("Cafe\u{301}", then: .left, .character("y")).text == "Cafyé")
    }

    @Test("clusters move and delete whole", arguments: [
        ("👩\u{200d}💻ok", 3), ("🇫🇷ab", 3), ("한국", 2), ("שלום", 4), ("運用チーム", 5), ("a\u{301}\u{302}b", 2),
    ])
    func clusters(text: String, count: Int) {
        var field = TextField(text)
        #expect(field.cursor == count)
        field.edit(.home)
        field.edit(.delete)
        #expect(field.text == String(text.dropFirst()))
        field.edit(.end)
        field.edit(.backspace)
        #expect(field.text == String(text.dropFirst().dropLast()))
    }

    @Test("the cursor column is the display width of the sanitized text before it")
    func cursorColumn() {
        #expect(TextField("運用").window(width: 20).cursorColumn == 4)
        #expect(TextField("e\u{301}t\u{301}").window(width: 20).cursorColumn == 2)
        #expect(TextField("a\u{200d}b").window(width: 20).cursorColumn == 8)  // a\u200db
        #expect(TextField("\u{1b}").window(width: 20).cursorColumn == 4)  // \x1b
    }

    @Test("a long value scrolls to keep the cursor visible and marks what is hidden with …")
    func scrolling() {
        var frame = Frame(size: Size(width: 12, height: 1))
        var field = TextField("abcdefghijklmnop")
        field.render(into: &frame, row: 0, col: 0, width: 10, focused: true)
        #expect(frame.lines[0] == "…ijklmnop")  // the last column holds the cursor
        #expect(frame.cursor?.col == 9)
        field.edit(.home)
        frame = Frame(size: Size(width: 12, height: 1))
        field.render(into: &frame, row: 0, col: 0, width: 10, focused: true)
        #expect(frame.lines[0] == "abcdefghi…")
        #expect(frame.cursor?.col == 0)
    }

    @Test("a wide character is never split at the edge")
    func wideEdge() {
        var frame = Frame(size: Size(width: 10, height: 1))
        TextField("運用チーム運用").render(into: &frame, row: 0, col: 0, width: 7, focused: true)
        #expect(DisplayWidth.of(frame.lines[0]) <= 7)
        #expect(frame.lines[0].hasPrefix("…"))
    }

    @Test("Shift with arrows selects; typing replaces and Backspace deletes the selection")
    func selection() {
        var field = TextField("hello world")
        field.edit(.shiftLeft)
        field.edit(.shiftLeft)
        #expect(field.selectedText == "ld")
        field.edit(.character("k"))
        #expect(field.text == "hello work")
        field.edit(.shiftHome)
        field.edit(.backspace)
        #expect(field.text.isEmpty)
    }

    @Test("Ctrl-U, Ctrl-K and Ctrl-W cut before, after and the word before the cursor")
    func cuts() {
        var field = TextField("alpha beta gamma")
        field.edit(.ctrl("w"))
        #expect(field.text == "alpha beta ")
        field.edit(.left)
        field.edit(.ctrl("k"))
        #expect(field.text == "alpha beta")
        field.edit(.ctrl("u"))
        #expect(field.text.isEmpty)
    }

    @Test("the length limit counts clusters and refuses what does not fit")
    func limit() {
        var field = TextField(maxLength: 3)
        for character in "abcd" { field.edit(.character(character)) }
        #expect(field.text == "abc")
        field.edit(.backspace)
        field.edit(.character("🇫🇷"))
        #expect(field.text == "ab🇫🇷")
    }

    @Test("random keys never put the cursor outside the text")
    func randomKeys() {
        var generator = SplitMix(seed: 14)
        let pieces: [Key] = [.character("e"), .character("\u{301}"), .character("\u{200d}"), .character("👩"), .character("🇫"),
                             .character("運"), .character("\u{1b}"), .left, .right, .home, .end, .backspace, .delete,
                             .shiftLeft, .shiftRight, .ctrl("w"), .ctrl("u"), .ctrl("k")]
        var field = TextField(maxLength: 40)
        for _ in 0..<5000 {
            field.edit(pieces[Int(generator.next() % UInt64(pieces.count))])
            #expect(field.cursor >= 0 && field.cursor <= field.text.count)
            _ = field.window(width: 8)
        }
    }
}

/// A small seeded generator (SplitMix64) so random tests repeat.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
