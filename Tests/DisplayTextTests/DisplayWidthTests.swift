import DisplayText
import Glibc
import Testing

/// glibc's wcwidth, hidden from Swift's Glibc module without _XOPEN_SOURCE.
@_silgen_name("wcwidth") private func c_wcwidth(_ c: Int32) -> Int32

@Suite("Display width: CJK and emoji take two columns, combining marks none")
struct DisplayWidthTests {
    @Test("widths of the characters users will type", arguments: [
        ("admin", 5), ("運用チーム", 10), ("🔐 lock", 7), ("e\u{301}clair", 6), ("Ünïcödé", 7),
        ("한국어", 6), ("ｆｕｌｌ", 8), ("a\u{200B}b", 2), ("⚠\u{FE0F}", 1), ("", 0),
    ])
    func width(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test("agrees with glibc wcwidth (what ncursesw and tmux use) for every assigned character")
    func agreesWithGlibc() throws {
        try #require(setlocale(LC_CTYPE, "C.UTF-8") != nil)
        var mismatches: [String] = []
        for value in UInt32(0x20)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = c_wcwidth(Int32(value))
            if expected < 0 { continue }  // unassigned or control: sanitized or shown as one column
            if DisplayWidth.of(scalar) != Int(expected) {
                mismatches.append("U+" + String(value, radix: 16, uppercase: true))
            }
        }
        #expect(mismatches.isEmpty, "differs from wcwidth: \(mismatches.prefix(40)) (\(mismatches.count) total)")
    }
}

@Suite("Truncation never splits a character")
struct TruncationTests {
    @Test("truncates with an ellipsis at the column limit", arguments: [
        ("abcdef", 4, "abc…"), ("abcd", 4, "abcd"), ("運用チーム", 5, "運用…"), ("運用チーム", 4, "運…"),
        ("運用チーム", 10, "運用チーム"), ("🔐🔐🔐", 4, "🔐…"), ("e\u{301}e\u{301}e\u{301}", 2, "e\u{301}…"),
        ("abc", 0, ""), ("abc", 1, "…"),
    ])
    func truncation(text: String, width: Int, expected: String) {
        let result = DisplayWidth.truncate(text, to: width)
        #expect(result == expected)
        #expect(DisplayWidth.of(result) <= width)
    }

    @Test("padding fills to the exact width even after a wide character")
    func padding() {
        #expect(DisplayWidth.pad("運用チーム", to: 6) == "運用… ")
        #expect(DisplayWidth.of(DisplayWidth.pad("運用チーム", to: 6)) == 6)
    }
}
