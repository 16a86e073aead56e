import Testing
@testable import IAMPolicy

/// The fast path (`PolicyByteReader`) must read every document it accepts exactly as the full
/// parser does (same statements, places, paths and values), and must decline only what it
/// leaves to the full parser, so that errors keep their located messages.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
@Suite("Policy fast path")
struct PolicyByteReaderTests {
    /// Whether the fast reading equals the full parser's, field by field.
    static func sameReading(_ fast: ParsedPolicy, _ full: ParsedPolicy) -> Bool {
        fast.version == full.version && fast.versionText == full.versionText && fast.id == full.id
            && fast.statements == full.statements && fast.statementIsArray == full.statementIsArray
            && fast.sizeWithoutWhitespace == full.sizeWithoutWhitespace && full.miscasedEffects.isEmpty
    }

    /// Documents the fast path must decline even though they are well formed.
    static func isLeftToFullParser(_ text: String, _ full: ParsedPolicy) -> Bool {
        text.contains("\\") || !full.miscasedEffects.isEmpty
    }

    @Test func readsTheFuzzCorpusExactlyAsTheFullParser() {
        var random = PolicyFuzzTests.Generator(state: 0xFA57_BA7E)
        var fastReads = 0
        var declined = 0
        for iteration in 0..<10_000 {
            let kind = PolicyKind.allCases[iteration % PolicyKind.allCases.count]
            var text = PolicyFuzzTests.document(&random, kind: kind)
            if iteration % 2 == 1 { text = PolicyFuzzTests.mutate(text, &random) }
            let fast = PolicyByteReader.read(text)
            let full = try? PolicyParser.parseLocated(text)
            switch (fast, full) {
            case let (fast?, full?):
                #expect(Self.sameReading(fast, full), "differs: \(text)")
                fastReads += 1
            case (.some, nil):
                Issue.record("the fast path accepted what the full parser rejects: \(text)")
            case let (nil, full?):
                #expect(Self.isLeftToFullParser(text, full), "declined a plain document: \(text)")
                declined += 1
            case (nil, nil):
                declined += 1
            }
        }
        #expect(fastReads > 4_000)
        #expect(declined > 1_000)
    }

