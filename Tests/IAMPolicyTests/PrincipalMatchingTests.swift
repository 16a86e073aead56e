import Testing
import IAMPolicy

/// Principal forms in resource-based and trust policies.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
@Suite("Principal matching")
struct PrincipalMatchingTests {
    /// Evaluates `caller` against a bucket policy granting `s3:GetObject` to `principal`, with an
    /// identity policy that allows everything (so only the resource side varies).
    func resourceSideAllows(_ principal: String, _ caller: RequestPrincipal, notPrincipal: Bool = false) throws -> Bool {
        let element = notPrincipal ? "NotPrincipal" : "Principal"
        let bucket = try policy(
            #"{"Statement": {"Effect": "Allow", "\#(element)": \#(principal), "Action": "s3:GetObject", "Resource": "*"}}"#,
            kind: .resourceBased)
        let request = AuthorizationRequest(
            principal: caller, action: "s3:GetObject", resource: "arn:aws:s3:::b/k", resourceAccountID: Fixture.account)
        let decision = PolicyEvaluator.evaluate(request, against: PolicySet(resourcePolicy: NamedPolicy(name: "bucket", document: bucket)))
        return decision.policyTypeOutcomes.resourceBased == .allow
    }

    @Test(arguments: [
        (#""*""#, true), (#"{"AWS": "*"}"#, true), (#"{"AWS": "111122223333"}"#, true),
        (#"{"AWS": "arn:aws:iam::111122223333:root"}"#, true), (#"{"AWS": "arn:aws:iam::111122223333:user/alice"}"#, true),
        (#"{"AWS": "arn:aws:iam::111122223333:user/Alice"}"#, false), (#"{"AWS": "AIDACKCEVSQ6C2EXAMPLE"}"#, true),
        (#"{"AWS": ["123456789012", "arn:aws:iam::111122223333:user/alice"]}"#, true),
        (#"{"AWS": "123456789012"}"#, false), (#"{"AWS": "arn:aws:iam::111122223333:role/Test-UserAccess-Role"}"#, false),
        (#"{"Service": "ec2.amazonaws.com"}"#, false),
    ])
    func userCaller(_ principal: String, _ expected: Bool) throws {
        #expect(try resourceSideAllows(principal, Fixture.alice) == expected)
    }

    @Test(arguments: [
        (#"{"AWS": "arn:aws:iam::111122223333:role/Test-UserAccess-Role"}"#, true),
        (#"{"AWS": "AROA3XFRBF535PLBIFPI4"}"#, true),
        (#"{"AWS": "arn:aws:sts::111122223333:assumed-role/Test-UserAccess-Role/s1"}"#, true),
        (#"{"AWS": "arn:aws:sts::111122223333:assumed-role/Test-UserAccess-Role/s2"}"#, false),
        (#"{"AWS": "111122223333"}"#, true), (#"{"AWS": "arn:aws:iam::111122223333:role/Other"}"#, false),
    ])
    func roleSessionCaller(_ principal: String, _ expected: Bool) throws {
        #expect(try resourceSideAllows(principal, Fixture.session) == expected)
    }

    @Test func servicePrincipalMatchesTheService() throws {
        #expect(try resourceSideAllows(#"{"Service": "ec2.amazonaws.com"}"#, .service("ec2.amazonaws.com")))
        #expect(try !resourceSideAllows(#"{"Service": "ec2.amazonaws.com"}"#, .service("lambda.amazonaws.com")))
    }

    @Test func anonymousCallersMatchOnlyEveryone() throws {
        #expect(try resourceSideAllows(#""*""#, .anonymous))
        #expect(try !resourceSideAllows(#"{"AWS": "111122223333"}"#, .anonymous))
    }

    @Test func notPrincipalMatchesEveryoneElse() throws {
        #expect(try !resourceSideAllows(#"{"AWS": "arn:aws:iam::111122223333:user/alice"}"#, Fixture.alice, notPrincipal: true))
        #expect(try resourceSideAllows(#"{"AWS": "arn:aws:iam::111122223333:user/bob"}"#, Fixture.alice, notPrincipal: true))
    }
}
