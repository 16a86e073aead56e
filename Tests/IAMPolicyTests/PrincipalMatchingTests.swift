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

    /// The outcome for `caller` of a bucket policy that allows everyone and denies everyone but
    /// the `NotPrincipal` list, same account; the quick and the explaining evaluation must agree.
    func outcomeOfDenyingAllBut(_ listed: String, _ caller: RequestPrincipal) throws -> Decision.Outcome {
        let bucket = try policy(
            #"{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"},"#
                + #"{"Effect": "Deny", "NotPrincipal": {"AWS": \#(listed)}, "Action": "s3:GetObject", "Resource": "*"}]}"#,
            kind: .resourceBased)
        let request = AuthorizationRequest(
            principal: caller, action: "s3:GetObject", resource: "arn:aws:s3:::b/k", resourceAccountID: Fixture.account)
        let set = PolicySet(resourcePolicy: NamedPolicy(name: "bucket", document: bucket))
        let quick = PolicyEvaluator.evaluate(request, against: set).outcome
        #expect(PolicyEvaluator.evaluate(request, against: set, explain: true).outcome == quick)
        return quick
    }

    /// AWS's own example: `NotPrincipal` [Bob, Bob's account] with Deny denies everyone but Bob;
    /// the account ARN is there so that Bob is not denied when AWS checks his account first, not
    /// to exempt the account. A session is exempt only with its role and account listed too.
    /// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
    @Test func denyWithNotPrincipalExemptsOnlyACallerListedAtEveryLevel() throws {
        let aliceAndAccount = #"["arn:aws:iam::111122223333:user/alice", "arn:aws:iam::111122223333:root"]"#
        let carol = RequestPrincipal.user(arn: "arn:aws:iam::111122223333:user/carol", uniqueID: "AIDACAROLEXAMPLE00001")
        #expect(try outcomeOfDenyingAllBut(aliceAndAccount, Fixture.alice) == .allow)
        #expect(try outcomeOfDenyingAllBut(aliceAndAccount, carol) == .explicitDeny)
        #expect(try outcomeOfDenyingAllBut(aliceAndAccount, Fixture.foreignUser) == .explicitDeny)
        #expect(try outcomeOfDenyingAllBut(aliceAndAccount, Fixture.session) == .explicitDeny)
        #expect(try outcomeOfDenyingAllBut(aliceAndAccount, .root(accountID: Fixture.account)) == .allow)
        // Without the account, a service that checks the account first denies alice too.
        #expect(try outcomeOfDenyingAllBut(#""arn:aws:iam::111122223333:user/alice""#, Fixture.alice) == .explicitDeny)
        // The account alone exempts only its root user.
        #expect(try outcomeOfDenyingAllBut(#""111122223333""#, Fixture.alice) == .explicitDeny)
        // A session: its ARN, its role and its account.
        let sessionRoleAccount = #"["\#(Fixture.sessionARN)", "\#(Fixture.roleARN)", "111122223333"]"#
        #expect(try outcomeOfDenyingAllBut(sessionRoleAccount, Fixture.session) == .allow)
        #expect(try outcomeOfDenyingAllBut(#"["\#(Fixture.sessionARN)", "111122223333"]"#, Fixture.session) == .explicitDeny)
        #expect(try outcomeOfDenyingAllBut(#"["\#(Fixture.roleID)", "\#(Fixture.sessionARN)", "111122223333"]"#, Fixture.session) == .allow)
        #expect(try outcomeOfDenyingAllBut(#""*""#, carol) == .allow)
    }

    /// With Allow, `NotPrincipal` grants every caller that is not itself listed (AWS advises
    /// against it for that reason); listing only the account does not keep its users out.
    @Test func allowWithNotPrincipalGrantsEveryCallerNotItselfListed() throws {
        #expect(try resourceSideAllows(#"{"AWS": "arn:aws:iam::111122223333:root"}"#, Fixture.alice, notPrincipal: true))
        #expect(try !resourceSideAllows(#"{"AWS": "arn:aws:iam::111122223333:root"}"#, .root(accountID: Fixture.account), notPrincipal: true))
        #expect(try !resourceSideAllows(#"{"AWS": "AIDACKCEVSQ6C2EXAMPLE"}"#, Fixture.alice, notPrincipal: true))
        #expect(try resourceSideAllows(#"{"AWS": "arn:aws:iam::111122223333:role/Test-UserAccess-Role"}"#, Fixture.session, notPrincipal: true))
        #expect(try !resourceSideAllows(#"{"AWS": "\#(Fixture.sessionARN)"}"#, Fixture.session, notPrincipal: true))
    }

    @Test func notPrincipalMatchesEveryoneElse() throws {
        #expect(try !resourceSideAllows(#"{"AWS": "arn:aws:iam::111122223333:user/alice"}"#, Fixture.alice, notPrincipal: true))
        #expect(try resourceSideAllows(#"{"AWS": "arn:aws:iam::111122223333:user/bob"}"#, Fixture.alice, notPrincipal: true))
    }
}
