import Testing
import IAMPolicy

/// Every condition operator family, IfExists, and the missing-key table (iam-semantics.md §3.3).
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html
@Suite("Condition operators")
struct ConditionOperatorTests {
    /// Whether an Allow statement with `operator: {key: values}` allows under `context`.
    func holds(_ conditionOperator: String, _ key: String, _ values: String, _ context: RequestContext) throws -> Bool {
        let document = try identityPolicy(condition: #"{"\#(conditionOperator)": {"\#(key)": \#(values)}}"#)
        return evaluate([document], context: context).isAllowed
    }

    @Test(arguments: [
        ("StringEquals", #""blue""#, "blue", true), ("StringEquals", #""blue""#, "Blue", false),
        ("StringEquals", #"["red", "blue"]"#, "blue", true), ("StringEquals", #""b*""#, "blue", false),
        ("StringNotEquals", #""blue""#, "blue", false), ("StringNotEquals", #"["red", "green"]"#, "blue", true),
        ("StringEqualsIgnoreCase", #""BLUE""#, "blue", true), ("StringNotEqualsIgnoreCase", #""BLUE""#, "blue", false),
        ("StringLike", #""b*e""#, "blue", true), ("StringLike", #""b?ue""#, "blue", true), ("StringLike", #""B*""#, "blue", false),
        ("StringNotLike", #""r*""#, "blue", true), ("StringNotLike", #"["r*", "b*"]"#, "blue", false),
    ])
    func stringOperators(_ op: String, _ values: String, _ actual: String, _ expected: Bool) throws {
        #expect(try holds(op, "aws:PrincipalTag/team", values, ["aws:PrincipalTag/team": .single(actual)]) == expected)
    }

    @Test(arguments: [
        ("NumericEquals", "10", "10.0", true), ("NumericEquals", #""10""#, "10", true), ("NumericNotEquals", "10", "11", true),
        ("NumericLessThan", "10", "9", true), ("NumericLessThan", #""10""#, "10", false), ("NumericLessThan", "10", "abc", false),
        ("NumericLessThanEquals", "10", "10", true), ("NumericGreaterThan", "10", "100", true),
        ("NumericGreaterThanEquals", "10.5", "10.5", true), ("NumericGreaterThan", "-1", "0", true),
    ])
    func numericOperatorsCompareNumbersNotText(_ op: String, _ values: String, _ actual: String, _ expected: Bool) throws {
        #expect(try holds(op, "s3:max-keys", values, ["s3:max-keys": .single(actual)]) == expected)
    }

    @Test(arguments: [
        ("DateLessThan", #""2024-01-01T00:00:00Z""#, "2023-12-31T23:59:59Z", true),
        ("DateLessThan", #""2024-01-01T00:00:00Z""#, "2024-01-01T01:00:00+02:00", true),
        ("DateGreaterThan", #""2024-01-01""#, "2024-01-01T00:00:01Z", true),
        ("DateEquals", #""1704067200""#, "2024-01-01T00:00:00Z", true),
        ("DateEquals", #""2024-01-01T00:00:00.000Z""#, "1704067200", true),
        ("DateNotEquals", #""2024-01-01T00:00:00Z""#, "2024-01-02T00:00:00Z", true),
        ("DateLessThanEquals", #""2024-01-01T00:00:00Z""#, "2024-01-01T00:00:00Z", true),
        ("DateGreaterThanEquals", #""2024-01-01T00:00:00Z""#, "2023-01-01T00:00:00Z", false),
    ])
    func dateOperatorsCompareInstants(_ op: String, _ values: String, _ actual: String, _ expected: Bool) throws {
        #expect(try holds(op, "aws:CurrentTime", values, ["aws:CurrentTime": .single(actual)]) == expected)
    }

    @Test(arguments: [
        (#""true""#, "true", true), (#""true""#, "false", false), ("true", "true", true), (#""false""#, "false", true),
        (#""true""#, "TRUE", true),
    ])
    func boolOperator(_ values: String, _ actual: String, _ expected: Bool) throws {
        #expect(try holds("Bool", "aws:MultiFactorAuthPresent", values, ["aws:MultiFactorAuthPresent": .single(actual)]) == expected)
    }

    @Test func binaryEqualsComparesDecodedBytes() throws {
        #expect(try holds("BinaryEquals", "k:bin", #""QmluYXJ5""#, ["k:bin": "QmluYXJ5"]))
        #expect(try !holds("BinaryEquals", "k:bin", #""QmluYXJ5""#, ["k:bin": "QmluYXJ6"]))
    }

    @Test(arguments: [
        ("IpAddress", #""10.0.0.0/8""#, "10.1.2.3", true), ("IpAddress", #""10.0.0.0/8""#, "11.1.2.3", false),
        ("IpAddress", #""203.0.113.5""#, "203.0.113.5", true), ("IpAddress", #""203.0.113.0/24""#, "203.0.114.1", false),
        ("NotIpAddress", #""10.0.0.0/8""#, "192.168.0.1", true), ("NotIpAddress", #""10.0.0.0/8""#, "10.9.9.9", false),
        ("IpAddress", #""2001:DB8:1234:5678::/64""#, "2001:db8:1234:5678::1", true),
        ("IpAddress", #""2001:DB8:1234:5678::/64""#, "2001:db8:1234:5679::1", false),
        ("IpAddress", #"["10.0.0.0/8", "::1/128"]"#, "::1", true), ("IpAddress", #""0.0.0.0/0""#, "::1", false),
    ])
    func ipAddressOperatorsHandleIPv4AndIPv6(_ op: String, _ values: String, _ actual: String, _ expected: Bool) throws {
        #expect(try holds(op, "aws:SourceIp", values, ["aws:SourceIp": .single(actual)]) == expected)
    }

    @Test(arguments: [
        ("ArnLike", #""arn:aws:iam::*:role/Admin*""#, "arn:aws:iam::111122223333:role/AdminX", true),
        ("ArnEquals", #""arn:aws:iam::*:role/Admin*""#, "arn:aws:iam::111122223333:role/AdminX", true),
        ("ArnLike", #""arn:aws:iam::111122223333:*""#, "arn:aws:iam::111122223333:role/a:b", true),
        ("ArnLike", #""arn:aws:*:role/x""#, "arn:aws:iam::111122223333:role/x", false),
        ("ArnNotLike", #""arn:aws:iam::*:role/Admin*""#, "arn:aws:iam::111122223333:role/User", true),
        ("ArnNotEquals", #""arn:aws:iam::*:role/Admin*""#, "arn:aws:iam::111122223333:role/Admin1", false),
        ("ArnLike", #""arn:aws:iam::*:role/Admin*""#, "not-an-arn", false),
    ])
    func arnOperatorsMatchSegmentBySegment(_ op: String, _ values: String, _ actual: String, _ expected: Bool) throws {
        #expect(try holds(op, "aws:PrincipalArn", values, ["aws:PrincipalArn": .single(actual)]) == expected)
    }

    @Test func stringLikeDoesNotSplitSegmentsButArnLikeDoes() throws {
        let context: RequestContext = ["aws:PrincipalArn": "arn:aws:iam::111122223333:role/x"]
        #expect(try holds("StringLike", "aws:PrincipalArn", #""arn:aws:*:role/x""#, context))
        #expect(try !holds("ArnLike", "aws:PrincipalArn", #""arn:aws:*:role/x""#, context))
    }

    /// iam-semantics.md §3.3: the result when the key is absent from the request.
    @Test(arguments: [
        ("StringEquals", false), ("StringNotEquals", true), ("StringEqualsIgnoreCase", false), ("StringNotEqualsIgnoreCase", true),
        ("StringLike", false), ("StringNotLike", true), ("NumericEquals", false), ("NumericNotEquals", true),
        ("NumericLessThan", false), ("DateEquals", false), ("DateNotEquals", true), ("Bool", false), ("BinaryEquals", false),
        ("IpAddress", false), ("NotIpAddress", true), ("ArnEquals", false), ("ArnLike", false), ("ArnNotEquals", true),
        ("ArnNotLike", true), ("StringEqualsIfExists", true), ("BoolIfExists", true), ("NumericLessThanIfExists", true),
        ("ForAllValues:StringEquals", true), ("ForAnyValue:StringEquals", false), ("ForAllValues:StringNotLike", true),
        ("ForAnyValue:StringNotEquals", false), ("ForAnyValue:StringEqualsIfExists", true),
    ])
    func absentKeyFollowsTheMissingKeyTable(_ op: String, _ expected: Bool) throws {
        let value = op.contains("Numeric") ? #""5""# : (op.contains("Date") ? #""2024-01-01""# : (op.contains("Ip") ? #""10.0.0.0/8""# : #""true""#))
        #expect(try holds(op, "aws:SomeAbsentKey", value, [:]) == expected)
    }

    @Test(arguments: [
        (#"{"Null": {"k:x": "true"}}"#, false, true), (#"{"Null": {"k:x": "true"}}"#, true, false),
        (#"{"Null": {"k:x": "false"}}"#, true, true), (#"{"Null": {"k:x": "false"}}"#, false, false),
        (#"{"Null": {"k:x": true}}"#, false, true),
    ])
    func nullTestsPresence(_ condition: String, _ present: Bool, _ expected: Bool) throws {
        let document = try identityPolicy(condition: condition)
        let context: RequestContext = present ? ["k:x": "v"] : [:]
        #expect(evaluate([document], context: context).isAllowed == expected)
    }

    @Test(arguments: [
        ("ForAllValues:StringEquals", ["a", "b"], true), ("ForAllValues:StringEquals", ["a", "z"], false),
        ("ForAllValues:StringEquals", [], true), ("ForAnyValue:StringEquals", ["z", "b"], true),
        ("ForAnyValue:StringEquals", ["y", "z"], false), ("ForAnyValue:StringEquals", [], false),
        ("ForAllValues:StringNotEquals", ["y", "z"], true), ("ForAllValues:StringNotEquals", ["a", "z"], false),
        ("ForAnyValue:StringNotEquals", ["a", "z"], true), ("ForAnyValue:StringLike", ["dept-x"], true),
        ("StringEquals", ["z", "a"], true), ("StringNotEquals", ["z", "a"], false),
    ])
    func setOperatorsOnMultivaluedKeys(_ op: String, _ tags: [String], _ expected: Bool) throws {
        let values = op.hasSuffix("Like") ? #"["dept-*"]"# : #"["a", "b", "c"]"#
        #expect(try holds(op, "aws:TagKeys", values, ["aws:TagKeys": .multiple(tags)]) == expected)
    }

    @Test func conditionKeyNamesAreCaseInsensitiveButValuesAreNot() throws {
        let document = try identityPolicy(condition: #"{"StringEquals": {"AWS:PrincipalTag/Team": "blue"}}"#)
        #expect(evaluate([document], context: ["aws:principaltag/team": "blue"]).isAllowed)
        #expect(!evaluate([document], context: ["aws:principaltag/team": "BLUE"]).isAllowed)
    }

    @Test func operatorsKeysAndValuesCombineAsAndAndOr() throws {
        let document = try identityPolicy(condition: #"{"StringEquals": {"k:a": ["1", "2"], "k:b": "x"}, "Bool": {"k:c": "true"}}"#)
        #expect(evaluate([document], context: ["k:a": "2", "k:b": "x", "k:c": "true"]).isAllowed)
        #expect(!evaluate([document], context: ["k:a": "3", "k:b": "x", "k:c": "true"]).isAllowed)
        #expect(!evaluate([document], context: ["k:a": "1", "k:b": "x"]).isAllowed)
    }

    /// iam-semantics.md point 2: long-term keys carry no aws:MultiFactorAuthPresent at all.
    @Test func mfaDenyWithBoolMissesLongTermKeysButBoolIfExistsCatchesThem() throws {
        let allow = try identityPolicy()
        let denyBool = try identityPolicy(effect: "Deny", condition: #"{"Bool": {"aws:MultiFactorAuthPresent": "false"}}"#)
        let denyIfExists = try identityPolicy(effect: "Deny", condition: #"{"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}"#)
        #expect(evaluate([allow, denyBool]).outcome == .allow)
        #expect(evaluate([allow, denyIfExists]).outcome == .explicitDeny)
        #expect(evaluate([allow, denyBool], context: ["aws:MultiFactorAuthPresent": "false"]).outcome == .explicitDeny)
    }
}
