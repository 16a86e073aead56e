@testable import AWSCommandLine
import Foundation

/// Generates command lines for the CLI fuzz test: for a random operation of any service, flags
/// with values built from the model's shapes (names the demo lab holds, policies, shorthand,
/// JSON, `file://` and `fileb://` references, numbers at and past their limits), sometimes
/// `--cli-input-json`, `--query`, paging flags and global options, and then, for half the
/// vectors, a few mutations (words dropped, repeated, swapped, inserted, or their characters
/// replaced with controls, format characters, combining marks, quotes and brackets).
struct ArgumentVectorGenerator {
    /// The files the in-memory environment holds for `file://` references.
    static let files: [String: String] = [
        "trust.json": seedTrustPolicy,
        "policy.json": #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}"#,
        "broken.json": #"{"Version": "2012-10-17", "Statement": [{"#,
        "input.json": #"{"RoleName": "Admin", "MaxItems": 0, "Bogus": [1, {"a": null}]}"#,
        "deep.json": String(repeating: "[", count: 2_000),
        "controls.txt": "\u{1B}]0;title\u{07}\u{9B}2J\u{202E}",
        "latin1.bin": "caf\u{E9}",
    ]

    static let operations: [OperationSpec] = ServiceName.allCases.flatMap(OperationTable.operations(of:))

