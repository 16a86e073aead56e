import IAMPolicy
import Testing
@testable import IAMKit

/// Why console Switch Role refuses, in words, from the console's rules and the engine's decision;
/// the access explanation and the effective-permissions summary the console shows; the catalog
/// of common actions.
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
@Suite struct SwitchRoleRefusalTests {
    static let roleARN = "arn:aws:iam::111111111111:role/Seed"
    static let grant = LabFixture.allow("sts:AssumeRole", roleARN)

    /// A console session of `user` in development (console sign-in, MFA when `mfa`).
    static func console(_ user: String, mfa: Bool) -> ConsoleSession {
        let identity = UserIdentity(accountID: LabFixture.development, userName: user,
                                    authentication: .console(mfaAuthenticatedAt: mfa ? LabFixture.now : nil))
        return ConsoleSession(signIn: .user(identity), signInAccountLabel: "development", signedInAt: LabFixture.now)
    }

    static func reasons(user: String, policy: String?, mfa: Bool, trust: String = LabFixture.seedTrust,
                        account: String = "production", role: String = "Seed") throws -> SwitchRoleRefusal {
        var fixture = LabFixture()
        try fixture.user(user, policy: policy)
        try fixture.role("Seed", trust: trust)
        return try fixture.service.switchRoleRefusal(console(user, mfa: mfa), account: account, role: role, in: fixture.lab)
    }

    @Test("Each reason a switch fails is named", arguments: [
        (nil as String?, true, "Your own policies (user and groups) do not allow sts:AssumeRole on arn:aws:iam::111111111111:role/Seed"),
        (grant, false, "The trust policy requires MFA (Bool aws:MultiFactorAuthPresent = true); your sign-in has aws:MultiFactorAuthPresent = false."),
        (LabFixture.deny("sts:AssumeRole"), true, "An explicit Deny in your own policies blocks sts:AssumeRole"),
    ])
    func reasonsFromTheDecision(policy: String?, mfa: Bool, reason: String) throws {
        let refusal = try Self.reasons(user: "bob", policy: policy, mfa: mfa)
        #expect(refusal.reasons.contains { $0.hasPrefix(reason) }, "\(refusal.reasons)")
        #expect(refusal.decision?.isAllowed == false)
        #expect(refusal.roleARN == Self.roleARN)
    }

    @Test func aTrustThatDoesNotNameTheCallersAccount() throws {
        let trust = LabFixture.trust(principal: "arn:aws:iam::999999999999:root")
        let refusal = try Self.reasons(user: "bob", policy: Self.grant, mfa: true, trust: trust)
        #expect(refusal.reasons == ["The trust policy of Seed does not name you (arn:aws:iam::123456789012:user/bob) or your account 123456789012 as a principal."])
    }

    @Test func anExternalIDTheConsoleCannotPass() throws {
        let trust = LabFixture.trust(principal: "arn:aws:iam::123456789012:root", condition: #"{"StringEquals":{"sts:ExternalId":"Unique1"}}"#)
        let refusal = try Self.reasons(user: "bob", policy: Self.grant, mfa: true, trust: trust)
        #expect(refusal.reasons.first?.hasPrefix("The trust policy requires an external ID (StringEquals sts:ExternalId); the console's Switch Role cannot pass one") == true)
    }

    @Test func anAllowedSwitchHasNoReasons() throws {
        #expect(try Self.reasons(user: "alice", policy: Self.grant, mfa: true).reasons.isEmpty)
    }

    @Test("The console's own rules come before the engine", arguments: [
        ("staging", "Seed", "There is no account \"staging\" in this lab"),
        ("production", "seed", "Account 111111111111 has no role named \"seed\""),
        ("production", String(repeating: "a", count: 65), "The role's path and name together are 65 characters; the console accepts at most 64."),
    ])
    func consoleRules(account: String, role: String, reason: String) throws {
        let refusal = try Self.reasons(user: "alice", policy: Self.grant, mfa: true, account: account, role: role)
        #expect(refusal.reasons.first?.hasPrefix(reason) == true, "\(refusal.reasons)")
        #expect(refusal.decision == nil)
    }

    @Test func rootIsRefusedWithAWSsSentence() throws {
        let fixture = LabFixture()
        let root = ConsoleSession(signIn: .root(accountID: LabFixture.development), signInAccountLabel: "development", signedInAt: LabFixture.now)
        let refusal = try fixture.service.switchRoleRefusal(root, account: "production", role: "Seed", in: fixture.lab)
        #expect(refusal.reasons.first?.contains("\"Roles may not be assumed by root accounts.\"") == true)
    }

    @Test func theExplanationNamesTheStatementAndTheContextValue() throws {
        var fixture = LabFixture()
        let caller = try fixture.user("eve", policy: #"{"Version":"2012-10-17","Statement":[{"Sid":"EU","Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"aws:RequestedRegion":"eu-west-1"}}}]}"#)
        let decision = try fixture.service.decision(for: caller, action: "s3:GetObject", resource: "arn:aws:s3:::b/k", in: fixture.lab)
        let lines = AccessExplanation(decision, action: "s3:GetObject", resource: "arn:aws:s3:::b/k").lines.map(\.text)
        #expect(lines.first == "Denied (implicit deny: nothing allows it): s3:GetObject on arn:aws:s3:::b/k")
        #expect(lines.contains("Allow statement 0 (Sid \"EU\") of eve-policy, line 1: a condition is false"))
        #expect(lines.contains("StringEquals aws:RequestedRegion: policy [eu-west-1], request [us-east-1] → false"))
    }

    @Test func theSummaryListsEveryPolicyOfAUserWithItsSource() throws {
        var fixture = LabFixture()
        let caller = try fixture.user("eve", policy: LabFixture.allow("s3:ListBucket", "arn:aws:s3:::example_bucket"))
        _ = try fixture.service.createGroup(groupName: "Ops", caller: fixture.devRoot, in: &fixture.lab)
        try fixture.service.addUserToGroup(groupName: "Ops", userName: "eve", caller: fixture.devRoot, in: &fixture.lab)
        try fixture.service.attachGroupPolicy(groupName: "Ops", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess", caller: fixture.devRoot, in: &fixture.lab)
        let summary = try fixture.service.permissionSummary(for: caller, in: fixture.lab)
        #expect(summary.first == PolicySummary(name: "eve-policy", source: "user inline", statements: ["Allow s3:ListBucket on arn:aws:s3:::example_bucket"]))
        #expect(summary.contains { $0.name == "ReadOnlyAccess" && $0.source == "AWS managed" })
        #expect(try fixture.service.permissionSummary(for: fixture.devRoot, in: fixture.lab).first?.source == "account 123456789012")
    }

    @Test func theCatalogCompletesCaseInsensitivelyInOrder() {
        #expect(CommonActions.completions(for: "sts:").map(\.action) == ["sts:AssumeRole", "sts:GetCallerIdentity", "sts:GetSessionToken", "sts:TagSession"])
        #expect(CommonActions.entry("S3:LISTBUCKET")?.exampleResource == "arn:aws:s3:::example_bucket")
        #expect(Set(CommonActions.all.map(\.action)).count == CommonActions.all.count)
    }
}
