import Foundation
import Testing
import IAMPolicy

/// Per-kind rules and size quotas (iam-semantics.md §1.2, §1.3, §2).
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html
@Suite("Policy kinds and quotas")
struct PolicyKindRulesTests {
    static let seedTrust = """
        {"Version": "2012-10-17",
         "Statement": [{"Effect": "Allow",
                        "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                        "Action": "sts:AssumeRole",
                        "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}]}
        """

    @Test func seedTrustPolicyIsValid() throws {
        let document = try policy(Self.seedTrust, kind: .trust)
        #expect(document.awsPrincipals == ["arn:aws:iam::123456789012:root"])
    }

    @Test func trustPolicyNeedsAPrincipal() {
        expectPolicyError(
            #"{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "sts:AssumeRole"}}"#, kind: .trust,
            message: "Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!",
            path: "$.Statement")
    }

    @Test func trustPolicyMayNotHaveResource() {
        expectPolicyError(
            #"{"Statement": {"Effect": "Allow", "Principal": {"AWS": "123456789012"}, "Action": "sts:AssumeRole", "Resource": "*"}}"#,
            kind: .trust, message: "Has prohibited field Resource", path: "$.Statement.Resource")
    }

    @Test func trustPolicyOnlyAllowsSTSActions() {
        expectPolicyError(
            #"{"Statement": {"Effect": "Allow", "Principal": {"AWS": "123456789012"}, "Action": ["sts:AssumeRole", "s3:GetObject"]}}"#,
            kind: .trust, message: "AssumeRole policy may only specify STS AssumeRole actions.", path: "$.Statement.Action[1]")
    }

    @Test(arguments: ["arn:aws:iam::123456789012:user/*", "bob", "arn:aws:s3:::bucket", "12345678901"])
    func trustPolicyRejectsInvalidAWSPrincipals(_ value: String) {
        expectPolicyError(
            #"{"Statement": {"Effect": "Allow", "Principal": {"AWS": ["123456789012", "\#(value)"]}, "Action": "sts:AssumeRole"}}"#,
            kind: .trust, message: #"Invalid principal in policy: "AWS":"\#(value)""#, path: "$.Statement.Principal.AWS[1]")
    }

    @Test(arguments: [
        "*", "123456789012", "arn:aws:iam::123456789012:root", "arn:aws:iam::123456789012:user/division/alice",
        "arn:aws:iam::123456789012:role/Admin", "arn:aws:sts::123456789012:assumed-role/Admin/s1", "AIDACKCEVSQ6C2EXAMPLE",
    ])
    func trustPolicyAcceptsEveryAWSPrincipalForm(_ value: String) throws {
        _ = try policy(#"{"Statement": {"Effect": "Allow", "Principal": {"AWS": "\#(value)"}, "Action": "sts:AssumeRole"}}"#, kind: .trust)
    }

    @Test func resourceBasedPolicyMayHaveResourceAndPrincipalStar() throws {
        let document = try policy(
            #"{"Statement": {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}}"#,
            kind: .resourceBased)
        #expect(document.statements[0].principal == .wildcard)
    }

    @Test(arguments: [PolicyKind.managed, .permissionsBoundary])
    func managedPoliciesNeedVersion2012(_ kind: PolicyKind) {
        expectPolicyError(
            #"{"Version": "2008-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}"#, kind: kind,
            message: "Policy document must be version 2012-10-17 or greater.", path: "$.Version")
        expectPolicyError(
            #"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}"#, kind: kind,
            message: "Policy document must be version 2012-10-17 or greater.", path: "$")
    }

    @Test(arguments: [PolicyKind.identity, .session])
    func inlineAndSessionPoliciesAcceptLegacyVersions(_ kind: PolicyKind) throws {
        _ = try policy(#"{"Version": "2008-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}"#, kind: kind)
    }

    /// A trust policy whose size without white space is exactly `size`.
    static func trustPolicy(size: Int) -> String {
        let base = #"{"Statement":{"Effect":"Allow","Principal":{"AWS":"123456789012"},"Action":"sts:AssumeRole","Sid":""}}"#
        let padding = String(repeating: "A", count: size - base.count)
        return base.replacingOccurrences(of: #""Sid":"""#, with: #""Sid":"\#(padding)""#)
    }

    @Test func trustPolicyQuotaCountsWithoutWhiteSpace() throws {
        let atLimit = Self.trustPolicy(size: 2048)
        #expect(PolicyDocument.sizeWithoutWhitespace(of: atLimit) == 2048)
        let spaced = atLimit.replacingOccurrences(of: ",", with: ",\n    ")
        let document = try policy(spaced, kind: .trust)
        #expect(document.sizeWithoutWhitespace == 2048)
        expectPolicyError(
            Self.trustPolicy(size: 2049), kind: .trust, code: .limitExceeded, message: "Cannot exceed quota for ACLSizePerRole: 2048")
    }

    @Test func managedPolicyQuotaIs6144() throws {
        func managed(_ count: Int) -> String {
            let base = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::"}}"#
            return base.replacingOccurrences(of: "arn:aws:s3:::", with: "arn:aws:s3:::" + String(repeating: "b", count: count - base.count))
        }
        _ = try policy(managed(6144), kind: .managed)
        expectPolicyError(managed(6145), kind: .managed, code: .limitExceeded, message: "Cannot exceed quota for PolicySize: 6144")
        // Inline policies have only aggregate quotas, which the domain enforces.
        _ = try policy(managed(9000), kind: .identity)
    }
}

/// `validate(_:kind:)` applies exactly the checks of parsing, for operations that only store text.
@Suite("Validation without compiling")
struct ValidateOnlyTests {
    @Test func validateThrowsTheSameErrorsAsParsing() throws {
        try PolicyDocument.validate(PolicyKindRulesTests.seedTrust, kind: .trust)
        let text = #"{"Statement": {"Effect": "Allow", "Principal": {"AWS": "123456789012"}, "Action": "sts:AssumeRole", "Resource": "*"}}"#
        let expected = PolicyError(
            code: .malformedPolicyDocument, message: "Has prohibited field Resource",
            position: SourcePosition(line: 1, column: 113, offset: 112),
            path: JSONPath(components: [.key("Statement"), .key("Resource")]))
        #expect(throws: expected) { try PolicyDocument.validate(text, kind: .trust) }
        #expect(throws: expected) { try PolicyDocument(parsing: text, kind: .trust) }
    }
}
