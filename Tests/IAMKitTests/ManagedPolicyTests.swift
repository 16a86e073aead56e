import IAMPolicy
import Testing
@testable import IAMKit

/// Customer managed policies, versions, the AWS managed catalog, users and groups.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html
@Suite struct ManagedPolicyTests {
    @Test func versionsUpToFive() throws {
        var fixture = LabFixture()
        let policy = try fixture.service.createPolicy(policyName: "Ops", policyDocument: LabFixture.allow("s3:ListBucket"), path: "/team/",
                                                      caller: fixture.prodRoot, in: &fixture.lab)
        #expect(policy.arn == "arn:aws:iam::111111111111:policy/team/Ops")
        #expect(policy.policyID.hasPrefix("ANPA") && policy.policyID.count == 21)
        #expect(policy.defaultVersionID == "v1")
        for index in 2...5 {
            let version = try fixture.service.createPolicyVersion(policyArn: policy.arn, policyDocument: LabFixture.allow("s3:Get\(index)"),
                                                                  setAsDefault: index == 3, caller: fixture.prodRoot, in: &fixture.lab)
            #expect(version.versionID == "v\(index)")
        }
        #expect(try fixture.service.getPolicy(policyArn: policy.arn, caller: fixture.prodRoot, in: fixture.lab).defaultVersionID == "v3")
        let sixth = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.createPolicyVersion(policyArn: policy.arn, policyDocument: LabFixture.allow("s3:Put"), caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(sixth?.code == "LimitExceeded")
        let deleteDefault = LabFixture.error { () throws(ServiceError) in
            try fixture.service.deletePolicyVersion(policyArn: policy.arn, versionId: "v3", caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(deleteDefault == ServiceError.deleteConflict("Cannot delete the default version of a policy."))
        try fixture.service.deletePolicyVersion(policyArn: policy.arn, versionId: "v1", caller: fixture.prodRoot, in: &fixture.lab)
        let next = try fixture.service.createPolicyVersion(policyArn: policy.arn, policyDocument: LabFixture.allow("s3:Put"), caller: fixture.prodRoot, in: &fixture.lab)
        #expect(next.versionID == "v6")
        #expect(try fixture.service.listPolicyVersions(policyArn: policy.arn, caller: fixture.prodRoot, in: fixture.lab).items.map(\.versionID) == ["v6", "v5", "v4", "v3", "v2"])
        try fixture.service.setDefaultPolicyVersion(policyArn: policy.arn, versionId: "v6", caller: fixture.prodRoot, in: &fixture.lab)
        #expect(try fixture.service.getPolicyVersion(policyArn: policy.arn, versionId: "v6", caller: fixture.prodRoot, in: fixture.lab).isDefaultVersion)
    }

    @Test func duplicateNamesAndDeletion() throws {
        var fixture = LabFixture()
        let policy = try fixture.service.createPolicy(policyName: "Ops", policyDocument: LabFixture.allow("s3:ListBucket"), caller: fixture.prodRoot, in: &fixture.lab)
        let duplicate = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.createPolicy(policyName: "OPS", policyDocument: LabFixture.allow("s3:ListBucket"), caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(duplicate == ServiceError.entityAlreadyExists("A policy called OPS already exists. Duplicate names are not allowed."))
        try fixture.role("R", trust: LabFixture.seedTrust)
        try fixture.service.attachRolePolicy(roleName: "R", policyArn: policy.arn, caller: fixture.prodRoot, in: &fixture.lab)
        let attached = LabFixture.error { () throws(ServiceError) in try fixture.service.deletePolicy(policyArn: policy.arn, caller: fixture.prodRoot, in: &fixture.lab) }
        #expect(attached?.code == "DeleteConflict")
        try fixture.service.detachRolePolicy(roleName: "R", policyArn: policy.arn, caller: fixture.prodRoot, in: &fixture.lab)
        try fixture.service.deletePolicy(policyArn: policy.arn, caller: fixture.prodRoot, in: &fixture.lab)
        #expect(LabFixture.error { () throws(ServiceError) in _ = try fixture.service.getPolicy(policyArn: policy.arn, caller: fixture.prodRoot, in: fixture.lab) }
            == ServiceError.noSuchEntity("Policy \(policy.arn) does not exist or is not attachable."))
    }

    @Test func managedPolicyRules() throws {
        var fixture = LabFixture()
        let oldVersion = #"{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#
        let legacy = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.createPolicy(policyName: "Old", policyDocument: oldVersion, caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(legacy?.code == "MalformedPolicyDocument")
        let withPrincipal = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}]}"#
        let principal = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.createPolicy(policyName: "P", policyDocument: withPrincipal, caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(principal?.code == "MalformedPolicyDocument")
        let huge = LabFixture.allow("s3:GetObject", "arn:aws:s3:::" + String(repeating: "x", count: 6200))
        #expect(LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.createPolicy(policyName: "Huge", policyDocument: huge, caller: fixture.prodRoot, in: &fixture.lab)
        } == ServiceError.limitExceeded("Cannot exceed quota for PolicySize: 6144"))
    }

