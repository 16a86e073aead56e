import Testing
@testable import IAMKit

/// Policy size quotas count every character but white space, as AWS does
/// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html): a policy
/// laid out with spaces, tabs and line breaks fits where the same policy would.
struct PolicySizeTests {
    @Test func whiteSpaceOfAnyKindIsNotCounted() {
        #expect(PolicySize.nonWhitespaceCount("{\n\t\"Version\" : \"2012-10-17\"\r\n}") == 24)
        #expect(PolicySize.nonWhitespaceCount("\u{0B}\u{0C} a\u{00A0}b\u{2003}c\u{3000}\u{2028}\u{85}") == 3)
        #expect(PolicySize.nonWhitespaceCount("é日🙂\u{0}\u{1F}\u{7F}") == 6)
    }

    /// The ASCII fast path answers as the Unicode property does, for any text (seeded).
    @Test func theCountMatchesUnicodesWhiteSpacePropertyForAnyText() {
        var generator = SeededGenerator(seed: 0x512E)
        let others: [Unicode.Scalar] = ["\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{200B}", "\u{2028}", "\u{3000}",
                                        "\u{FEFF}", "é", "日", "🙂"]
        for _ in 0..<2_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                scalars.append(Bool.random(using: &generator)
                    ? Unicode.Scalar(UInt8.random(in: 0...127, using: &generator))
                    : others.randomElement(using: &generator)!)
            }
            let text = String(scalars)
            #expect(PolicySize.nonWhitespaceCount(text) == text.unicodeScalars.filter { !$0.properties.isWhitespace }.count)
        }
    }
}

/// IAMKit's seeded sequence as a `RandomNumberGenerator`, so a failure reproduces.
private struct SeededGenerator: RandomNumberGenerator {
    let sequence: SeededIDGenerator
    init(seed: UInt64) { sequence = SeededIDGenerator(seed: seed) }
    mutating func next() -> UInt64 { sequence.next() }
}
