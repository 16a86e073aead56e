import Testing
import IAMPolicy

/// Grammar and validation, with AWS's codes and texts (iam-semantics.md §1.3, §2).
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html
@Suite("Policy validation")
struct PolicyValidationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let json: String
        var kind: PolicyKind = .identity
        let message: String
        var location: String?
        var path: String?
        var testDescription: String { name }
    }

    static let syntax = "Syntax errors in policy."

    static let cases: [Case] = [
        Case(name: "invalid JSON", json: "{\n  \"Statement\": [\n    {\"Effect\": \"Allow\",}\n  ]\n}", message: syntax,
             location: "3:24", path: "$.Statement[0]"),
        Case(name: "not an object", json: "[]", message: syntax, location: "1:1", path: "$"),
        Case(name: "missing Statement", json: #"{"Version": "2012-10-17"}"#, message: syntax, path: "$"),
        Case(name: "unknown top-level element", json: #"{"Statement": [], "Foo": 1}"#, message: syntax, location: "1:26", path: "$.Foo"),
        Case(name: "unknown Version", json: #"{"Version": "2010-01-01", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}"#,
             message: syntax, location: "1:13", path: "$.Version"),
        Case(name: "empty Statement", json: #"{"Statement": []}"#, message: syntax, path: "$.Statement"),
        Case(name: "missing Effect", json: #"{"Statement": [{"Action": "*", "Resource": "*"}]}"#, message: syntax, path: "$.Statement[0]"),
        Case(name: "bad Effect", json: #"{"Statement": {"Effect": "Permit", "Action": "*", "Resource": "*"}}"#, message: syntax,
             location: "1:26", path: "$.Statement.Effect"),
        Case(name: "miscased Effect", json: #"{"Statement": {"Effect": "allow", "Action": "*", "Resource": "*"}}"#,
             message: "The policy failed legacy parsing", path: "$.Statement.Effect"),
        Case(name: "Action and NotAction", json: #"{"Statement": {"Effect": "Allow", "Action": "*", "NotAction": "s3:*", "Resource": "*"}}"#,
             message: syntax, path: "$.Statement.NotAction"),
        Case(name: "Resource and NotResource", json: #"{"Statement": {"Effect": "Allow", "Action": "*", "NotResource": "*", "Resource": "*"}}"#,
             message: syntax, path: "$.Statement.NotResource"),
        Case(name: "Principal and NotPrincipal", json: #"{"Statement": {"Effect": "Deny", "Action": "*", "Principal": "*", "NotPrincipal": {"AWS": "111122223333"}}}"#,
             kind: .resourceBased, message: syntax, path: "$.Statement.NotPrincipal"),
        Case(name: "unknown statement element", json: #"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Actions": "x"}}"#,
             message: syntax, path: "$.Statement.Actions"),
        Case(name: "duplicate key", json: #"{"Statement": {"Effect": "Allow", "Effect": "Deny", "Action": "*", "Resource": "*"}}"#,
             message: syntax, location: "1:35", path: "$.Statement.Effect"),
        Case(name: "non-string action", json: #"{"Statement": {"Effect": "Allow", "Action": ["s3:Get*", 5], "Resource": "*"}}"#,
             message: syntax, path: "$.Statement.Action[1]"),
        Case(name: "unknown condition operator",
             json: #"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEqualz": {"a:b": "c"}}}}"#,
             message: syntax, path: "$.Statement.Condition.StringEqualz"),
        Case(name: "NullIfExists does not exist",
             json: #"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"NullIfExists": {"a:b": "true"}}}}"#,
             message: syntax, path: "$.Statement.Condition.NullIfExists"),
        Case(name: "object condition value",
             json: #"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEquals": {"a:b": {"x": 1}}}}}"#,
             message: syntax, path: "$.Statement.Condition.StringEquals[\"a:b\"]"),
        Case(name: "principal string other than *",
             json: #"{"Statement": {"Effect": "Allow", "Principal": "arn:aws:iam::111122223333:root", "Action": "sts:AssumeRole"}}"#,
             kind: .trust, message: syntax, path: "$.Statement.Principal"),
        Case(name: "Sid with a dash", json: #"{"Statement": {"Sid": "Allow-All", "Effect": "Allow", "Action": "*", "Resource": "*"}}"#,
             message: "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*",
             location: "1:23", path: "$.Statement.Sid"),
        Case(name: "duplicate Sid",
             json: #"{"Statement": [{"Sid": "A", "Effect": "Allow", "Action": "*", "Resource": "*"}, {"Sid": "A", "Effect": "Deny", "Action": "*", "Resource": "*"}]}"#,
             message: "Statement IDs (SID) in a single policy must be unique.", path: "$.Statement[1].Sid"),
        Case(name: "no Action", json: #"{"Statement": {"Effect": "Allow", "Resource": "*"}}"#,
             message: "Policy statement must contain actions.", path: "$.Statement"),
        Case(name: "empty Action list", json: #"{"Statement": {"Effect": "Allow", "Action": [], "Resource": "*"}}"#,
             message: "Policy statement must contain actions.", path: "$.Statement"),
        Case(name: "no Resource in identity policy", json: #"{"Statement": {"Effect": "Allow", "Action": "s3:*"}}"#,
             message: "Policy statement must contain resources.", path: "$.Statement"),
        Case(name: "Principal in identity policy",
             json: #"{"Statement": {"Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": "*"}}"#,
             message: "Policy document should not specify a principal.", path: "$.Statement.Principal"),
        Case(name: "action without vendor", json: #"{"Statement": {"Effect": "Allow", "Action": "GetObject", "Resource": "*"}}"#,
             message: "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.", path: "$.Statement.Action"),
        Case(name: "action with two colons", json: #"{"Statement": {"Effect": "Allow", "Action": ["s3:a:b"], "Resource": "*"}}"#,
             message: "Actions/Condition can contain only one colon.", path: "$.Statement.Action[0]"),
        Case(name: "bad vendor", json: #"{"Statement": {"Effect": "Allow", "Action": "s3 x:Get", "Resource": "*"}}"#,
             message: "Vendor s3 x is not valid", path: "$.Statement.Action"),
        Case(name: "resource not an ARN", json: #"{"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "bucket"}}"#,
             message: #"Resource bucket must be in ARN format or "*"."#, path: "$.Statement.Resource"),
        Case(name: "bad partition", json: #"{"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws-xx:s3:::b"}}"#,
             message: #"Partition "aws-xx" is not valid for resource "arn:aws-xx:s3:::b"."#, path: "$.Statement.Resource"),
        Case(name: "wildcard vendor in resource", json: #"{"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s*:::b"}}"#,
             message: "Resource vendor must be fully qualified and cannot contain regexes.", path: "$.Statement.Resource"),
        Case(name: "IAM resource with region",
             json: #"{"Statement": {"Effect": "Allow", "Action": "iam:*", "Resource": "arn:aws:iam:us-east-1:111122223333:role/x"}}"#,
             message: "IAM resource arn:aws:iam:us-east-1:111122223333:role/x cannot contain region information.", path: "$.Statement.Resource"),
        Case(name: "legacy short ARN", json: #"{"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3::b"}}"#,
             message: "The policy failed legacy parsing", path: "$.Statement.Resource"),
        Case(name: "unparsable date",
             json: #"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"DateLessThan": {"aws:CurrentTime": "tomorrow"}}}}"#,
             message: "The policy failed legacy parsing", path: "$.Statement.Condition.DateLessThan[\"aws:CurrentTime\"]"),
    ]

    @Test(arguments: cases)
    func rejectsWithAWSMessageAndLocation(_ testCase: Case) {
        expectPolicyError(testCase.json, kind: testCase.kind, message: testCase.message, at: testCase.location, path: testCase.path)
    }

    @Test(arguments: [
        #"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}}"#,
        #"{"Version": "2008-10-17", "Statement": [{"Effect": "Deny", "NotAction": ["iam:*"], "NotResource": "*"}]}"#,
        #"{"Id": "x", "Statement": [{"Sid": "", "Effect": "Allow", "Action": "*", "Resource": ["*"]}]}"#,
        #"{"Statement": {"Sid": "A1", "Effect": "Allow", "Action": "ec2:*", "Resource": "*", "Condition": {"NumericLessThan": {"ec2:x": 10}, "Bool": {"aws:SecureTransport": true}, "ForAnyValue:StringLikeIfExists": {"aws:TagKeys": ["a*", "b"]}}}}"#,
    ])
    func acceptsEveryFormAWSAccepts(_ json: String) throws {
        let document = try policy(json)
        #expect(!document.statements.isEmpty)
    }

    @Test func keepsStatementsWithIndexSidAndSpan() throws {
        let text = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Sid": "First", "Effect": "Allow", "Action": "s3:List*", "Resource": "*"},
                {"Effect": "Deny", "Action": ["s3:Delete*"], "Resource": "arn:aws:s3:::b/*"}
              ]
            }
            """
        let document = try policy(text)
        #expect(document.version == .v2012_10_17)
        #expect(document.statements.map(\.sid) == ["First", nil])
        #expect(document.statements.map(\.index) == [0, 1])
        #expect(document.statements[1].effect == .deny)
        #expect(document.statements[1].span.start.description == "5:5")
        #expect(document.statements[1].path.description == "$.Statement[1]")
        #expect(document.statementIsArray)
    }

    @Test func statementMayBeASingleObject() throws {
        let document = try policy(#"{"Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}}"#)
        #expect(document.statements.count == 1)
        #expect(!document.statementIsArray)
        #expect(document.version == nil)
        #expect(document.effectiveVersion == .v2008_10_17)
    }

    @Test func conditionValuesKeepNumbersAndBooleansAsText() throws {
        let document = try policy(
            #"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"NumericEquals": {"k:n": [10, 10.0]}, "Bool": {"k:b": false}}}}"#)
        let conditions = document.statements[0].conditions
        #expect(conditions.map(\.values) == [["10", "10.0"], ["false"]])
        #expect(conditions[0].conditionOperator == ConditionOperator(base: .numericEquals))
        #expect(ConditionOperator(name: "ForAllValues:StringNotLikeIfExists")?.description == "ForAllValues:StringNotLikeIfExists")
    }

    @Test func errorDescriptionPutsAWSTextFirst() {
        do {
            _ = try PolicyDocument(parsing: #"{"Statement": {"Effect": "Allow", "Action": "s3:*"}}"#, kind: .identity)
        } catch {
            #expect(error.description == "MalformedPolicyDocument: Policy statement must contain resources. (line 1, column 15, $.Statement)")
            #expect(error.code.httpStatusCode == 400)
        }
    }
}
