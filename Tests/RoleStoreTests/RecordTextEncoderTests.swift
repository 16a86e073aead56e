import Foundation
import IAMKit
import Testing
@testable import RoleStore

/// The store's record encoder writes what `JSONEncoder` (pretty, sorted keys, slashes kept)
/// wrote before it, byte for byte: files a lab already holds do not change when rewritten, and
/// a person diffing two labs sees only real changes. (Every kind of real record is compared in
/// AWSCommandLineTests' `RecordFileFormatTests`.)
struct RecordTextEncoderTests {
    /// Every shape a record can take: nested objects and arrays, empty ones, optionals, maps
    /// with any keys, numbers at their limits, text with anything in it.
    struct Sample: Encodable {
        var text: String
        var flag: Bool
        var count: Int
        var big: UInt64
        var small: Int64
        var ratio: Double
        var optional: String?
        var explicitNull: String?
        var list: [String]
        var nested: [[Int]]
        var map: [String: Int]
        var numbered: [Int: String]
        var children: [Child]
        var stamp: Timestamp

        struct Child: Codable {
            var name: String
            var tags: [String: String]?
            var parent: String?
        }

        enum CodingKeys: String, CodingKey {
            case text, flag, count, big, small, ratio, optional, explicitNull = "explicit_null", list, nested, map, numbered,
                 children, stamp, under = "Zed", inherited
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(flag, forKey: .flag)
            try container.encode(count, forKey: .count)
            try container.encode(big, forKey: .big)
            try container.encode(small, forKey: .small)
            try container.encode(ratio, forKey: .ratio)
            try container.encodeIfPresent(optional, forKey: .optional)
            if let explicitNull { try container.encode(explicitNull, forKey: .explicitNull) } else { try container.encodeNil(forKey: .explicitNull) }
            try container.encode(list, forKey: .list)
            try container.encode(nested, forKey: .nested)
            try container.encode(map, forKey: .map)
            try container.encode(numbered, forKey: .numbered)
            try container.encode(children, forKey: .children)
            try container.encode(stamp, forKey: .stamp)
            var under = container.nestedContainer(keyedBy: CodingKeys.self, forKey: .under)
            try under.encode(count, forKey: .count)
            var items = under.nestedUnkeyedContainer(forKey: .list)
            try items.encodeNil()
            try items.encode(flag)
            var inherited = container.superEncoder(forKey: .inherited).singleValueContainer()
            try inherited.encode(list)
            if flag { try container.encode(count, forKey: .text) }  // a key encoded again: the last value is written
        }
    }

    static func sample(_ generator: inout JournalEncodingTests.Generator) -> Sample {
        func text() -> String { JournalEncodingTests.text(&generator) }
        func maybe<T>(_ make: () -> T) -> T? { Bool.random(using: &generator) ? make() : nil }
        let ratios: [Double] = [0, 1, -1, 0.1, 1.5, 1e21, 1e-7, 123_456_789.125, .ulpOfOne, Double.greatestFiniteMagnitude,
                                Double(Int.random(in: -1_000_000...1_000_000, using: &generator)) / 1024]
        return Sample(
            text: text(), flag: Bool.random(using: &generator), count: Int.random(in: Int.min...Int.max, using: &generator),
            big: UInt64.random(in: 0...UInt64.max, using: &generator), small: [Int64.min, -1, 0, Int64.max].randomElement(using: &generator)!,
            ratio: ratios.randomElement(using: &generator)!, optional: maybe(text), explicitNull: maybe(text),
            list: (0..<Int.random(in: 0...3, using: &generator)).map { _ in text() },
            nested: (0..<Int.random(in: 0...3, using: &generator)).map { _ in (0..<Int.random(in: 0...2, using: &generator)).map { $0 } },
            map: Dictionary((0..<Int.random(in: 0...5, using: &generator)).map { _ in (text(), Int.random(in: -9...9, using: &generator)) }) { $1 },
            numbered: Dictionary((0..<Int.random(in: 0...3, using: &generator)).map { _ in (Int.random(in: -20...20, using: &generator), text()) }) { $1 },
            children: (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                Sample.Child(name: text(), tags: maybe { Dictionary((0..<Int.random(in: 0...3, using: &generator)).map { _ in (text(), text()) }) { $1 } },
                             parent: maybe(text))
            },
            stamp: Timestamp(secondsSince1970: Int64.random(in: 0...4_000_000_000, using: &generator)))
    }

    @Test func everySampleIsWrittenAsJSONEncoderWritesIt() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var generator = JournalEncodingTests.Generator(seed: 0x7E47)
        for _ in 0..<1_000 {
            let sample = Self.sample(&generator)
            let expected = String(decoding: try encoder.encode(sample), as: UTF8.self)
            let written = String(decoding: try RecordTextEncoder.encode(sample), as: UTF8.self)
            #expect(written == expected)
            if written != expected { break }
        }
    }

    /// Values `JSONEncoder` writes its own way (dates, data, URLs) or refuses (NaN) are declined,
    /// so the codec falls back to it; a record file gets `JSONEncoder`'s text either way.
    @Test func whatItDoesNotWriteItDeclines() {
        #expect(throws: RecordTextEncoder.Declined.self) { try RecordTextEncoder.encode(["when": Date(timeIntervalSince1970: 0)]) }
        #expect(throws: RecordTextEncoder.Declined.self) { try RecordTextEncoder.encode([Data([1, 2])]) }
        #expect(throws: RecordTextEncoder.Declined.self) { try RecordTextEncoder.encode([Double.nan]) }
        #expect(throws: RecordTextEncoder.Declined.self) { try RecordTextEncoder.encode(["u": URL(fileURLWithPath: "/x")]) }
    }

    /// The codec's text for a record: `JSONEncoder`'s (ISO 8601 dates), with the final newline,
    /// whether the record encoder wrote it or declined it (this test record has a `Date`).
    @Test func theCodecWritesTheSameFileAsBefore() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let role = Fixture.role("S3-Readers", sequence: 3)
        #expect(try RecordCodec().encode(role) == (try encoder.encode(role)) + Data("\n".utf8))
        #expect(throws: RecordTextEncoder.Declined.self) { try RecordTextEncoder.encode(role) }
    }
}
