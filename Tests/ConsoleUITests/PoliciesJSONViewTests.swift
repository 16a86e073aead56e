import ConsoleUI
import Testing

/// The shared JSON view: policies highlighted by meaning and never able to carry escapes.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
@Suite("JSON view: highlighted, sanitized policy documents")
struct PoliciesJSONViewTests {
    @Test("a compact policy is pretty-printed like the AWS CLI, keys and strings told apart")
    func prettyAndHighlighted() throws {
        let lines = JSONView.lines(#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}"#)
        #expect(lines.map(JSONView.text(of:)).first == "{")
        let version = try #require(lines.first { JSONView.text(of: $0).contains("Version") })
        #expect(JSONView.text(of: version) == #"    "Version": "2012-10-17","#)
        #expect(version.first { $0.text == #""Version""# }?.role == .jsonKey)
        #expect(version.first { $0.text == #""2012-10-17""# }?.role == .jsonString)
    }

    @Test("numbers, literals and punctuation get their own roles")
    func numbersAndLiterals() {
        let spans = JSONView.highlight(#"{"n": 3600, "b": true, "z": null}"#)
        #expect(spans.first { $0.text == "3600" }?.role == .jsonNumber)
        #expect(spans.first { $0.text == "true" }?.role == .jsonLiteral)
        #expect(spans.first { $0.text == "null" }?.role == .jsonLiteral)
        #expect(spans.first { $0.text == "{" }?.role == .jsonPunctuation)
    }

    @Test("flagged strings stand out as warnings")
    func flagged() {
        let spans = JSONView.highlight(#"  "AWS": "AIDAAAAAAAAAAAAAAAAAA""#, flagged: ["AIDAAAAAAAAAAAAAAAAAA"])
        #expect(spans.first { $0.text.contains("AIDA") }?.role == .warning)
    }

    @Test("escape sequences in a document that does not parse are shown escaped, never emitted")
    func sanitized() {
        let lines = JSONView.lines("{\"Sid\": \"\u{1b}[2J\u{202e}\"\n", pretty: true)
        let text = lines.map(JSONView.text(of:)).joined(separator: "\n")
        #expect(!text.unicodeScalars.contains { $0.value == 0x1b || $0.value == 0x202e })
        #expect(text.contains("\\x1b[2J"))
    }

    @Test("the marked line of a located error is pointed at in the gutter")
    func markedLine() {
        var frame = Frame(size: Size(width: 60, height: 4))
        JSONView.render(into: &frame, area: Rect(row: 0, col: 0, width: 60, height: 4),
                        lines: JSONView.lines("{\n  \"Version\": 1,\n}", pretty: false), marked: 2)
        #expect(frame.lines[1].hasPrefix("▶  2 "))
        #expect(frame[1, 0].role == .danger)
    }
}
