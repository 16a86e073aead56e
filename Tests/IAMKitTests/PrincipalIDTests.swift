import IAMPolicy
import Testing
@testable import IAMKit

/// Principal-ID transformation of trust policies.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html
@Suite struct PrincipalIDTests {
    static let aliceARN = "arn:aws:iam::123456789012:user/alice"

    @Test func userARNIsStoredAsIDAndShownAsARN() throws {
        var fixture = LabFixture()
        _ = try fixture.user("alice")
        let aliceID = try #require(try fixture.lab.record(User.self, at: User.key(LabFixture.development, "alice"))).userID
        let role = try fixture.role("Target", trust: LabFixture.trust(principal: Self.aliceARN))
        #expect(role.assumeRolePolicyDocument.contains(Self.aliceARN))
        let stored = try #require(try fixture.lab.record(Role.self, at: Role.key(LabFixture.production, "Target")))
        #expect(stored.assumeRolePolicyDocument.contains(aliceID))
        #expect(!stored.assumeRolePolicyDocument.contains(Self.aliceARN))
        #expect(try fixture.service.getRole(roleName: "Target", caller: fixture.prodRoot, in: fixture.lab).assumeRolePolicyDocument.contains(Self.aliceARN))
    }

    @Test func deletedUserShowsRawIDAndRecreatedUserDoesNotMatch() throws {
        var fixture = LabFixture()
        _ = try fixture.user("alice")
        let oldID = try #require(try fixture.lab.record(User.self, at: User.key(LabFixture.development, "alice"))).userID
        try fixture.role("Target", trust: LabFixture.trust(principal: Self.aliceARN))
        try fixture.service.deleteUser(userName: "alice", caller: fixture.devRoot, in: &fixture.lab)
        let shown = try fixture.service.getRole(roleName: "Target", caller: fixture.prodRoot, in: fixture.lab).assumeRolePolicyDocument
        #expect(shown.contains(oldID) && !shown.contains(Self.aliceARN))
        let alice = try fixture.user("alice", policy: LabFixture.allow("sts:AssumeRole"))
        let newID = try #require(try fixture.lab.record(User.self, at: User.key(LabFixture.development, "alice"))).userID
        #expect(newID != oldID)
        #expect(try fixture.service.getRole(roleName: "Target", caller: fixture.prodRoot, in: fixture.lab).assumeRolePolicyDocument.contains(oldID))
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.assumeRole(.init(roleArn: "arn:aws:iam::111111111111:role/Target", roleSessionName: "s1"), caller: alice, in: &fixture.lab)
        }
        #expect(error?.code == "AccessDenied")
        // Putting the ARN back transforms it to the new ID and restores the trust.
        try fixture.service.updateAssumeRolePolicy(roleName: "Target", policyDocument: LabFixture.trust(principal: Self.aliceARN),
                                                   caller: fixture.prodRoot, in: &fixture.lab)
        #expect(throws: Never.self) {
            _ = try fixture.service.assumeRole(.init(roleArn: "arn:aws:iam::111111111111:role/Target", roleSessionName: "s1"), caller: alice, in: &fixture.lab)
        }
    }

    @Test(arguments: ["arn:aws:iam::123456789012:user/ghost", "arn:aws:iam::123456789012:role/ghost", "arn:aws:iam::123456789012:user/ALICE"])
    func nonexistentPrincipalIsMalformed(arn: String) throws {
        var fixture = LabFixture()
        _ = try fixture.user("alice")
        let error = LabFixture.error { () throws(ServiceError) in _ = try fixture.role("Target", trust: LabFixture.trust(principal: arn)) }
        #expect(error == ServiceError.malformedPolicy("Invalid principal in policy: \"AWS\":\"\(arn)\""))
        #expect(error?.httpStatus == 400)
    }

    @Test func accountAndConditionARNsAreNotTransformed() throws {
        var fixture = LabFixture()
        _ = try fixture.user("alice")
        let trust = LabFixture.trust(principal: "arn:aws:iam::123456789012:root",
                                     condition: #"{"ArnEquals":{"aws:PrincipalArn":"\#(Self.aliceARN)"}}"#)
        try fixture.role("Target", trust: trust)
        let stored = try #require(try fixture.lab.record(Role.self, at: Role.key(LabFixture.production, "Target")))
        #expect(stored.assumeRolePolicyDocument == trust)
    }

    @Test func roleARNPrincipalBecomesRoleID() throws {
        var fixture = LabFixture()
        let first = try fixture.role("First", trust: LabFixture.trust(principal: "arn:aws:iam::123456789012:root"))
        try fixture.role("Second", trust: LabFixture.trust(principal: first.arn))
        let stored = try #require(try fixture.lab.record(Role.self, at: Role.key(LabFixture.production, "Second")))
        #expect(stored.assumeRolePolicyDocument.contains(first.roleID))
    }
}