    static let names = ["Admin", "alice", "bob", "Developers", "PolicyForRole", "Fuzz", "Fuzz-1", "Test-UserAccess-Role", "", "x"]
    static let arns = [
        "arn:aws:iam::111122223333:policy/PolicyForRole", "arn:aws:iam::aws:policy/ReadOnlyAccess",
        "arn:aws:iam::111122223333:role/Fuzz", "arn:aws:iam::123456789012:user/alice",
        "arn:aws:iam::123456789012:mfa/alice", "arn:aws:iam::", "arn:aws:iam::111122223333:role/",
    ]
    static let documents = [
        seedTrustPolicy, "file://trust.json", "file://policy.json", "file://broken.json", "file://missing.json",
        "fileb://latin1.bin", "file://latin1.bin", "file://deep.json", "file://controls.txt", "{}", "[]", "{",
        #"{"Version":"2012-10-17","Statement":{"Effect":"Deny","NotAction":"*","NotResource":"*"}}"#,
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"123456789012"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}"#,
    ]
    static let queries = [
        "Roles[].RoleName", "Role.Arn", "length(Roles)", "Users[?UserName=='alice'].Arn | [0]", "*", "@", "=", "a.",
        "Roles[?", "sort_by(Roles, &RoleName)[-1]", "{n: Role.RoleName, t: Role.Tags[0].Value}", "`[1,2]`[::-1]",
        "max_by(@, &x)", "to_number('1e400')", "Roles[0:10:0]", "!Roles", "a || b && c", "\"\\u0000\"",
        String(repeating: "a.", count: 300) + "b", "Roles" + String(repeating: "[]", count: 300), "`" + String(repeating: "[", count: 600) + "`",
    ]
    static let integers = ["0", "-1", "1", "2", "1000", "1001", "100000", "99999999999999999999", "-9223372036854775808", "abc", "1_000", " 7 ", "1.5", ""]
    static let tokens = [
        // botocore's token: Base64 of {"Marker": ..., "boto_truncate_amount": N}.
        Data(#"{"Marker": "Admin", "boto_truncate_amount": 1}"#.utf8).base64EncodedString(),
        Data(#"{"Marker": "", "boto_truncate_amount": 9223372036854775807}"#.utf8).base64EncodedString(),
        Data(#"{"Marker": null, "boto_truncate_amount": -1}"#.utf8).base64EncodedString(),
        Data(#"{"Marker": 5}"#.utf8).base64EncodedString(),
        "not-base64!", "", "e30=",
    ]
    static let globals = ["--output", "--query", "--account", "--profile", "--no-paginate", "--explain", "--debug", "--region", "--no-cli-pager"]
    static let junkScalars: [Unicode.Scalar] = [
        "a", "Z", "0", "-", "=", ",", "[", "]", "{", "}", "'", "\"", "`", "\\", " ", "\t", "\n", "\r", ".", "*", "?", "|", "&", ":",
        "\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\u{200D}", "\u{202E}", "\u{2066}", "\u{FEFF}", "\u{0301}",
        "\u{00E9}", "\u{4E2D}", "\u{1F468}", "\u{E0041}", "\u{FFFF}", "\u{10FFFF}",
    ]

    var random: FuzzRandom

    /// One command line.
    mutating func vector() -> [String] {
        let operation = random.pick(Self.operations)
        var words = [operation.service.rawValue, operation.cliName]
        for member in operation.visibleParameters where member.isRequired ? random.chance(0.95) : random.chance(0.3) {
            words += arguments(for: member)
        }
        if random.chance(0.1) { words += ["--cli-input-json", random.pick(["file://input.json", "file://broken.json", #"{"RoleName": "Admin"}"#, "[]", junk()])] }
        if random.chance(0.3) { words += ["--query", random.chance(0.8) ? random.pick(Self.queries) : junk()] }
        if random.chance(0.4) { words += ["--output", random.pick(["json", "text", "table", "yaml"])] }
        if operation.pagination != nil {
            if random.chance(0.3) { words += ["--max-items", random.pick(Self.integers)] }
            if random.chance(0.2) { words += ["--page-size", random.pick(Self.integers)] }
            if random.chance(0.15) { words += ["--starting-token", random.pick(Self.tokens)] }
            if random.chance(0.05) { words.append("--no-paginate") }
        }
        if random.chance(0.1) { words += ["--account", random.pick(["123456789012", "111122223333", "999999999999", "x"])] }
        if random.chance(0.05) { words.append("--explain") }
        if random.chance(0.5) {
            for _ in 0..<Int.random(in: 1...3, using: &random) { mutate(&words) }
        }
        return words
    }

    /// `--flag value…` for one member, the value built from its shape.
    private mutating func arguments(for member: Member) -> [String] {
        switch member.shape.kind {
        case .boolean:
            return [random.chance(0.8) ? member.flag : "--no-" + member.cliName]
        case .list(let element):
            let count = Int.random(in: 1...3, using: &random)
            if element.isScalar { return [member.flag] + (0..<count).map { _ in scalar(for: member.name, shape: element) } }
            if random.chance(0.5) { return [member.flag] + (0..<count).map { _ in shorthand() } }
            return [member.flag, random.pick([#"[{"Key": "team", "Value": "blue"}]"#, "[", "[]", #"[{"Key": 1}]"#])]
        case .structure, .map:
            return [member.flag, random.chance(0.5) ? shorthand() : random.pick([#"{"Key": "a"}"#, "{", "{}", #"{"a": [1, 2]}"#])]
        default:
            return [member.flag, scalar(for: member.name, shape: member.shape)]
        }
    }

    private mutating func scalar(for name: String, shape: Shape) -> String {
        if random.chance(0.1) { return junk() }
        switch shape.kind {
        case .integer, .long: return random.pick(Self.integers)
        case .double: return random.pick(["1.5", "-0", "nan", "inf", "1e400", "x"])
        default: break
        }
        if name.hasSuffix("Document") { return random.pick(Self.documents) }
        if name.hasSuffix("Arn") || name.hasSuffix("Arns") || name == "SerialNumber" { return random.pick(Self.arns) }
        if name.hasSuffix("Name") || name.hasSuffix("Names") { return random.pick(Self.names) }
        if !shape.enumValues.isEmpty, random.chance(0.7) { return random.pick(shape.enumValues) }
        return random.pick(["123456", "Active", "Inactive", "true", "2026-12-06T00:00:00Z", "file://policy.json", junk()])
    }

    private mutating func shorthand() -> String {
        random.pick(["Key=team,Value=blue", "Key=a,Value=b,Key=c", "Key=[a,b]", "Key={a=b}", "Key=", "=", "Key='x,y'",
                     "Key=\"unterminated", "Key=a\\,b,Value=c", "Key=" + String(repeating: "[", count: 300), junk()])
    }

    /// Up to 40 characters from an alphabet chosen to upset parsers and terminals.
    private mutating func junk() -> String {
        var view = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...40, using: &random) { view.append(random.pick(Self.junkScalars)) }
        return String(view)
    }

    private mutating func mutate(_ words: inout [String]) {
        guard !words.isEmpty else { words.append(junk()); return }
        let index = Int.random(in: 0..<words.count, using: &random)
        switch Int.random(in: 0..<7, using: &random) {
        case 0: words.remove(at: index)
        case 1: words.insert(words[index], at: index)
        case 2: words.swapAt(index, Int.random(in: 0..<words.count, using: &random))
        case 3: words.insert(random.chance(0.5) ? random.pick(Self.globals) : junk(), at: index)
        case 4:
            var scalars = Array(words[index].unicodeScalars)
            let at = Int.random(in: 0...scalars.count, using: &random)
            scalars.insert(random.pick(Self.junkScalars), at: at)
            words[index] = String(String.UnicodeScalarView(scalars))
        case 5: words[index] = String(words[index].prefix(Int.random(in: 0...max(0, words[index].count), using: &random)))
        default: words[index] = String(repeating: words[index], count: Int.random(in: 2...50, using: &random))
        }
    }
}