    /// Hand-written shapes the generator does not make: layout, Unicode, every value form.
    static let shapes: [String] = [
        #"{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}"#,
        "{\n  \"Version\" : \"2012-10-17\" ,\r\n\t\"Id\": \"doc-1\",\n  \"Statement\": [\n    {\n      \"Sid\": \"A1\",\n      \"Effect\": \"Deny\",\n      \"NotAction\": [],\n      \"NotResource\": [ \"arn:aws:s3:::b/*\" , \"arn:aws:s3:::c\" ]\n    }\n  ]\n}\n",
        #"{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Action":["sts:AssumeRole"],"Principal":{"AWS":["111122223333","arn:aws:iam::444455556666:root"],"Service":"ec2.amazonaws.com","Federated":[],"CanonicalUser":"79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"}}]}"#,
        #"{"Statement":[{"Effect":"Allow","Action":"*","NotPrincipal":"*","Resource":"*"},{"Effect":"Deny","Action":"*","Principal":{},"Resource":"*"}]}"#,
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::bücher/☃/*","Condition":{"NumericLessThan":{"s3:max-keys":[10,-1.5e3,0]},"Bool":{"aws:SecureTransport":false,"aws:MultiFactorAuthPresent":[true]},"StringEquals":{"aws:PrincipalTag/Team":"Blau","aws:PrincipalTag/team":"blue"},"ForAnyValue:StringLike":{"aws:TagKeys":[]},"DateGreaterThan":{"aws:CurrentTime":"2020-01-01T00:00:00Z"}}}]}"#,
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\",\"Condition\":{}}]}   \n",
        #"{"Statement":[{"Sid":"","Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringLike":{}}}]}"#,
    ]

    @Test func readsEveryValueFormAsTheFullParser() throws {
        for text in Self.shapes {
            let full = try PolicyParser.parseLocated(text)
            let fast = try #require(PolicyByteReader.read(text), "declined: \(text)")
            #expect(Self.sameReading(fast, full), "differs: \(text)")
        }
    }

    /// Escapes and a miscased Effect are well formed, but the fast path leaves them to the
    /// full parser: the documents still parse (or fail) exactly as before.
    @Test func leavesEscapesAndMiscasedEffectsToTheFullParser() throws {
        let escaped = #"{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b\/x\u0041"}}"#
        #expect(PolicyByteReader.read(escaped) == nil)
        let document = try PolicyDocument(parsing: escaped, kind: .identity)
        #expect(document.statements.first?.resource == ["arn:aws:s3:::b/xA"])

        let miscased = #"{"Version":"2012-10-17","Statement":{"Effect":"allow","Action":"s3:GetObject","Resource":"*"}}"#
        #expect(PolicyByteReader.read(miscased) == nil)
        #expect(throws: PolicyError.self) { try PolicyDocument(parsing: miscased, kind: .identity) }
        do {
            _ = try PolicyDocument(parsing: miscased, kind: .identity)
        } catch {
            #expect(error.message == "The policy failed legacy parsing")
            #expect(error.path?.description == "$.Statement.Effect")
        }
    }

    /// A fast-read document still answers for its JSON tree and node places (built on demand).
    @Test func fastReadDocumentsStillLocateTheirNodes() throws {
        let text = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}]\n}"
        #expect(PolicyByteReader.read(text) != nil)
        let document = try PolicyDocument(parsing: text, kind: .identity)
        #expect(document.json["Statement"]?[0]?["Action"]?.stringValue == "s3:*")
        let effect = JSONPath.root.appending(key: "Statement").appending(index: 0).appending(key: "Effect")
        #expect(document.locations.span(at: effect)?.start.description == "3:28")
        #expect(document.statements.first?.span.description == "3:17-3:71")
    }

    /// Strings are scanned eight bytes at a time: a backslash or control character must be
    /// found at every offset within a word, and bytes above 0x7F must not be mistaken for one.
    @Test func findsTheEndOfAStringAtEveryOffset() throws {
        func document(_ resource: String) -> String {
            #"{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::"# + resource + #""}}"#
        }
        for length in 0..<20 {
            let name = String(repeating: "ü", count: length / 2) + String(repeating: "a", count: length)
            let read = try #require(PolicyByteReader.read(document(name)), "declined a plain name of \(length)")
            #expect(read.statements.first?.resource == ["arn:aws:s3:::" + name])
            // An escape or a raw control character: declined, for the full parser to read or reject.
            for special in [#"\/"#, "\u{01}", "\t"] {
                #expect(PolicyByteReader.read(document(name + special + "x")) == nil, "accepted \(special.debugDescription) after \(length)")
            }
        }
    }

    /// Duplicate names at every level are the full parser's to report, with their place.
    @Test func duplicatesAreLeftToTheFullParser() {
        let duplicates = [
            #"{"Statement":{"Effect":"Allow","Action":"*","Resource":"*"},"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}"#,
            #"{"Version":"2012-10-17","Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}"#,
            #"{"Statement":{"Effect":"Allow","Effect":"Deny","Action":"*","Resource":"*"}}"#,
            #"{"Statement":{"Effect":"Allow","Action":"*","Principal":{"AWS":"1","AWS":"2"},"Resource":"*"}}"#,
            #"{"Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"Bool":{},"Bool":{}}}}"#,
            #"{"Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"Bool":{"a:b":"x","a:b":"y"}}}}"#,
        ]
        for text in duplicates {
            #expect(PolicyByteReader.read(text) == nil, "accepted: \(text)")
            #expect(throws: PolicyError.self) { try PolicyDocument(parsing: text, kind: .identity) }
        }
    }
}
