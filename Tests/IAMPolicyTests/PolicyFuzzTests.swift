import Testing
import IAMPolicy

/// Robustness: generated and mutated documents always yield a decision or a typed error.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
@Suite("Policy fuzzing")
struct PolicyFuzzTests {
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

    static let actions = ["s3:GetObject", "s3:*", "*", "ec2:Describe*", "sts:AssumeRole", "iam:?reate*", "S3:List*", "*:Get*", "s3:Get*", "bad"]
    static let resources = ["*", "arn:aws:s3:::b/*", "arn:aws:s3:::b/${aws:username}/*", "arn:aws:iam::111122223333:role/*", "arn:aws:s3:::b/?lice/*", "x"]
    static let operators = ConditionOperator.Base.allCases.filter { !$0.rawValue.hasPrefix("Date") }.map(\.rawValue)
        + ["ForAnyValue:StringLike", "ForAllValues:StringEquals", "BoolIfExists", "DateLessThan", "Nope"]
    static let keys = ["aws:MultiFactorAuthPresent", "aws:SourceIp", "aws:CurrentTime", "aws:PrincipalTag/team", "aws:TagKeys", "s3:max-keys"]
    static let values = [#""true""#, #""10.0.0.0/8""#, #""1704067200""#, #""blue""#, "[\"a\", \"b*\"]", "10", "true", #""${aws:username}""#, #""::1""#, "null"]
    static let principals = [#""*""#, #"{"AWS": "123456789012"}"#, #"{"AWS": ["arn:aws:iam::111122223333:user/alice", "AROA3XFRBF535PLBIFPI4"]}"#, #"{"Service": "ec2.amazonaws.com"}"#, #"{"AWS": "nobody"}"#]

    /// A document shaped for `kind`, with an occasional deliberate grammar slip.
    static func document(_ random: inout Generator, kind: PolicyKind) -> String {
        let principalKind = kind == .trust || kind == .resourceBased
        func slip() -> Bool { Int.random(in: 0..<10, using: &random) == 0 }
        var statements: [String] = []
        for index in 0..<Int.random(in: 1...4, using: &random) {
            var parts = [#""Effect": "\#(Bool.random(using: &random) ? "Allow" : "Deny")""#]
            if Bool.random(using: &random) { parts.append(#""Sid": "S\#(index)""#) }
            let actionKey = Int.random(in: 0..<5, using: &random) == 0 ? "NotAction" : "Action"
            let pool = kind == .trust && !slip() ? ["sts:AssumeRole", "sts:TagSession", "sts:*"] : actions
            parts.append(#""\#(actionKey)": ["\#(pool.randomElement(using: &random) ?? "*")", "\#(pool.randomElement(using: &random) ?? "*")"]"#)
            if kind != .trust ? !slip() : slip() {
                let key = Int.random(in: 0..<5, using: &random) == 0 ? "NotResource" : "Resource"
                parts.append(#""\#(key)": "\#(resources.randomElement(using: &random) ?? "*")""#)
            }
            if principalKind ? !slip() : slip() {
                parts.append(#""Principal": \#(principals.randomElement(using: &random) ?? "*")"#)
            }
            if Bool.random(using: &random) {
                let op = operators.randomElement(using: &random) ?? "Bool"
                let key = keys.randomElement(using: &random) ?? "k:k"
                let value = values.randomElement(using: &random) ?? "1"
                parts.append(#""Condition": {"\#(op)": {"\#(key)": \#(value)}}"#)
            }
            statements.append("{" + parts.shuffled(using: &random).joined(separator: ", ") + "}")
        }
        let version = [#""Version": "2012-10-17", "#, #""Version": "2008-10-17", "#, ""].randomElement(using: &random) ?? ""
        return #"{\#(version)"Statement": [\#(statements.joined(separator: ", "))]}"#
    }

    static func mutate(_ text: String, _ random: inout Generator) -> String {
        var bytes = Array(text.utf8)
        let noise: [UInt8] = Array(#"{}[]:,"\ *?$0aé"#.utf8) + [0x00, 0x0A, 0xFF]
        for _ in 0..<Int.random(in: 1...3, using: &random) where !bytes.isEmpty {
            let position = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: bytes.remove(at: position)
            case 1: bytes.insert(noise.randomElement(using: &random) ?? 0, at: position)
            default: bytes[position] = noise.randomElement(using: &random) ?? 0
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func generatedAndMutatedDocumentsNeverCrash() {
        var random = Generator(state: 0x5EED_1A3B)
        let callers = [Fixture.alice, Fixture.session, Fixture.foreignUser, .anonymous, .service("ec2.amazonaws.com")]
        var parsed = 0
        var rejected = 0
        var decided = 0
        let total = 10_000
        for iteration in 0..<total {
            let kind = PolicyKind.allCases[iteration % PolicyKind.allCases.count]
            var text = Self.document(&random, kind: kind)
            if iteration % 2 == 1 { text = Self.mutate(text, &random) }
            do {
                let document = try PolicyDocument(parsing: text, kind: kind)
                parsed += 1
                let request = AuthorizationRequest(
                    principal: callers[iteration % callers.count], action: Self.actions[iteration % Self.actions.count],
                    resource: "arn:aws:s3:::b/alice/x", resourceAccountID: iteration % 3 == 0 ? Fixture.otherAccount : nil,
                    context: ["aws:username": "alice", "aws:MultiFactorAuthPresent": "true", "aws:TagKeys": ["a", "c"], "aws:SourceIp": "10.1.1.1"])
                let named = NamedPolicy(name: "fuzz", document: document)
                let set = kind == .trust || kind == .resourceBased
                    ? PolicySet(resourcePolicy: named) : PolicySet(identityPolicies: [named], permissionsBoundary: named)
                let decision = PolicyEvaluator.evaluate(request, against: set, explain: iteration % 10 == 0)
                if Decision.Outcome.allCases.contains(decision.outcome) { decided += 1 }
            } catch {
                rejected += 1
                #expect(!error.message.isEmpty)
            }
        }
        #expect(parsed + rejected == total)
        #expect(decided == parsed)
        // Both paths must be exercised for the test to mean anything (921 documents parse with
        // this seed since PolicyKind gained `awsManaged`, which reshuffled the kind cycle).
        #expect(parsed > 500)
        #expect(rejected > 1_000)
    }
}