    @Test func listPoliciesScopesAndOnlyAttached() throws {
        var fixture = LabFixture()
        _ = try fixture.service.createPolicy(policyName: "Mine", policyDocument: LabFixture.allow("s3:ListBucket"), caller: fixture.prodRoot, in: &fixture.lab)
        try fixture.role("R", trust: LabFixture.seedTrust)
        try fixture.service.attachRolePolicy(roleName: "R", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess", caller: fixture.prodRoot, in: &fixture.lab)
        let local = try fixture.service.listPolicies(scope: "Local", caller: fixture.prodRoot, in: fixture.lab)
        #expect(local.items.map(\.policyName) == ["Mine"])
        let aws = try fixture.service.listPolicies(scope: "AWS", caller: fixture.prodRoot, in: fixture.lab)
        #expect(aws.items.count == AWSManagedPolicies.all.count && aws.items.allSatisfy { $0.arn.hasPrefix("arn:aws:iam::aws:policy/") })
        let attached = try fixture.service.listPolicies(onlyAttached: true, caller: fixture.prodRoot, in: fixture.lab)
        #expect(attached.items.map(\.policyName) == ["ReadOnlyAccess"])
        #expect(AWSManagedPolicies.policy(named: "ViewOnlyAccess")?.arn == "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess")
        // Every catalog document is a valid managed policy.
        for policy in AWSManagedPolicies.all {
            #expect(throws: Never.self) { try PolicyChecks.validateAWSManagedPolicy(policy.document) }
        }
    }

    @Test func usersAndGroups() throws {
        var fixture = LabFixture()
        let user = try fixture.service.createUser(userName: "Alice", path: "/staff/", caller: fixture.devRoot, in: &fixture.lab)
        #expect(user.arn == "arn:aws:iam::123456789012:user/staff/Alice")
        #expect(user.userID.hasPrefix("AIDA") && user.userID.count == 21)
        #expect(LabFixture.error { () throws(ServiceError) in _ = try fixture.service.createUser(userName: "alice", caller: fixture.devRoot, in: &fixture.lab) }
            == ServiceError.entityAlreadyExists("User with name alice already exists."))
        #expect(LabFixture.error { () throws(ServiceError) in _ = try fixture.service.getUser(userName: "bob", caller: fixture.devRoot, in: fixture.lab) }
            == ServiceError.noSuchEntity("The user with name bob cannot be found."))
        let group = try fixture.service.createGroup(groupName: "Devs", caller: fixture.devRoot, in: &fixture.lab)
        #expect(group.groupID.hasPrefix("AGPA"))
        try fixture.service.addUserToGroup(groupName: "Devs", userName: "alice", caller: fixture.devRoot, in: &fixture.lab)
        #expect(try fixture.service.getGroup(groupName: "devs", caller: fixture.devRoot, in: fixture.lab).users.map(\.userName) == ["Alice"])
        #expect(LabFixture.error { () throws(ServiceError) in try fixture.service.deleteGroup(groupName: "Devs", caller: fixture.devRoot, in: &fixture.lab) }?.code == "DeleteConflict")
        try fixture.service.removeUserFromGroup(groupName: "Devs", userName: "Alice", caller: fixture.devRoot, in: &fixture.lab)
        try fixture.service.deleteGroup(groupName: "Devs", caller: fixture.devRoot, in: &fixture.lab)
        let tooBig = LabFixture.allow("s3:GetObject", "arn:aws:s3:::" + String(repeating: "u", count: 2000))
        #expect(LabFixture.error { () throws(ServiceError) in
            try fixture.service.putUserPolicy(userName: "Alice", policyName: "big", policyDocument: tooBig, caller: fixture.devRoot, in: &fixture.lab)
        } == ServiceError.limitExceeded("Maximum policy size of 2048 bytes exceeded for user Alice"))
        let identityWithPrincipal = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}]}"#
        #expect(LabFixture.error { () throws(ServiceError) in
            try fixture.service.putUserPolicy(userName: "Alice", policyName: "p", policyDocument: identityWithPrincipal, caller: fixture.devRoot, in: &fixture.lab)
        }?.code == "MalformedPolicyDocument")
    }
}
