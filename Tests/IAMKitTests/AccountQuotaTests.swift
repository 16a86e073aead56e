import Foundation
import Testing
@testable import IAMKit

/// How many roles, users, groups, customer managed policies and instance profiles an account
/// holds, and how many groups a user joins: AWS refuses one more with LimitExceeded (HTTP 409).
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
@Suite struct AccountQuotaTests {
    static let ec2Trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#

    @Test func theDefaultsAreAWSs() {
        #expect(AccountQuota.allCases.map(\.awsDefault) == [1000, 5000, 300, 1500, 1000, 10])
        #expect(AccountQuota.rolesPerAccount.exceeded(1000) == .limitExceeded("Cannot exceed quota for RolesPerAccount: 1000"))
    }

    /// The 1,001st role of an account is refused at AWS's default quota; another account, a
    /// name already taken (EntityAlreadyExists first) and a role deleted to make room behave
    /// as in AWS.
    @Test func theThousandAndFirstRoleIsRefused() throws {
        var fixture = LabFixture()
        let root = fixture.prodRoot
        for index in 1..<1000 {
            _ = try fixture.service.createRole(roleName: "r\(index)", assumeRolePolicyDocument: Self.ec2Trust, caller: root, in: &fixture.lab)
        }
        _ = try fixture.service.createRole(roleName: "r1000", assumeRolePolicyDocument: Self.ec2Trust, caller: root, in: &fixture.lab)
        #expect(throws: ServiceError.limitExceeded("Cannot exceed quota for RolesPerAccount: 1000")) {
            try fixture.service.createRole(roleName: "r1001", assumeRolePolicyDocument: Self.ec2Trust, caller: root, in: &fixture.lab)
        }
        #expect(throws: ServiceError.entityAlreadyExists("Role with name R1 already exists.")) {
            try fixture.service.createRole(roleName: "R1", assumeRolePolicyDocument: Self.ec2Trust, caller: root, in: &fixture.lab)
        }
        _ = try fixture.service.createRole(roleName: "r1001", assumeRolePolicyDocument: Self.ec2Trust, caller: fixture.devRoot, in: &fixture.lab)
        try fixture.service.deleteRole(roleName: "r1", caller: root, in: &fixture.lab)
        _ = try fixture.service.createRole(roleName: "r1001", assumeRolePolicyDocument: Self.ec2Trust, caller: root, in: &fixture.lab)
        let summary = try fixture.service.getAccountSummary(caller: root, in: fixture.lab)
        #expect(summary.entries.first { $0.key == "Roles" }?.value == 1000)
        #expect(summary.entries.first { $0.key == "RolesQuota" }?.value == 1000)
    }

    /// Each kind has its own quota, counted per account: AWS's defaults (5,000 users, 300 groups,
    /// 1,500 customer managed policies, 1,000 instance profiles).
    @Test func usersGroupsPoliciesAndInstanceProfilesHaveTheirOwnQuotas() throws {
        var fixture = LabFixture()
        let root = fixture.prodRoot
        let service = fixture.service
        for index in 0..<5000 { _ = try service.createUser(userName: "u\(index)", caller: root, in: &fixture.lab) }
        for index in 0..<300 { _ = try service.createGroup(groupName: "g\(index)", caller: root, in: &fixture.lab) }
        for index in 0..<1500 {
            _ = try service.createPolicy(policyName: "p\(index)", policyDocument: LabFixture.allow("s3:GetObject"), caller: root, in: &fixture.lab)
        }
        for index in 0..<1000 { _ = try service.createInstanceProfile(name: "i\(index)", caller: root, in: &fixture.lab) }
        #expect(throws: ServiceError.limitExceeded("Cannot exceed quota for UsersPerAccount: 5000")) {
            try service.createUser(userName: "one-more", caller: root, in: &fixture.lab)
        }
        #expect(throws: ServiceError.limitExceeded("Cannot exceed quota for GroupsPerAccount: 300")) {
            try service.createGroup(groupName: "one-more", caller: root, in: &fixture.lab)
        }
        #expect(throws: ServiceError.limitExceeded("Cannot exceed quota for PoliciesPerAccount: 1500")) {
            try service.createPolicy(policyName: "one-more", policyDocument: LabFixture.allow("s3:GetObject"), caller: root, in: &fixture.lab)
        }
        #expect(throws: ServiceError.limitExceeded("Cannot exceed quota for InstanceProfilesPerAccount: 1000")) {
            try service.createInstanceProfile(name: "one-more", caller: root, in: &fixture.lab)
        }
        // The other account is not affected.
        _ = try service.createUser(userName: "one-more", caller: fixture.devRoot, in: &fixture.lab)
    }

    /// A lab account can stand for one whose quota was raised (Service Quotas): the summary
    /// reports it and creates stop at it. Quotas only go up.
    @Test func aRaisedQuotaIsEnforcedAndReported() throws {
        var fixture = LabFixture()
        let root = fixture.prodRoot
        let service = fixture.service
        try service.raiseQuota(.groupsPerAccount, to: 302, for: LabFixture.production, in: &fixture.lab)
        for index in 0..<302 { _ = try service.createGroup(groupName: "g\(index)", caller: root, in: &fixture.lab) }
        #expect(throws: ServiceError.limitExceeded("Cannot exceed quota for GroupsPerAccount: 302")) {
            try service.createGroup(groupName: "one-more", caller: root, in: &fixture.lab)
        }
        let summary = try service.getAccountSummary(caller: root, in: fixture.lab)
        #expect(summary.entries.first { $0.key == "GroupsQuota" }?.value == 302)
        #expect(summary.entries.first { $0.key == "RolesQuota" }?.value == 1000)
        #expect(throws: ServiceError.invalidInput("RolesPerAccount can only be raised: 10 is below AWS's default of 1000.")) {
            try service.raiseQuota(.rolesPerAccount, to: 10, for: LabFixture.production, in: &fixture.lab)
        }
    }

    /// A user joins at most ten groups; joining one it is already in changes nothing and is no error.
    @Test func aUserJoinsAtMostTenGroups() throws {
        var fixture = LabFixture()
        let root = fixture.prodRoot
        let service = fixture.service
        _ = try service.createUser(userName: "carol", caller: root, in: &fixture.lab)
        for index in 1...11 { _ = try service.createGroup(groupName: "g\(index)", caller: root, in: &fixture.lab) }
        for index in 1...10 { try service.addUserToGroup(groupName: "g\(index)", userName: "carol", caller: root, in: &fixture.lab) }
        try service.addUserToGroup(groupName: "g10", userName: "carol", caller: root, in: &fixture.lab)
        #expect(throws: ServiceError.limitExceeded("Cannot exceed quota for GroupsPerUser: 10")) {
            try service.addUserToGroup(groupName: "g11", userName: "carol", caller: root, in: &fixture.lab)
        }
    }
}
