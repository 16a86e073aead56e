import Crypto
import Foundation
import IAMKit
@testable import RoleServer
import Testing

/// The verifier builds SigV4's canonical request from bytes, for speed. This suite keeps the
/// rules written the plain way (strings, as the AWS guide lists them) and checks, over seeded
/// hostile requests, that both give the same text: one wrong byte would refuse real clients or,
/// worse, let a changed request through.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
@Suite("SigV4 canonical request")
struct CanonicalRequestTests {
    /// The canonical request, step by step as the guide gives it.
    static func reference(_ request: SignedRequest, credential: SigV4Credential) -> String {
        let presigned = credential.expires != nil || request.header("authorization") == nil
        var pairs: [(String, String)] = []
        for field in request.query.split(separator: "&", omittingEmptySubsequences: true) {
            let name: Substring
            let value: Substring
            if let equals = field.firstIndex(of: "=") {
                name = field[..<equals]
                value = field[field.index(after: equals)...]
            } else {
                name = field
                value = ""
            }
            // Names and values are byte strings: `%FF` stays one byte, whatever UTF-8 says.
            let decodedName = percentDecoded(name)
            if presigned && decodedName == Array("X-Amz-Signature".utf8) { continue }
            pairs.append((percentEncoded(decodedName), percentEncoded(percentDecoded(value))))
        }
        pairs.sort { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 < $1.0 }
        let query = pairs.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
        var headerLines = ""
        for name in credential.signedHeaders {
            let values = request.values(of: name).map { value -> String in
                var output = ""
                var lastWasSpace = false
                var text = Substring(value)
                while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
                while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
                for character in text {
                    if character == " " || character == "\t" {
                        if !lastWasSpace { output.append(" ") }
                        lastWasSpace = true
                    } else {
                        output.append(character)
                        lastWasSpace = false
                    }
                }
                return output
            }
            headerLines += "\(name):\(values.joined(separator: ","))\n"
        }
        let payload = request.header("x-amz-content-sha256") ?? Hex.lowercaseSHA256(request.body)
        let path = request.path.isEmpty ? "/" : request.path
        return [request.method, FormEncoding.escape(path, keepSlash: true), query, headerLines,
                credential.signedHeaders.joined(separator: ";"), payload].joined(separator: "\n")
    }

    /// `%XX` is a byte, `+` a space; anything malformed stays as written.
    static func percentDecoded(_ text: Substring) -> [UInt8] {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
               bytes[(index + 1)...(index + 2)].allSatisfy({ Character(UnicodeScalar($0)).isHexDigit }),
               let byte = UInt8(String(decoding: bytes[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                output.append(byte)
                index += 3
            } else {
                output.append(bytes[index] == UInt8(ascii: "+") ? UInt8(ascii: " ") : bytes[index])
                index += 1
            }
        }
        return output
    }

    /// RFC 3986: unreserved characters stay, every other byte is `%XX` in upper case.
    static func percentEncoded(_ bytes: [UInt8]) -> String {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~".utf8)
        return bytes.map { unreserved.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
    }

    static let pieces = ["a", "A", "Z", "=", "&", "%", "%2", "%zz", "%41", "%2f", "%2F", "%3D", "%7e", "+", " ", "\t", "  ", "é", "%C3%A9", "%FF",
                         "X-Amz-Signature", "X-Amz-Date", "~", ".", "-", "_", "/", "\u{0}", "\r", "💥", "e\u{301}", ",", ";"]

    static func noise(_ random: inout QueryFuzzTests.Generator, upTo count: Int = 12) -> String {
        (0..<Int.random(in: 0...count, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
    }

    @Test func bytesAndReferenceAgreeOnHostileRequests() {
        var random = QueryFuzzTests.Generator(state: 9001)
        let headerNames = ["host", "Host", "x-amz-date", "X-Amz-Content-Sha256", "content-type", "x-custom", "X-CUSTOM", "authorization"]
        for round in 0..<(QueryFuzzTests.iterations * 2) {
            var headers: [(name: String, value: String)] = []
            for _ in 0..<Int.random(in: 0...6, using: &random) {
                headers.append((headerNames.randomElement(using: &random) ?? "host", Self.noise(&random)))
            }
            let request = SignedRequest(method: Bool.random(using: &random) ? "GET" : "POST", path: Self.noise(&random, upTo: 4),
                                        query: Self.noise(&random, upTo: 16), headers: headers,
                                        body: Array(Self.noise(&random).utf8))
            var signed = ["host", "x-amz-date", "x-custom", "content-type", "x-missing"].filter { _ in Bool.random(using: &random) }
            if signed.isEmpty { signed = ["host"] }
            let credential = SigV4Credential(accessKeyID: "AKIAEXAMPLEEXAMPLE12", scopeDate: "20261206", region: "us-east-1", service: "iam",
                                             signedHeaders: signed, signature: "", amzDate: "20261206T120000Z", securityToken: nil,
                                             expires: Bool.random(using: &random) ? 60 : nil)
            #expect(SigV4Verifier.canonicalRequest(request, credential: credential) == Self.reference(request, credential: credential),
                    "seed 9001 round \(round): \(request)")
        }
    }

    @Test func queryIsSortedByEncodedNameThenValue() {
        let request = SignedRequest(method: "GET", path: "", query: "b=2&a=2&a=1&c&X-Amz-Signature=abc&%61=0&d=%ff%2b+",
                                    headers: [("Host", " h   x ")], body: [])
        let credential = SigV4Credential(accessKeyID: "AKIA", scopeDate: "20261206", region: "us-east-1", service: "iam",
                                         signedHeaders: ["host"], signature: "", amzDate: "20261206T120000Z", securityToken: nil, expires: 60)
        let lines = SigV4Verifier.canonicalRequest(request, credential: credential).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == "/")
        // A byte that is not UTF-8 (`%ff`) is signed as the byte it is, as clients sign it.
        #expect(lines[2] == "a=0&a=1&a=2&b=2&c=&d=%FF%2B%20")
        #expect(lines[3] == "host:h x")
    }
}

extension Hex {
    /// The SHA-256 of `bytes` in lower-case hex.
    static func lowercaseSHA256(_ bytes: [UInt8]) -> String {
        lowercase(SHA256.hash(data: bytes))
    }
}
