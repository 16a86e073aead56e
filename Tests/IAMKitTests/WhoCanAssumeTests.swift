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

/// Trust principals as GetRole shows them, deleted ones recognised.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles
@Suite("Trust principals in display form")
struct TrustPrincipalTests {
    @Test("a deleted user's raw unique ID is recognised; ARNs, accounts and services are not")
    func deletedPrincipal() throws {
        var fixture = LabFixture()
        try fixture.user("gina")
        _ = try fixture.role("r", trust: LabFixture.trust(principal: "arn:aws:iam::123456789012:user/gina"))
        try fixture.service.deleteUser(userName: "gina", caller: fixture.devRoot, in: &fixture.lab)
        let shown = try fixture.service.getRole(roleName: "r", caller: fixture.prodRoot, in: fixture.lab)
        let principals = TrustPrincipal.all(inTrustPolicy: shown.assumeRolePolicyDocument)
        #expect(principals.count == 1)
        #expect(principals.first?.isDeletedPrincipal == true)
        #expect(principals.first?.value.hasPrefix("AIDA") == true)
        let others = TrustPrincipal.all(inTrustPolicy:
            #"{"Statement":[{"Principal":{"AWS":["123456789012","arn:aws:iam::123456789012:root"],"Service":"ec2.amazonaws.com"}}]}"#)
        #expect(others.map(\.isDeletedPrincipal) == [false, false, false])
        #expect(others.map(\.accountID) == ["123456789012", "123456789012", nil])
    }
}

@Suite("Who can assume: a public trust")
struct WhoCanAssumeWildcardTests {
    @Test("a * principal admits principals of every account (each still needs its own permission across accounts)")
    func wildcard() throws {
        var fixture = LabFixture()
        try fixture.user("ann")
        try fixture.user("ben", in: LabFixture.production)
        let role = try fixture.role("open", trust: LabFixture.trust(principal: "*"))
        let entries = try fixture.service.whoCanAssume(role: role, in: fixture.lab)
        #expect(Set(entries.map(\.principalARN)).isSuperset(of: ["arn:aws:iam::123456789012:user/ann", "arn:aws:iam::111111111111:user/ben"]))
        #expect(entries.first { $0.principalARN.hasSuffix("user/ann") }?.permission == .missing)
        #expect(entries.first { $0.principalARN.hasSuffix("user/ben") }?.permission == .allowed)
    }
}
