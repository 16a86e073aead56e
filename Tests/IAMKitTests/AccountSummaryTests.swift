import IAMPolicy
import Testing
@testable import IAMKit

/// GetAccountSummary: counts of what the account holds and AWS's default quotas.
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
@Suite struct AccountSummaryTests {
    @Test(arguments: [
        ("UsersQuota", 5000), ("RolesQuota", 1000), ("GroupsQuota", 300), ("PoliciesQuota", 1500), ("PolicySizeQuota", 6144),
        ("AssumeRolePolicySizeQuota", 2048), ("AttachedPoliciesPerRoleQuota", 10), ("AttachedPoliciesPerUserQuota", 10),
        ("AttachedPoliciesPerGroupQuota", 10), ("AccessKeysPerUserQuota", 2), ("GroupsPerUserQuota", 10), ("UserPolicySizeQuota", 2048),
        ("GroupPolicySizeQuota", 5120), ("RolePolicySizeQuota", 10240), ("VersionsPerPolicyQuota", 5), ("PolicyVersionsInUseQuota", 10000),
    ])
    func quotas(key: String, value: Int) throws {
        let fixture = LabFixture()
        #expect(try fixture.service.getAccountSummary(caller: fixture.prodRoot, in: fixture.lab)[key] == value)
    }

    @Test func everyValidKeyOnceAndCountsOfTheCallersAccount() throws {
        var fixture = LabFixture()
        let root = fixture.prodRoot
        try fixture.role("Deploy", trust: LabFixture.seedTrust)
        _ = try fixture.service.createUser(userName: "alice", caller: root, in: &fixture.lab)
        _ = try fixture.service.createUser(userName: "bob", caller: root, in: &fixture.lab)
        _ = try fixture.service.createGroup(groupName: "Admins", caller: root, in: &fixture.lab)
        let ops = try fixture.service.createPolicy(policyName: "Ops", policyDocument: LabFixture.allow("s3:ListBucket"), caller: root, in: &fixture.lab)
        try fixture.service.attachRolePolicy(roleName: "Deploy", policyArn: ops.arn, caller: root, in: &fixture.lab)
        try fixture.service.attachUserPolicy(userName: "alice", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess", caller: root, in: &fixture.lab)
        _ = try fixture.service.createVirtualMFADevice(virtualMFADeviceName: "spare", caller: root, in: &fixture.lab)
        _ = try fixture.user("dev-only")  // another account: not counted

        let summary = try fixture.service.getAccountSummary(caller: root, in: fixture.lab)
        let validKeys: Set<String> = [
            "Users", "UsersQuota", "Groups", "GroupsQuota", "ServerCertificates", "ServerCertificatesQuota", "UserPolicySizeQuota",
            "GroupPolicySizeQuota", "GroupsPerUserQuota", "SigningCertificatesPerUserQuota", "AccessKeysPerUserQuota", "MFADevices",
            "MFADevicesInUse", "AccountMFAEnabled", "AccountAccessKeysPresent", "AccountPasswordPresent", "AccountSigningCertificatesPresent",
            "AttachedPoliciesPerGroupQuota", "AttachedPoliciesPerRoleQuota", "AttachedPoliciesPerUserQuota", "Policies", "PoliciesQuota",
            "PolicySizeQuota", "PolicyVersionsInUse", "PolicyVersionsInUseQuota", "VersionsPerPolicyQuota", "GlobalEndpointTokenVersion",
            "AssumeRolePolicySizeQuota", "InstanceProfiles", "InstanceProfilesQuota", "Providers", "RolePolicySizeQuota", "Roles", "RolesQuota",
        ]
        #expect(Set(summary.entries.map(\.key)) == validKeys)
        #expect(summary.entries.count == validKeys.count)
        #expect(summary["Users"] == 2)
        #expect(summary["Roles"] == 1)
        #expect(summary["Groups"] == 1)
        #expect(summary["Policies"] == 1)
        #expect(summary["MFADevices"] == 1)
        #expect(summary["MFADevicesInUse"] == 0)
        #expect(summary["PolicyVersionsInUse"] == 2)
        #expect(try fixture.service.getAccountSummary(caller: fixture.devRoot, in: fixture.lab)["Users"] == 1)
    }

    @Test func theCLIShapeIsASummaryMapOfNumbers() throws {
        let fixture = LabFixture()
        var lab = fixture.lab
        let response = try fixture.service.call(service: "iam", operation: "GetAccountSummary", parameters: .object(JSONObject()),
                                                caller: fixture.prodRoot, in: &lab)
        #expect(response["SummaryMap"]?["UsersQuota"] == .number(JSONNumber(5000)))
        #expect(response.objectValue?.members.map(\.key) == ["SummaryMap"])
    }

    @Test func needsIAMGetAccountSummary() throws {
        var fixture = LabFixture()
        let carol = try fixture.user("carol", policy: LabFixture.allow("iam:ListUsers"))
        let denied = LabFixture.error { () throws(ServiceError) in _ = try fixture.service.getAccountSummary(caller: carol, in: fixture.lab) }
        #expect(denied?.message == "User: arn:aws:iam::123456789012:user/carol is not authorized to perform: iam:GetAccountSummary on resource: * "
            + "because no identity-based policy allows the iam:GetAccountSummary action")
        let allowed = try fixture.user("dave", policy: LabFixture.allow("iam:GetAccountSummary"))
        #expect(try fixture.service.getAccountSummary(caller: allowed, in: fixture.lab)["Users"] == 2)
    }
}
