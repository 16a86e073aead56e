import DisplayText
import Testing

@Suite("Sanitizer: data never reaches the terminal as control sequences or invisible text")
struct SanitizerTests {
    @Test("C0, DEL and C1 controls are shown as visible escapes", arguments: [
        ("\u{1b}[2Jgone", "\\x1b[2Jgone"),
        ("\u{1b}]0;title\u{07}", "\\x1b]0;title\\x07"),
        ("bell\u{07}", "bell\\x07"),
        ("csi\u{9b}31m", "csi\\x9b31m"),
        ("del\u{7f}", "del\\x7f"),
        ("nul\u{0}", "nul\\x00"),
        ("line\nbreak\ttab\r", "line\\nbreak\\ttab\\r"),
    ])
    func controls(raw: String, shown: String) {
        #expect(Sanitizer.line(raw) == shown)
    }

    @Test("bidi controls and every other format character (Cf) are made visible", arguments: [
        ("\u{202e}exe.txt", "\\u202eexe.txt"),
        ("\u{202a}\u{202b}\u{202c}\u{202d}", "\\u202a\\u202b\\u202c\\u202d"),
        ("\u{2066}isolate\u{2069}", "\\u2066isolate\\u2069"),
        ("\u{2067}\u{2068}", "\\u2067\\u2068"),
        ("rtl\u{200f}mark\u{200e}\u{061c}", "rtl\\u200fmark\\u200e\\u061c"),
        ("soft\u{ad}hyphen", "soft\\u00adhyphen"),
        ("zero\u{200b}width", "zero\\u200bwidth"),
        ("a\u{200d}b", "a\\u200db"),
        ("👨\u{200d}💻", "👨\\u200d💻"),
        ("\u{feff}bom", "\\ufeffbom"),
        ("tag\u{e0041}", "tag\\U000e0041"),
        ("para\u{2029}line\u{2028}", "para\\u2029line\\u2028"),
        ("unassigned\u{378}", "unassigned\\u0378"),
    ])
    func formatCharacters(raw: String, shown: String) {
        #expect(Sanitizer.line(raw) == shown)
    }

    @Test("a combining mark with no base is drawn on a dotted circle", arguments: [
        ("\u{301}start", "\u{25cc}\u{301}start"),
        ("\u{1b}\u{301}", "\\x1b\u{25cc}\u{301}"),
        ("a\u{200d}\u{301}", "a\\u200d\u{25cc}\u{301}"),
        ("Cafe\u{301}", "Cafe\u{301}"),
        ("\u{20dd}", "\u{25cc}\u{20dd}"),
    ])
    func orphanMarks(raw: String, shown: String) {
        #expect(Sanitizer.line(raw) == shown)
    }

    @Test("text people write is left alone", arguments: [
        "運用チーム é ok", "Ünïcödé", "한국어", "שלום עולם", "مرحبا", "🔐 lock", "👍🏽", "⚠\u{FE0F}", "¡Olé! ¿qué? ©®",
    ])
    func untouched(text: String) {
        #expect(Sanitizer.line(text) == text)
        #expect(Sanitizer.isClean(text))
    }

    @Test("width is measured after sanitizing")
    func widthAfterSanitizing() {
        #expect(Sanitizer.displayWidth(of: "a\u{200d}b") == 8)  // a\u200db
        #expect(Sanitizer.displayWidth(of: "\u{301}") == 1)  // ◌́
        #expect(Sanitizer.displayWidth(of: "\u{1b}[2J") == 7)
        #expect(Sanitizer.displayWidth(of: "運用") == 4)
    }

    @Test("nothing the rule lets through is a control, a format character or a bare mark")
    func everyScalar() {
        var offenders: [String] = []
        // The Basic Multilingual Plane, the emoji blocks and the tag and variation-selector blocks.
        let values = Array(UInt32(0)..<0x10000) + Array(UInt32(0x1F000)...0x1FAFF) + Array(UInt32(0xE0000)...0xE01EF)
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let shown = Sanitizer.line("\(scalar)")
            for out in shown.unicodeScalars where Sanitizer.mustEscape(out) {
                offenders.append("U+\(String(value, radix: 16))")
            }
            if DisplayWidth.of(shown) == 0 { offenders.append("U+\(String(value, radix: 16)) (zero width)") }
        }
        #expect(offenders.isEmpty, "\(offenders.prefix(20))")
    }

    @Test("multi-line text splits on newlines and expands tabs")
    func lines() {
        #expect(Sanitizer.lines("{\r\n\t\"a\": 1\n}") == ["{", "    \"a\": 1", "}"])
        #expect(Sanitizer.lines("ab\tc\u{7}") == ["ab  c\\x07"])
        #expect(Sanitizer.lines("\t\u{301}") == ["    \u{25cc}\u{301}"])
    }
}
