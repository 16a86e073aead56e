import Testing
@testable import IAMPolicy

/// RFC 8259 (https://www.rfc-editor.org/rfc/rfc8259) parsing, with located errors.
@Suite("JSON parser")
struct JSONParserTests {
    @Test func keepsObjectKeyOrderAndDuplicates() throws {
        let value = try JSONParser.parse(#"{"b": 1, "a": 2, "b": 3}"#)
        let object = try #require(value.objectValue)
        #expect(object.keys == ["b", "a", "b"])
        #expect(object.duplicateKeys == ["b"])
        #expect(value["b"] == .number(3))
    }

    @Test func keepsNumberLiterals() throws {
        let value = try JSONParser.parse("[10, 10.0, 123456789012345678901234567890, -0.5e-3]")
        let texts = value.arrayValue?.compactMap { $0.numberValue?.text }
        #expect(texts == ["10", "10.0", "123456789012345678901234567890", "-0.5e-3"])
        #expect(value[3]?.doubleValue == -0.0005)
    }

    @Test func decodesEscapes() throws {
        let value = try JSONParser.parse(#""a\"b\\c\/d\n\u00e9\ud83d\ude00""#)
        #expect(value == .string("a\"b\\c/d\né😀"))
    }

    @Test(arguments: [
        ("", 1, 1, "$", "The document is empty"),
        ("{\"a\": 01}", 1, 7, "$.a", "Invalid number '01'"),
        ("{\n  \"Statement\": [\n    {\"Effect\": \"Allow\",}\n  ]\n}", 3, 24, "$.Statement[0]", "Unexpected character '}', expected a string key"),
        ("[1 2]", 1, 4, "$", "Unexpected character '2', expected ',' or ']'"),
        ("{\"a\": tru}", 1, 10, "$.a", "Unexpected character '}', expected 'true'"),
        ("\"a\u{01}\"", 1, 3, "$", "Unescaped control character U+0001 in string"),
        ("{\"a\": \"\\x\"}", 1, 8, "$.a", "Invalid escape sequence '\\x' in string"),
        ("{} x", 1, 4, "$", "Unexpected character 'x' after the end of the document"),
        ("{\"a\": [1,", 1, 10, "$.a[1]", "Unexpected end of input, expected a value"),
        ("{\"é\": x}", 1, 7, "$[\"é\"]", "Unexpected character 'x', expected a value"),
        ("\"\\ud800\"", 1, 2, "$", "Invalid unicode escape '\\ud800\"' in string"),
    ])
    func reportsLocatedErrors(input: String, line: Int, column: Int, path: String, message: String) {
        #expect {
            _ = try JSONParser.parse(input)
        } throws: { error in
            guard let error = error as? JSONSyntaxError else { return false }
            #expect(error.position.line == line)
            #expect(error.position.column == column)
            #expect(error.path.description == path)
            #expect(error.message == message)
            return true
        }
    }

    @Test func rejectsDeepNestingWithoutCrashing() {
        let deep = String(repeating: "[", count: 10_000)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(deep) }
    }

    @Test func recordsLocationsOfEveryNode() throws {
        let text = """
            {
              "Statement": [
                {"Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}
              ]
            }
            """
        let (_, locations) = try JSONParser.parseWithLocations(text)
        let path = JSONPath(components: [.key("Statement"), .index(0), .key("Condition"), .key("Bool")])
        #expect(path.description == "$.Statement[0].Condition.Bool")
        let span = try #require(locations.span(at: path))
        #expect(span.start.description == "3:28")
        #expect(span.end.description == "3:66")
        #expect(locations.keySpan(at: path)?.start.description == "3:20")
        #expect(locations.paths.first == .root)
        #expect(locations.paths.last == path.appending(key: "aws:MultiFactorAuthPresent"))
    }
}
