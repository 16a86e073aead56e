import ConsoleUI
import Testing

@Suite("Sanitizer: data never reaches the terminal as control sequences")
struct SanitizerTests {
    @Test("controls, escapes and bidi overrides are shown escaped", arguments: [
        ("\u{1b}[2Jgone", "\\x1b[2Jgone"),
        ("\u{1b}]0;title\u{07}", "\\x1b]0;title\\x07"),
        ("bell\u{07}", "bell\\x07"),
        ("csi\u{9b}31m", "csi\\x9b31m"),
        ("del\u{7f}", "del\\x7f"),
        ("\u{202e}exe.txt", "\\u202eexe.txt"),
        ("\u{2066}isolate\u{2069}", "\\u2066isolate\\u2069"),
        ("line\nbreak\ttab\r", "line\\nbreak\\ttab\\r"),
        ("運用チーム é ok", "運用チーム é ok"),
    ])
    func escapes(raw: String, shown: String) {
        #expect(Sanitizer.line(raw) == shown)
    }

    @Test("multi-line text splits on newlines and expands tabs")
    func lines() {
        #expect(Sanitizer.lines("{\r\n\t\"a\": 1\n}") == ["{", "    \"a\": 1", "}"])
    }

    @Test("a frame never stores an escape character, whatever is written into it")
    func frameIsClean() {
        var frame = Frame(size: Size(width: 40, height: 1))
        frame.put("x\u{1b}[31m\u{9b}\u{202e}y", row: 0, col: 0, role: .text)
        let scalars = frame.cells.flatMap { $0.text.unicodeScalars }
        #expect(!scalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) || $0.value == 0x202E })
        #expect(frame.lines[0] == "x\\x1b[31m\\x9b\\u202ey")
    }
}
