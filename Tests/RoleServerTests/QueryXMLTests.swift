import Foundation
import IAMPolicy
@testable import RoleServer
import RoleStore
import Testing

/// Response text reaches botocore's XML parser: whatever a lab holds (a tag value, a
/// description with `<` or a control character pasted in), the document stays well-formed.
@Suite("Query XML")
struct QueryXMLTests {
    @Test func markupAndControlCharactersAreEscaped() {
        #expect(QueryXML.escape("plain text, no markup") == "plain text, no markup")
        #expect(QueryXML.escape(#"a<b>&"c"'d"#) == "a&lt;b&gt;&amp;&quot;c&quot;&apos;d")
        #expect(QueryXML.escape("tab\tline\ncr\r") == "tab\tline\ncr&#xD;")
        #expect(QueryXML.escape("bell\u{7}") == "bell\u{FFFD}")
        #expect(QueryXML.escape("not\u{FFFE}xml\u{FFFF}") == "not\u{FFFD}xml\u{FFFD}")
        // U+FFFD itself and other characters from the same UTF-8 lead byte stay.
        #expect(QueryXML.escape("é ﬁ \u{FFFD} 💥") == "é ﬁ \u{FFFD} 💥")
    }

    /// The members IAM writes in a form of their own are recognised by name, and names of the
    /// same lengths are not.
    @Test func specialMembersAreRecognisedByName() {
        let specialMembers: [String: QueryXML.SpecialMember] = [
            "SummaryMap": .map,
            "AssumeRolePolicyDocument": .document, "PolicyDocument": .document, "Document": .document,
            "CreateDate": .timestamp, "UpdateDate": .timestamp, "EnableDate": .timestamp, "Expiration": .timestamp,
            "LastUsedDate": .timestamp, "PasswordLastUsed": .timestamp, "GeneratedTime": .timestamp,
        ]
        for (name, form) in specialMembers { #expect(QueryXML.special(name) == form, "\(name)") }
        for name in ["Documents", "document", "SummaryMaq", "CreateDatE", "EvalDecision", "SourcePolicyId", "StartPosition",
                     "EvalResourceName", "AssumeRolePolicyDocumenT", "", "RoleName"] {
            #expect(QueryXML.special(name) == nil, "\(name)")
        }
    }

    /// Each level of nesting indents two more spaces, past the 32 the writer pads in one go too.
    @Test func deepNestingKeepsItsIndentation() throws {
        var value = JSONValue.string("leaf")
        for _ in 0..<20 { value = .object(JSONObject(pairs: [("Level", value)])) }
        let xml = String(decoding: QueryXML.response(action: "GetRole", service: "iam", result: .object(JSONObject(pairs: [("Top", value)])),
                                                     requestID: "r"), as: UTF8.self)
        let leaf = try #require(xml.split(separator: "\n").first { $0.contains("leaf") })
        #expect(leaf == Substring(String(repeating: " ", count: 44) + "<Level>leaf</Level>"), "\(xml)")
    }

    @Test func escapedTextNeverCarriesRawMarkupOrControls() {
        var random = QueryFuzzTests.Generator(state: 77)
        let pieces = ["a", "<", ">", "&", "\"", "'", "\t", "\n", "\r", "\u{0}", "\u{1F}", "\u{FFFE}", "\u{FFFF}", "é", "&amp;", "ﬁ"]
        for round in 0..<QueryFuzzTests.iterations {
            let text = (0..<Int.random(in: 0...20, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
            let escaped = QueryXML.escape(text)
            #expect(!escaped.contains("<") && !escaped.contains(">"), "seed 77 round \(round)")
            #expect(!escaped.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || $0.value == 0xFFFE || $0.value == 0xFFFF },
                    "seed 77 round \(round)")
            // Undoing the entities gives the text back, with only unusable characters replaced.
            let undone = escaped.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
                .replacingOccurrences(of: "&#xD;", with: "\r").replacingOccurrences(of: "&amp;", with: "&")
            let expected = String(String.UnicodeScalarView(text.unicodeScalars.map {
                ($0.value < 0x20 && !["\t", "\n", "\r"].contains($0)) || $0.value == 0xFFFE || $0.value == 0xFFFF ? "\u{FFFD}" : $0
            }))
            #expect(undone == expected, "seed 77 round \(round)")
        }
    }

    /// botocore and the SDKs show `x-amzn-RequestId` as AWS sends it: a lower-case version 4
    /// UUID, never the same twice.
    @Test func requestIDsAreFreshLowercaseVersion4UUIDs() throws {
        var seen = Set<String>()
        for _ in 0..<2_000 {
            let id = RandomUUID.make()
            let bytes = Array(id.utf8)
            #expect(bytes.count == 36, "\(id)")
            for (index, byte) in bytes.enumerated() {
                if [8, 13, 18, 23].contains(index) {
                    #expect(byte == UInt8(ascii: "-"), "\(id)")
                } else {
                    #expect(Array("0123456789abcdef".utf8).contains(byte), "\(id)")
                }
            }
            #expect(bytes[14] == UInt8(ascii: "4"), "version nibble of \(id)")
            #expect(Array("89ab".utf8).contains(bytes[19]), "variant nibble of \(id)")
            #expect(UUID(uuidString: id) != nil, "\(id)")
            seen.insert(id)
        }
        #expect(seen.count == 2_000)
    }
}
