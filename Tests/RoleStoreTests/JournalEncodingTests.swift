import Foundation
import IAMKit
import Testing
@testable import RoleStore

/// The journal's own writer: whatever text a commit holds (control characters, quotes,
/// backslashes, any Unicode), `JSONDecoder` must read back exactly the journal that was
/// written, or a crash's recovery would write the wrong files.
struct JournalEncodingTests {
    /// IAMKit's SplitMix64 sequence: deterministic, so a failure reproduces from the seed.
    struct Generator: RandomNumberGenerator {
        let sequence: SeededIDGenerator
        init(seed: UInt64) { sequence = SeededIDGenerator(seed: seed) }
        mutating func next() -> UInt64 { sequence.next() }
    }

    static func text(_ generator: inout Generator) -> String {
        let pieces: [String] = ["\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "é", "日本",
                                "🙂", "\u{2028}", "{\n  \"a\" : 1\n}\n", "arn:aws:iam::111122223333:role/x", " "]
        var result = ""
        for _ in 0..<Int.random(in: 0...12, using: &generator) {
            result += Bool.random(using: &generator)
                ? pieces.randomElement(using: &generator)!
                : String(UnicodeScalar(UInt8.random(in: 0...127, using: &generator)))
        }
        return result
    }

    @Test func everyJournalReadsBackAsWritten() throws {
        var generator = Generator(seed: 0x10_0D_E5)
        for _ in 0..<500 {
            let journal = Journal(
                generation: UInt64.random(in: 0...UInt64.max, using: &generator),
                files: (0..<Int.random(in: 0...5, using: &generator)).map { _ in
                    Journal.FileChange(path: Self.text(&generator), contents: Bool.random(using: &generator) ? Self.text(&generator) : nil)
                },
                appends: (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                    Journal.Append(path: Self.text(&generator), offset: UInt64.random(in: 0...UInt64.max, using: &generator),
                                   text: Self.text(&generator))
                })
            let data = journal.encoded()
            let decoded = try JSONDecoder().decode(Journal.self, from: data)
            #expect(decoded == journal, "\(String(decoding: data, as: UTF8.self))")
        }
    }

    @Test func aRemovalHasNoContentsAndKeysAreSorted() {
        let journal = Journal(generation: 7, files: [.init(path: "a/role/x.json", contents: nil)],
                              appends: [.init(path: "changes.log", offset: 3, text: "7 a\n")])
        #expect(String(decoding: journal.encoded(), as: UTF8.self)
            == #"{"appends":[{"offset":3,"path":"changes.log","text":"7 a\n"}],"files":[{"path":"a/role/x.json"}],"generation":7}"#)
    }
}

/// The change log's lines, written by IAMPolicy's writer: every other instance reads them back
/// with `JSONDecoder`, so a key with any text must come back exactly, or a cache would keep a
/// record another process changed; and a plain line reads as `JSONEncoder` wrote it before.
struct ChangeLogLineTests {
    @Test func everyLineReadsBackAsWritten() throws {
        var generator = JournalEncodingTests.Generator(seed: 0xC4A_1065)
        let kinds = [RecordKind.role, .user, .policy, .uniqueID]
        for _ in 0..<500 {
            let keys: [RecordKey]? = Bool.random(using: &generator) ? nil : (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                RecordKey(kind: kinds.randomElement(using: &generator)!, scope: JournalEncodingTests.text(&generator),
                          name: JournalEncodingTests.text(&generator))
            }
            let entry = ChangeLog.Entry(generation: UInt64.random(in: 0...UInt64.max, using: &generator), keys: keys)
            let line = ChangeLog.line(for: entry)
            #expect(line.hasSuffix("\n") && line.dropLast().allSatisfy { $0 != "\n" }, "one line: \(line)")
            #expect(try JSONDecoder().decode(ChangeLog.Entry.self, from: Data(line.utf8)) == entry, "\(line)")
        }
    }

    @Test func aLineIsWhatJSONEncoderWrote() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for entry in [ChangeLog.Entry(generation: 12, keys: [RecordKey(kind: .role, scope: "111122223333", name: "s3-readers"),
                                                            RecordKey(kind: .uniqueID, scope: "lab", name: "AROAEXAMPLE")]),
                      ChangeLog.Entry(generation: 13, keys: nil), ChangeLog.Entry(generation: 14, keys: [])] {
            #expect(ChangeLog.line(for: entry) == String(decoding: try encoder.encode(entry), as: UTF8.self) + "\n")
        }
    }
}
