import Foundation
import IAMKit
import IAMPolicy
import Testing
@testable import RoleStore

/// The store's own decoder reads back everything its encoder writes, like JSONDecoder would.
struct JSONValueDecoderTests {
    enum Status: String, Codable, Equatable { case active = "Active", inactive = "Inactive" }

    struct Nested: Codable, Equatable {
        var name: String
        var values: [Int]
    }

    struct Everything: LabRecord {
        static let kind = RecordKind.profile
        var name: String
        var flag: Bool
        var count: Int
        var big: UInt64
        var ratio: Double
        var when: Date
        var optional: String?
        var missingOptional: Int?
        var status: Status
        var list: [Nested]
        var map: [String: [String]]
        var bytes: Data
        var recordKey: RecordKey { RecordKey(kind: .profile, scope: RecordKey.labScope, name: name) }
    }

    static let sample = Everything(
        name: "a/b \"quoted\" ü", flag: true, count: -42, big: UInt64.max, ratio: 0.25,
        when: Date(timeIntervalSince1970: 1_764_400_000), optional: "x", missingOptional: nil, status: .inactive,
        list: [Nested(name: "n", values: [1, 2, 3])], map: ["k": ["v1", "v2"], "empty": []], bytes: Data([0, 1, 2, 255]))

    @Test func readsBackWhatTheStoreWrites() throws {
        let codec = RecordCodec()
        let data = try codec.encode(Self.sample)
        #expect(try codec.decode(Everything.self, from: data, path: "x.json") == Self.sample)
    }

    @Test(arguments: [
        ("2025-11-29T07:06:40Z", 1_764_400_000.0),
        ("2025-11-29T07:06:40.500Z", 1_764_400_000.5),
        ("2000-02-29T00:00:00Z", 951_782_400.0),
        ("1969-12-31T23:59:59Z", -1.0),
    ])
    func parsesISO8601Timestamps(text: String, seconds: Double) {
        #expect(ISO8601Text.date(from: text)?.timeIntervalSince1970 == seconds)
    }

    @Test func aMissingKeyNamesItsObject() throws {
        let text = #"{"list":[{"name":"n"}]}"#
        let error = #expect(throws: DecodingError.self) {
            try JSONValueDecoder.decode([String: [Nested]].self, from: try JSONParser.parse(text))
        }
        guard case let .keyNotFound(key, context)? = error else {
            Issue.record("expected keyNotFound, got \(String(describing: error)) for \(text)")
            return
        }
        #expect(key.stringValue == "values")
        #expect(RecordFileError.jsonPath(context.codingPath).description == "$.list[0]")
    }
}
