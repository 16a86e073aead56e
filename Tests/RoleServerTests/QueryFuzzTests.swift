import AWSCommandLine
import Foundation
import IAMPolicy
import RoleServer
import Testing

/// The Query parser and the SigV4 verifier never crash on hostile input, and no change to a
/// signed request gets through. Seeded and bounded; `ROLECALL_FUZZ_ITERATIONS` runs longer.
@Suite("Query and SigV4 fuzzing")
struct QueryFuzzTests {
    /// SplitMix64: deterministic, so a failure reproduces from the seed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static var iterations: Int { ProcessInfo.processInfo.environment["ROLECALL_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 400 }
    static let pieces = ["Action", "=", "&", "%", "%2", "%ZZ", "%41", "+", "Tags", ".member.", ".1", ".Key", ".Value", "RoleName",
                         "ContextEntries", ".ContextKeyValues", "\u{0}", "é", "%C3%A9", "%FF", "1000", "0", "-1", "entry", ".key", "PolicyArns", ".arn"]

    static func noise(_ random: inout Generator) -> String {
        (0..<Int.random(in: 0...24, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
    }

    @Test func queryParserNeverCrashesAndKeepsStructure() {
        var random = Generator(state: 17)
        let operations = OperationTable.operations(of: .iam) + OperationTable.operations(of: .sts)
        for round in 0..<Self.iterations {
            let text = Self.noise(&random)
            let pairs = FormEncoding.decode(Substring(text))
            var fields: [String: String] = [:]
            for pair in pairs { fields[pair.name] = pair.value }
            let operation = operations[Int.random(in: 0..<operations.count, using: &random)]
            let object = QueryParameters.object(for: operation, from: fields)
            // Only the operation's own members come out.
            for member in object.members {
                #expect(operation.parameter(named: member.key) != nil, "seed 17 round \(round): \(text)")
            }
        }
    }

    @Test func listsAndStructuresDecode() throws {
        let createRole = try #require(OperationTable.operation(.iam, named: "CreateRole"))
        let object = QueryParameters.object(for: createRole, from: [
            "RoleName": "R", "MaxSessionDuration": "7200", "Tags.member.1.Key": "a", "Tags.member.1.Value": "1",
            "Tags.member.2.Key": "b", "Tags.member.2.Value": "", "Tags.member.4.Key": "gap", "Bogus": "x",
        ])
        #expect(object["RoleName"] == "R")
        #expect(object["MaxSessionDuration"] == "7200")
        #expect(object["Tags"] == [["Key": "a", "Value": "1"], ["Key": "b", "Value": ""]])
        #expect(object["Bogus"] == nil)
        let untag = try #require(OperationTable.operation(.iam, named: "UntagRole"))
        #expect(QueryParameters.object(for: untag, from: ["TagKeys.member.1": "a", "TagKeys.member.2": "b"])["TagKeys"] == ["a", "b"])
        #expect(QueryParameters.object(for: untag, from: ["TagKeys": ""])["TagKeys"] == [])
    }

    @Test func formDecodingFollowsTheEncoding() {
        let pairs = FormEncoding.decode("a=1+2&b=%7B%22x%22%7D&c&d=%ZZ&=e")
        #expect(pairs.map(\.name) == ["a", "b", "c", "d", ""])
        #expect(pairs.map(\.value) == ["1 2", #"{"x"}"#, "", "%ZZ", "e"])
        #expect(FormEncoding.escape("a b/é~") == "a%20b%2F%C3%A9~")
        // An escape on one side of `=` only, `=` inside a value, empty fields.
        let mixed = FormEncoding.decode("%41+x=b&k=a=b%3D&&n=%2B+&plain=v")
        #expect(mixed.map(\.name) == ["A x", "k", "n", "plain"])
        #expect(mixed.map(\.value) == ["b", "a=b=", "+ ", "v"])
    }

    /// The one-pass decoder agrees with the definition, applied piece by piece: split on `&`,
    /// drop empty fields, split each at its first `=`, percent-decode both sides.
    @Test func formDecodingMatchesTheDefinitionOnNoise() {
        var random = Generator(state: 29)
        for round in 0..<Self.iterations {
            let text = Self.noise(&random) + (round % 3 == 0 ? "&" : "=") + Self.noise(&random)
            let expected = text.split(separator: "&", omittingEmptySubsequences: true).map { field -> (String, String) in
                let equals = field.firstIndex(of: "=")
                let name = field[..<(equals ?? field.endIndex)]
                let value = equals.map { field[field.index(after: $0)...] } ?? ""
                return (FormEncoding.unescape(name, plusIsSpace: true), FormEncoding.unescape(value, plusIsSpace: true))
            }
            let pairs = FormEncoding.decode(Substring(text))
            #expect(pairs.map(\.name) == expected.map(\.0), "seed 29 round \(round): \(text)")
            #expect(pairs.map(\.value) == expected.map(\.1), "seed 29 round \(round): \(text)")
        }
    }

    @Test func mutatedSignedRequestsNeverPass() throws {
        var random = Generator(state: 4242)
        let now = SigV4Time.parse("20261206T120000Z") ?? 0
        for round in 0..<Self.iterations {
            let original = ServerLab.signedPost([("Action", "GetRole"), ("Version", "2010-05-08"), ("RoleName", Self.noise(&random))],
                                                keyID: "AKIAEXAMPLEEXAMPLE12", secret: "s", time: now)
            var request = original
            switch Int.random(in: 0..<4, using: &random) {
            case 0 where !request.body.isEmpty:
                let index = Int.random(in: 0..<request.body.count, using: &random)
                request.body[index] ^= UInt8.random(in: 1...255, using: &random)
            case 1:
                request.query = Self.noise(&random)
                if request.query.isEmpty { request.query = "x=1" }
            case 2:
                let index = Int.random(in: 0..<request.headers.count, using: &random)
                request.headers[index].value = Self.noise(&random) + "!"
            default:
                request.path = "/" + Self.noise(&random) + "x"
            }
            do {
                var fields: [String: String] = [:]
                for pair in FormEncoding.decode(Substring(request.query)) { fields[pair.name] = pair.value }
                let credential = try SigV4Credential.read(request, query: fields)
                try SigV4Verifier.verify(request, credential: credential, secret: "s", now: now)
                Issue.record("seed 4242 round \(round): a changed request verified: \(request)")
            } catch {
                // Refused, as it must be.
            }
        }
    }
}
