import Testing
import IAMPolicy

/// The decision procedure: explicit deny, same- and cross-account, trust policies, boundaries,
/// session policies (iam-semantics.md §3.1, §3.2, §3.4).
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
/// https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
@Suite("Evaluation logic")
struct EvaluationLogicTests {
    static let roleARN = "arn:aws:iam::111122223333:role/Test-UserAccess-Role"

    func trust(_ principal: String, effect: String = "Allow", condition: String? = nil) throws -> NamedPolicy {
        let conditionPart = condition.map { #", "Condition": \#($0)"# } ?? ""
        let document = try policy(
            #"{"Version": "2012-10-17", "Statement": {"Effect": "\#(effect)", "Principal": {"AWS": "\#(principal)"}, "Action": "sts:AssumeRole"\#(conditionPart)}}"#,
            kind: .trust)
        return NamedPolicy(name: "trust", document: document)
    }

    func allowAssume(_ resource: String = roleARN) throws -> NamedPolicy {
        NamedPolicy(name: "assume", document: try identityPolicy(action: #""sts:AssumeRole""#, resource: #""\#(resource)""#))
    }

    func assume(
        _ caller: RequestPrincipal, trust: NamedPolicy, identity: [NamedPolicy] = [], boundary: NamedPolicy? = nil,
        session: [NamedPolicy] = [], context: RequestContext = [:]
    ) -> Decision {
        let request = AuthorizationRequest(
            principal: caller, action: "sts:AssumeRole", resource: Self.roleARN, resourceAccountID: Fixture.account, context: context)
        let set = PolicySet(
            identityPolicies: identity, resourcePolicy: trust, permissionsBoundary: boundary, sessionPolicies: session)
        return PolicyEvaluator.evaluate(request, against: set)
    }

    @Test func trustingTheOwnAccountDelegatesSoTheUserNeedsAnIdentityPolicy() throws {
        let trust = try trust("arn:aws:iam::111122223333:root")
        #expect(assume(Fixture.alice, trust: trust).outcome == .implicitDeny)
        #expect(assume(Fixture.alice, trust: trust, identity: [try allowAssume()]).outcome == .allow)
        #expect(try assume(Fixture.alice, trust: self.trust("111122223333"), identity: [allowAssume()]).outcome == .allow)
    }

    @Test func namingTheUserDirectlyGrantsInTheSameAccount() throws {
        #expect(try assume(Fixture.alice, trust: trust(Fixture.userARN)).outcome == .allow)
        #expect(try assume(Fixture.alice, trust: trust(Fixture.userID)).outcome == .allow)
    }

    @Test func crossAccountAlwaysNeedsBothSides() throws {
        let bob = Fixture.foreignUser
        #expect(try assume(bob, trust: trust("arn:aws:iam::123456789012:root")).outcome == .implicitDeny)
        #expect(try assume(bob, trust: trust("arn:aws:iam::123456789012:user/bob")).outcome == .implicitDeny)
        #expect(try assume(bob, trust: trust("123456789012"), identity: [allowAssume("arn:aws:iam::111122223333:role/*")]).outcome == .allow)
        #expect(try assume(bob, trust: trust("111122223333"), identity: [allowAssume()]).outcome == .implicitDeny)
    }

    @Test func trustPolicyMustAlwaysAllowEvenWithIdentityAllow() throws {
        let decision = try assume(Fixture.alice, trust: trust("arn:aws:iam::111122223333:user/bob"), identity: [allowAssume("*")])
        #expect(decision.outcome == .implicitDeny)
        #expect(decision.policyTypeOutcomes.identity == .allow)
        #expect(decision.policyTypeOutcomes.resourceBased == .implicitDeny)
    }

    @Test func seedTrustPolicyRequiresMFA() throws {
        let trust = try trust("123456789012", condition: #"{"Bool": {"aws:MultiFactorAuthPresent": "true"}}"#)
        let identity = [try allowAssume()]
        let bob = Fixture.foreignUser
        #expect(assume(bob, trust: trust, identity: identity).outcome == .implicitDeny)
        #expect(assume(bob, trust: trust, identity: identity, context: ["aws:MultiFactorAuthPresent": "true"]).outcome == .allow)
        #expect(assume(bob, trust: trust, identity: identity).missingContextKeys == ["aws:MultiFactorAuthPresent"])
    }

    @Test func explicitDenyAnywhereWins() throws {
        let deny = NamedPolicy(name: "deny", document: try identityPolicy(effect: "Deny", action: #""sts:*""#))
        #expect(try assume(Fixture.alice, trust: trust(Fixture.userARN), identity: [deny]).outcome == .explicitDeny)
        #expect(try assume(Fixture.alice, trust: trust(Fixture.userARN, effect: "Deny"), identity: [allowAssume()]).outcome == .explicitDeny)
        #expect(try assume(Fixture.alice, trust: trust(Fixture.userARN), boundary: deny).outcome == .explicitDeny)
    }

    @Test func boundariesOnlySubtract() throws {
        let allowS3 = NamedPolicy(name: "s3", document: try identityPolicy(action: #""s3:*""#))
        let boundaryEC2 = NamedPolicy(name: "boundary", document: try identityPolicy(action: #""ec2:*""#))
        let boundaryAll = NamedPolicy(name: "boundary", document: try identityPolicy())
        func run(_ identity: [NamedPolicy], _ boundary: NamedPolicy?, _ action: String) -> Decision.Outcome {
            let request = AuthorizationRequest(principal: Fixture.alice, action: action, resource: "*")
            return PolicyEvaluator.evaluate(request, against: PolicySet(identityPolicies: identity, permissionsBoundary: boundary)).outcome
        }
        #expect(run([allowS3], boundaryAll, "s3:GetObject") == .allow)
        #expect(run([allowS3], boundaryEC2, "s3:GetObject") == .implicitDeny)
        #expect(run([], boundaryEC2, "ec2:RunInstances") == .implicitDeny)
    }

    @Test func sessionPoliciesOnlySubtract() throws {
        let role = NamedPolicy(name: "role", document: try identityPolicy(action: #"["s3:*", "ec2:*"]"#))
        let sessionS3 = NamedPolicy(name: "session", document: try identityPolicy(action: #""s3:Get*""#))
        func run(_ action: String) -> Decision.Outcome {
            let request = AuthorizationRequest(principal: Fixture.session, action: action, resource: "*")
            return PolicyEvaluator.evaluate(request, against: PolicySet(identityPolicies: [role], sessionPolicies: [sessionS3])).outcome
        }
        #expect(run("s3:GetObject") == .allow)
        #expect(run("s3:PutObject") == .implicitDeny)
        #expect(run("ec2:RunInstances") == .implicitDeny)
    }

    @Test func sameAccountResourcePolicyNamingTheUserIsNotLimitedByTheBoundary() throws {
        let bucket = NamedPolicy(name: "bucket", document: try policy(
            #"{"Statement": {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:user/alice"}, "Action": "s3:GetObject", "Resource": "*"}}"#,
            kind: .resourceBased))
        let boundary = NamedPolicy(name: "boundary", document: try identityPolicy(action: #""ec2:*""#))
        let request = AuthorizationRequest(
            principal: Fixture.alice, action: "s3:GetObject", resource: "arn:aws:s3:::b/k", resourceAccountID: Fixture.account)
        #expect(PolicyEvaluator.evaluate(request, against: PolicySet(resourcePolicy: bucket, permissionsBoundary: boundary)).outcome == .allow)
        let foreign = AuthorizationRequest(
            principal: Fixture.foreignUser, action: "s3:GetObject", resource: "arn:aws:s3:::b/k", resourceAccountID: Fixture.account)
        #expect(PolicyEvaluator.evaluate(foreign, against: PolicySet(resourcePolicy: bucket)).outcome == .implicitDeny)
    }

    @Test func resourcePolicyNamingTheRoleIsLimitedBySessionPolicies() throws {
        let bucket = NamedPolicy(name: "bucket", document: try policy(
            #"{"Statement": {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/Test-UserAccess-Role"}, "Action": "s3:*", "Resource": "*"}}"#,
            kind: .resourceBased))
        let sessionEC2 = NamedPolicy(name: "session", document: try identityPolicy(action: #""ec2:*""#))
        let request = AuthorizationRequest(principal: Fixture.session, action: "s3:GetObject", resource: "arn:aws:s3:::b/k")
        #expect(PolicyEvaluator.evaluate(request, against: PolicySet(resourcePolicy: bucket)).outcome == .allow)
        #expect(PolicyEvaluator.evaluate(request, against: PolicySet(resourcePolicy: bucket, sessionPolicies: [sessionEC2])).outcome == .implicitDeny)
    }

    @Test func rootUserHasFullAccessInItsOwnAccount() {
        let request = AuthorizationRequest(principal: .root(accountID: Fixture.account), action: "iam:CreateRole", resource: "*")
        #expect(PolicyEvaluator.evaluate(request, against: PolicySet()).outcome == .allow)
    }

    @Test func noPoliciesMeansImplicitDeny() {
        let request = AuthorizationRequest(principal: Fixture.alice, action: "s3:GetObject", resource: "*")
        let decision = PolicyEvaluator.evaluate(request, against: PolicySet())
        #expect(decision.outcome == .implicitDeny)
        #expect(decision.matchedStatements.isEmpty)
        #expect(decision.policyTypeOutcomes == PolicyTypeOutcomes())
    }
}
