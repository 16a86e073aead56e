@testable import AWSCommandLine
import Foundation
import IAMPolicy
import Testing

/// Issue #14: the parsers behind the CLI (JSON, IAM policies, shorthand, JMESPath) get
/// mutated corpora. Whatever the text: no crash, and either a value or the parser's own typed
/// error with a message. `ROLECALL_FUZZ_COUNT`/`ROLECALL_FUZZ_SEED` as for the CLI fuzz.
@Suite struct ParserFuzzTests {
    static let defaultCount = 4_000

    static let json = [
        #"{"a": [1, 2.5e3, -0, true, false, null, "x\u00e9\n"], "b": {"c": {}}}"#, "[]", "\"\\ud83d\\ude00\"", "1e400", "-",
        seedTrustPolicy, String(repeating: "[", count: 600) + String(repeating: "]", count: 600),
    ]
    static let policies = [
        seedTrustPolicy,
        #"{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":["s3:Get*","iam:PassRole"],"Resource":"arn:aws:s3:::b/${aws:username}/*","Condition":{"StringLike":{"aws:PrincipalTag/team":"blue"},"NumericLessThan":{"aws:MultiFactorAuthAge":"3600"}}}]}"#,
        #"{"Version":"2012-10-17","Statement":{"Effect":"Deny","NotAction":"*","NotResource":"*","Principal":"*"}}"#,
        #"{"Statement":[{"Effect":"Allow","Principal":{"AWS":["123456789012","arn:aws:iam::111122223333:role/R"],"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"Null":{"sts:ExternalId":"false"}}}]}"#,
    ]
    static let shorthand = [
        "Key=team,Value=blue", "Names=[a,b],Flag=true", "Tags={k=v,k2=[1,2]}", "Key='a,b',Value=\"c\\\"d\"", "A=b\\,c,D=",
        "X=[{a=b},{c=[d,e]}]", "Key=" + String(repeating: "[", count: 300),
    ]
    static let queries = [
        "Roles[?starts_with(RoleName, `Dev`)].[RoleName, Arn]", "sort_by(Users, &CreateDate)[-1].UserName", "a.b.c || d && !e",
        "{n: length(@), k: keys(@)}", "`[1, {\"a\": null}]`[?@ != `null`] | [0]", "to_string(@)", "max_by(@, &a)", "[*].*.x[1:5:2]",
        "\"quoted\\u00e9\".'raw\\'s'", "join(', ', map(&to_string(@), [`1`, `2`]))", String(repeating: "(", count: 300) + "a" + String(repeating: ")", count: 300),
    ]
    static let document = #"{"Roles": [{"RoleName": "Dev", "Arn": "a", "CreateDate": "2026"}, {"RoleName": "Ops"}], "a": {"b": {"c": [1, "x", null]}}, "Users": []}"#

    @Test func jsonParserNeverCrashes() {
        fuzz(Self.json, name: "jsonParserNeverCrashes", slot: 1) { text in
            do throws(JSONSyntaxError) {
                _ = try JSONParser.parse(text)
                return nil
            } catch {
                return error.message
            }
        }
    }

    @Test func policyParserNeverCrashes() {
        let kinds: [PolicyKind] = [.identity, .trust, .resourceBased, .permissionsBoundary, .session, .managed]
        fuzz(Self.policies, name: "policyParserNeverCrashes", slot: 2) { text in
            var last: String?
            for kind in kinds {
                do throws(PolicyError) {
                    _ = try PolicyDocument.parse(text, kind: kind)
                } catch {
                    last = error.message
                }
            }
            return last
        }
    }

    @Test func shorthandParserNeverCrashes() {
        fuzz(Self.shorthand, name: "shorthandParserNeverCrashes", slot: 3) { text in
            do throws(ShorthandParser.SyntaxError) {
                _ = try ShorthandParser.parse(text)
                return nil
            } catch {
                return error.message
            }
        }
    }

    @Test func queryCompilerAndInterpreterNeverCrash() {
        // Compile and search (typed errors: QuerySyntaxError, QueryRuntimeError).
        fuzz(Self.queries, name: "queryCompilerAndInterpreterNeverCrash", slot: 4) { text in queryFailure(text, Self.document) }
    }

    /// Runs `parse` on mutations of `corpus`; `parse` returns nil on success, else the error's
    /// message, which must say something and stay bounded.
    private func fuzz(_ corpus: [String], name: String, slot: Int, _ parse: (String) -> String?) {
        let settings = FuzzSettings.current(defaultCount: Self.defaultCount)
        for index in 0..<settings.count {
            var random = settings.random(forCase: index)
            let text = Self.mutated(random.pick(corpus), corpus: corpus, random: &random)
            let replay = settings.replay(index, filter: "ParserFuzzTests/" + name)
            FuzzCrashReport.running("\(name) \(replay)\n  input: \(String(reflecting: text.prefix(1_000)))", slot: slot)
            let message = parse(text)
            let saysSomethingBounded = message.map { !$0.isEmpty && $0.utf8.count <= 64 * 1_024 } ?? true
            #expect(saysSomethingBounded,
                    "an error with \(message?.isEmpty == true ? "no" : "a \(message?.utf8.count ?? 0)-byte") message\n\(replay)\n  input: \(String(reflecting: text.prefix(1_000)))")
            if !saysSomethingBounded { break }
        }
        FuzzCrashReport.finished(slot: slot)
    }

    static let alphabet: [Unicode.Scalar] = [
        "{", "}", "[", "]", "(", ")", "\"", "'", "`", "\\", ",", ":", "=", ".", "*", "?", "|", "&", "!", "@", "$", "-", "+", "0", "9",
        "e", "E", "u", "n", "t", " ", "\t", "\n", "\u{0}", "\u{1B}", "\u{7F}", "\u{9B}", "\u{202E}", "\u{200D}", "\u{0301}", "\u{FEFF}",
        "\u{D7FF}", "\u{E000}", "\u{1F600}", "\u{10FFFF}",
    ]

    /// `text` after one to four random edits: a character inserted, deleted or replaced, a
    /// slice repeated (up to 200 times, for nesting), or a slice of another corpus entry spliced in.
    static func mutated(_ text: String, corpus: [String], random: inout FuzzRandom) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let at = Int.random(in: 0...scalars.count, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0, 1:
                scalars.insert(random.pick(alphabet), at: at)
            case 2:
                if at < scalars.count { scalars.remove(at: at) }
            case 3:
                if at < scalars.count { scalars[at] = random.pick(alphabet) }
            case 4:
                let end = min(scalars.count, at + Int.random(in: 1...8, using: &random))
                let slice = Array(scalars[at..<end])
                scalars.insert(contentsOf: Array(repeating: slice, count: Int.random(in: 2...200, using: &random)).joined(), at: at)
            default:
                let other = Array(random.pick(corpus).unicodeScalars)
                let start = Int.random(in: 0...other.count, using: &random)
                let end = min(other.count, start + Int.random(in: 0...40, using: &random))
                scalars.insert(contentsOf: other[start..<end], at: at)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
