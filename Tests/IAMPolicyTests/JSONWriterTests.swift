import Testing
import IAMPolicy

/// Output layouts; `.awsCLI` matches Python `json.dumps(indent=4, ensure_ascii=False)` as used by
/// awscli's JSONFormatter (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-output-format.html).
@Suite("JSON writer")
struct JSONWriterTests {
    let sample: JSONValue = [
        "Role": ["RoleName": "Zed/é", "Tags": [], "Meta": [:], "Max": 3600, "Ratio": 1.5, "Ok": true, "None": nil],
        "Alpha": ["a\"b\\c\n\u{01}"],
    ]

    @Test func awsCLIMatchesPythonJSONDumps() {
        let expected = """
            {
                "Role": {
                    "RoleName": "Zed/é",
                    "Tags": [],
                    "Meta": {},
                    "Max": 3600,
                    "Ratio": 1.5,
                    "Ok": true,
                    "None": null
                },
                "Alpha": [
                    "a\\"b\\\\c\\n\\u0001"
                ]
            }
            """
        #expect(JSONWriter(style: .awsCLI).string(for: sample) == expected)
    }

    @Test func compactHasNoWhiteSpace() {
        #expect(JSONWriter.string(for: ["b": [1, "x"], "a": nil], style: .compact) == #"{"b":[1,"x"],"a":null}"#)
    }

    @Test func prettySortedKeysSortsAndIndentsByTwo() {
        let expected = """
            {
              "a": null,
              "b": [
                1
              ]
            }
            """
        #expect(JSONWriter.string(for: ["b": [1], "a": nil], style: .prettySortedKeys) == expected)
    }

    @Test func roundTripKeepsNumberTextAndOrder() throws {
        let text = #"{"z":10.0,"a":[1e400,-0]}"#
        #expect(JSONWriter.string(for: try JSONParser.parse(text), style: .compact) == text)
    }
}
