import IAMPolicy
import Testing
@testable import IAMKit

/// Authorization of IAM operations for non-admin callers, with AWS's AccessDenied wording.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
@Suite struct AuthorizationTests {
    @Test func userWithoutPoliciesCannotCreateRoles() throws {
        var fixture = LabFixture()
        let bob = try fixture.user("bob")
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.createRole(roleName: "X", assumeRolePolicyDocument: LabFixture.seedTrust, caller: bob, in: &fixture.lab)
        }
        #expect(error == ServiceError.accessDenied("User: arn:aws:iam::123456789012:user/bob is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::123456789012:role/X because no identity-based policy allows the iam:CreateRole action"))
        #expect(error?.httpStatus == 403)
        #expect(error?.explanation?.outcome == .implicitDeny)
    }

    @Test func readOnlyUserCanReadButNotWrite() throws {
        var fixture = LabFixture()
        let reader = try fixture.user("reader")
        try fixture.service.attachUserPolicy(userName: "reader", policyArn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess", caller: fixture.devRoot, in: &fixture.lab)
        #expect(throws: Never.self) { _ = try fixture.service.listRoles(caller: reader, in: fixture.lab) }
        #expect(throws: Never.self) { _ = try fixture.service.getUser(caller: reader, in: fixture.lab) }
        let error = LabFixture.error { () throws(ServiceError) in _ = try fixture.service.createUser(userName: "x", caller: reader, in: &fixture.lab) }
        #expect(error?.code == "AccessDenied")
    }

    @Test func groupPoliciesApplyToMembers() throws {
        var fixture = LabFixture()
        let carol = try fixture.user("carol")
        _ = try fixture.service.createGroup(groupName: "Admins", caller: fixture.devRoot, in: &fixture.lab)
        try fixture.service.attachGroupPolicy(groupName: "Admins", policyArn: "arn:aws:iam::aws:policy/AdministratorAccess", caller: fixture.devRoot, in: &fixture.lab)
        #expect(LabFixture.error { () throws(ServiceError) in _ = try fixture.service.createUser(userName: "x", caller: carol, in: &fixture.lab) }?.code == "AccessDenied")
        try fixture.service.addUserToGroup(groupName: "admins", userName: "carol", caller: fixture.devRoot, in: &fixture.lab)
        #expect(throws: Never.self) { _ = try fixture.service.createUser(userName: "x", caller: carol, in: &fixture.lab) }
        #expect(try fixture.service.listGroupsForUser(userName: "carol", caller: fixture.devRoot, in: fixture.lab).items.map(\.groupName) == ["Admins"])
    }

    @Test func explicitDenyAndBoundaryWording() throws {
        var fixture = LabFixture()
        let dana = try fixture.user("dana", policy: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"*"},{"Effect":"Deny","Action":"iam:DeleteRole","Resource":"*"}]}"#)
        try fixture.service.createRole(roleName: "R", assumeRolePolicyDocument: LabFixture.seedTrust, caller: fixture.devRoot, in: &fixture.lab)
        let denied = LabFixture.error { () throws(ServiceError) in try fixture.service.deleteRole(roleName: "R", caller: dana, in: &fixture.lab) }
        #expect(denied?.message == "User: arn:aws:iam::123456789012:user/dana is not authorized to perform: iam:DeleteRole on resource: arn:aws:iam::123456789012:role/R with an explicit deny in an identity-based policy")
        _ = try fixture.service.createPolicy(policyName: "OnlyList", policyDocument: LabFixture.allow("iam:List*"), caller: fixture.devRoot, in: &fixture.lab)
        try fixture.service.putUserPermissionsBoundary(userName: "dana", permissionsBoundary: "arn:aws:iam::123456789012:policy/OnlyList",
                                                       caller: fixture.devRoot, in: &fixture.lab)
        let bounded = LabFixture.error { () throws(ServiceError) in _ = try fixture.service.getRole(roleName: "R", caller: dana, in: fixture.lab) }
        #expect(bounded?.message == "User: arn:aws:iam::123456789012:user/dana is not authorized to perform: iam:GetRole on resource: arn:aws:iam::123456789012:role/R because no permissions boundary allows the iam:GetRole action")
        #expect(throws: Never.self) { _ = try fixture.service.listRoles(caller: dana, in: fixture.lab) }
        #expect(try fixture.service.getPolicy(policyArn: "arn:aws:iam::123456789012:policy/OnlyList", caller: fixture.devRoot, in: fixture.lab).permissionsBoundaryUsageCount == 1)
    }

    @Test func resourceScopedPolicyMatchesTheRolePath() throws {
        var fixture = LabFixture()
        let erin = try fixture.user("erin", policy: LabFixture.allow("iam:GetRole", "arn:aws:iam::123456789012:role/Test*"))
        try fixture.service.createRole(roleName: "Test-UserAccess-Role", assumeRolePolicyDocument: LabFixture.seedTrust, path: "/dev/",
                                       caller: fixture.devRoot, in: &fixture.lab)
        try fixture.service.createRole(roleName: "TestTop", assumeRolePolicyDocument: LabFixture.seedTrust, caller: fixture.devRoot, in: &fixture.lab)
        #expect(throws: Never.self) { _ = try fixture.service.getRole(roleName: "TestTop", caller: erin, in: fixture.lab) }
        #expect(LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.getRole(roleName: "Test-UserAccess-Role", caller: erin, in: fixture.lab)
        }?.code == "AccessDenied")
    }

    @Test func getCallerIdentityNeedsNoPermission() throws {
        var fixture = LabFixture()
        let frank = try fixture.user("frank", policy: LabFixture.deny("*"))
        let identity = try fixture.service.getCallerIdentity(caller: frank, in: fixture.lab)
        #expect(identity.arn == "arn:aws:iam::123456789012:user/frank")
        #expect(identity.userID.hasPrefix("AIDA"))
        #expect(try fixture.service.getCallerIdentity(caller: fixture.devRoot, in: fixture.lab)
            == .init(userID: "123456789012", account: "123456789012", arn: "arn:aws:iam::123456789012:root"))
    }

    @Test func credentialsResolveOrFailLikeAWS() throws {
        var fixture = LabFixture()
        _ = try fixture.user("gina")
        let key = try fixture.service.createAccessKey(userName: "gina", caller: fixture.devRoot, in: &fixture.lab)
        #expect(key.accessKeyID.hasPrefix("AKIA") && key.accessKeyID.count == 20)
        #expect(try fixture.service.caller(accessKeyID: key.accessKeyID, secretAccessKey: key.secretAccessKey, in: fixture.lab) == .user(LabFixture.development, "gina"))
        #expect(LabFixture.error { () throws(ServiceError) in _ = try fixture.service.caller(accessKeyID: "AKIAUNKNOWNUNKNOWN00", in: fixture.lab) } == ServiceError.invalidClientTokenID)
        #expect(LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.caller(accessKeyID: key.accessKeyID, secretAccessKey: "wrong", in: fixture.lab)
        }?.code == "SignatureDoesNotMatch")
        _ = try fixture.service.createAccessKey(userName: "gina", caller: fixture.devRoot, in: &fixture.lab)
        #expect(LabFixture.error { () throws(ServiceError) in _ = try fixture.service.createAccessKey(userName: "gina", caller: fixture.devRoot, in: &fixture.lab) }
            == ServiceError.limitExceeded("Cannot exceed quota for AccessKeysPerUser: 2"))
        #expect(try fixture.service.listAccessKeys(userName: "gina", caller: fixture.devRoot, in: fixture.lab).keys.count == 2)
        let conflict = LabFixture.error { () throws(ServiceError) in try fixture.service.deleteUser(userName: "gina", caller: fixture.devRoot, in: &fixture.lab) }
        #expect(conflict?.code == "DeleteConflict")
        try fixture.service.deleteAccessKey(userName: "gina", accessKeyId: key.accessKeyID, caller: fixture.devRoot, in: &fixture.lab)
        #expect(LabFixture.error { () throws(ServiceError) in _ = try fixture.service.caller(accessKeyID: key.accessKeyID, in: fixture.lab) } == ServiceError.invalidClientTokenID)
    }
}
