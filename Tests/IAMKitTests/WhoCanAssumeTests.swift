import Testing
@testable import IAMKit

/// Who can assume a role, computed with the trust evaluation AssumeRole uses.
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html
@Suite("Who can assume a role")
struct WhoCanAssumeTests {
    @Test("account trust with MFA: every user of the trusted account, each needing MFA and its own sts:AssumeRole")
    func seedStory() throws {
        var fixture = LabFixture()
        try fixture.user("alice", policy: LabFixture.allow("sts:AssumeRole", "arn:aws:iam::111111111111:role/ops"))
        try fixture.user("bob")
        try fixture.user("carol", in: LabFixture.production)
        let role = try fixture.role("ops", trust: LabFixture.seedTrust)
        let entries = try fixture.service.whoCanAssume(role: role, in: fixture.lab)
        #expect(entries.map(\.principalARN) == ["arn:aws:iam::123456789012:user/alice", "arn:aws:iam::123456789012:user/bob"])
        let alice = try #require(entries.first)
        #expect(alice.requiresMFA && alice.permission == .allowed && alice.externalID == nil)
        #expect(alice.needs == ["MFA (no device enrolled)"])
        let bob = try #require(entries.last)
        #expect(bob.permission == .missing)
        #expect(bob.needs.contains("its own sts:AssumeRole permission (missing)"))
        #expect(!bob.canAssume)
    }

    @Test("a required external ID is found in the trust policy and reported")
    func externalID() throws {
        var fixture = LabFixture()
        try fixture.user("partner", policy: LabFixture.allow("sts:AssumeRole"))
        let trust = LabFixture.trust(principal: "arn:aws:iam::123456789012:root",
                                     condition: #"{"StringEquals":{"sts:ExternalId":"Unique-4711"}}"#)
        let role = try fixture.role("vendor", trust: trust)
        let entries = try fixture.service.whoCanAssume(role: role, in: fixture.lab)
        #expect(entries.count == 1)
        #expect(entries.first?.externalID == "Unique-4711")
        #expect(entries.first?.requiresMFA == false)
        #expect(entries.first?.canAssume == true)
    }

    @Test("a same-account user named in the trust needs no permission of its own")
    func sameAccountDirect() throws {
        var fixture = LabFixture()
        try fixture.user("dave", in: LabFixture.production)
        let role = try fixture.role("local", trust: LabFixture.trust(principal: "arn:aws:iam::111111111111:user/dave"))
        let entries = try fixture.service.whoCanAssume(role: role, in: fixture.lab)
        #expect(entries.map(\.principalARN) == ["arn:aws:iam::111111111111:user/dave"])
        #expect(entries.first?.permission == .allowed)
    }

    @Test("an explicit deny of sts:AssumeRole in the principal's own policy is reported as denied")
    func explicitDeny() throws {
        var fixture = LabFixture()
        try fixture.user("eve", policy: LabFixture.deny("sts:AssumeRole"))
        let role = try fixture.role("ops", trust: LabFixture.trust(principal: "arn:aws:iam::123456789012:root"))
        let entries = try fixture.service.whoCanAssume(role: role, in: fixture.lab)
        #expect(entries.first?.permission == .denied)
    }

    @Test("a deleted principal (raw unique ID in the trust) admits nobody")
    func deletedPrincipal() throws {
        var fixture = LabFixture()
        try fixture.user("frank")
        let role = try fixture.role("gone", trust: LabFixture.trust(principal: "arn:aws:iam::123456789012:user/frank"))
        try fixture.service.deleteUser(userName: "frank", caller: fixture.devRoot, in: &fixture.lab)
        try fixture.user("frank")
        let entries = try fixture.service.whoCanAssume(role: role, in: fixture.lab)
        #expect(entries.isEmpty, "\(entries) \(role.assumeRolePolicyDocument)")
    }

    @Test("external IDs are read from any condition operator, arrays included")
    func externalIDsParsing() {
        let trust = #"{"Statement":[{"Condition":{"StringLike":{"sts:externalid":["a-1","b-2"]}}}]}"#
        #expect(IAMService.externalIDs(inTrustPolicy: trust) == ["a-1", "b-2"])
        #expect(IAMService.externalIDs(inTrustPolicy: "not json").isEmpty)
    }
}
