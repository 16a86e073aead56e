import IAMPolicy
import Testing
@testable import IAMKit

/// The well-known IAM privilege-escalation paths, table-driven: with the permission the step
/// succeeds as in AWS; without it, AccessDenied in AWS's words; across accounts, never.
/// Then the analysis that flags an identity holding one of them.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
@Suite struct PrivilegeEscalationTests {
    typealias Step = @Sendable (IAMService, inout InMemoryLab, Caller, String) throws(ServiceError) -> Void

    struct Path: Sendable, CustomStringConvertible {
        var name: String
        /// The permission that opens the path.
        var action: String
        /// The resource AWS names in the denial, in `account`.
        var resource: @Sendable (String) -> String
        /// Whether the step names its target by ARN (so another account's can be named at all).
        var byARN = false
        var step: Step
        var description: String { name }
    }

    static let admin = "arn:aws:iam::aws:policy/AdministratorAccess"
    static let adminDocument = LabFixture.allow("*")

    static let paths: [Path] = [
        Path(name: "CreatePolicyVersion", action: "iam:CreatePolicyVersion", resource: { "arn:aws:iam::\($0):policy/BobPolicy" }, byARN: true) {
            service, lab, bob, account throws(ServiceError) in
            _ = try service.createPolicyVersion(policyArn: "arn:aws:iam::\(account):policy/BobPolicy", policyDocument: adminDocument,
                                                setAsDefault: true, caller: bob, in: &lab)
        },
        Path(name: "SetDefaultPolicyVersion", action: "iam:SetDefaultPolicyVersion", resource: { "arn:aws:iam::\($0):policy/BobPolicy" }, byARN: true) {
            service, lab, bob, account throws(ServiceError) in
            try service.setDefaultPolicyVersion(policyArn: "arn:aws:iam::\(account):policy/BobPolicy", versionId: "v2", caller: bob, in: &lab)
        },
        Path(name: "AttachUserPolicy", action: "iam:AttachUserPolicy", resource: { "arn:aws:iam::\($0):user/bob" }) { service, lab, bob, _ throws(ServiceError) in
            try service.attachUserPolicy(userName: "bob", policyArn: admin, caller: bob, in: &lab)
        },
        Path(name: "AttachGroupPolicy", action: "iam:AttachGroupPolicy", resource: { "arn:aws:iam::\($0):group/Devs" }) { service, lab, bob, _ throws(ServiceError) in
            try service.attachGroupPolicy(groupName: "Devs", policyArn: admin, caller: bob, in: &lab)
        },
        Path(name: "AttachRolePolicy", action: "iam:AttachRolePolicy", resource: { "arn:aws:iam::\($0):role/Target" }) { service, lab, bob, _ throws(ServiceError) in
            try service.attachRolePolicy(roleName: "Target", policyArn: admin, caller: bob, in: &lab)
        },
        Path(name: "PutUserPolicy", action: "iam:PutUserPolicy", resource: { "arn:aws:iam::\($0):user/bob" }) { service, lab, bob, _ throws(ServiceError) in
            try service.putUserPolicy(userName: "bob", policyName: "escalate", policyDocument: adminDocument, caller: bob, in: &lab)
        },
        Path(name: "PutGroupPolicy", action: "iam:PutGroupPolicy", resource: { "arn:aws:iam::\($0):group/Devs" }) { service, lab, bob, _ throws(ServiceError) in
            try service.putGroupPolicy(groupName: "Devs", policyName: "escalate", policyDocument: adminDocument, caller: bob, in: &lab)
        },
        Path(name: "PutRolePolicy", action: "iam:PutRolePolicy", resource: { "arn:aws:iam::\($0):role/Target" }) { service, lab, bob, _ throws(ServiceError) in
            try service.putRolePolicy(roleName: "Target", policyName: "escalate", policyDocument: adminDocument, caller: bob, in: &lab)
        },
        Path(name: "AddUserToGroup", action: "iam:AddUserToGroup", resource: { "arn:aws:iam::\($0):group/Admins" }) { service, lab, bob, _ throws(ServiceError) in
            try service.addUserToGroup(groupName: "Admins", userName: "bob", caller: bob, in: &lab)
        },
        Path(name: "UpdateAssumeRolePolicy then AssumeRole", action: "iam:UpdateAssumeRolePolicy", resource: { "arn:aws:iam::\($0):role/Target" }) {
            service, lab, bob, account throws(ServiceError) in
            try service.updateAssumeRolePolicy(roleName: "Target", policyDocument: LabFixture.trust(principal: bob.arn), caller: bob, in: &lab)
            _ = try service.assumeRole(.init(roleArn: "arn:aws:iam::\(account):role/Target", roleSessionName: "takeover"), caller: bob, in: &lab)
        },
        Path(name: "CreateAccessKey for another user", action: "iam:CreateAccessKey", resource: { "arn:aws:iam::\($0):user/alice" }) {
            service, lab, bob, _ throws(ServiceError) in
            _ = try service.createAccessKey(userName: "alice", caller: bob, in: &lab)
        },
        Path(name: "CreateLoginProfile for another user", action: "iam:CreateLoginProfile", resource: { "arn:aws:iam::\($0):user/alice" }) {
            service, lab, bob, _ throws(ServiceError) in
            try service.createLoginProfile(userName: "alice", password: password, caller: bob, in: &lab)
        },
        Path(name: "UpdateLoginProfile for another user", action: "iam:UpdateLoginProfile", resource: { "arn:aws:iam::\($0):user/carol" }) {
            service, lab, bob, _ throws(ServiceError) in
            try service.updateLoginProfile(userName: "carol", password: password, passwordResetRequired: nil, caller: bob, in: &lab)
        },
    ]

    static let password = "Escalat3d-Passw0rd!"

    /// Both accounts hold the same entities (bob only in development).
    static func lab() throws -> (IAMService, InMemoryLab) {
        var fixture = LabFixture()
        for account in [LabFixture.development, LabFixture.production] {
            let root = Caller.root(accountID: account)
            _ = try fixture.service.createUser(userName: "alice", caller: root, in: &fixture.lab)
            // carol has a console password (UpdateLoginProfile's target); alice has none.
            _ = try fixture.service.createUser(userName: "carol", caller: root, in: &fixture.lab)
            try fixture.service.createLoginProfile(userName: "carol", password: "Carol-0riginal-pw", caller: root, in: &fixture.lab)
            if account == LabFixture.development {
                _ = try fixture.service.createUser(userName: "bob", caller: root, in: &fixture.lab)
            }
            _ = try fixture.service.createGroup(groupName: "Devs", caller: root, in: &fixture.lab)
            _ = try fixture.service.createGroup(groupName: "Admins", caller: root, in: &fixture.lab)
            try fixture.service.attachGroupPolicy(groupName: "Admins", policyArn: admin, caller: root, in: &fixture.lab)
            _ = try fixture.service.createPolicy(policyName: "BobPolicy", policyDocument: LabFixture.allow("s3:ListBucket"), caller: root, in: &fixture.lab)
            _ = try fixture.service.createPolicyVersion(policyArn: "arn:aws:iam::\(account):policy/BobPolicy", policyDocument: adminDocument,
                                                        caller: root, in: &fixture.lab)
            _ = try fixture.service.createRole(roleName: "Target", assumeRolePolicyDocument: LabFixture.trust(principal: "arn:aws:iam::\(account):root"),
                                               caller: root, in: &fixture.lab)
        }
        let devRoot = fixture.devRoot
        try fixture.service.addUserToGroup(groupName: "Devs", userName: "bob", caller: devRoot, in: &fixture.lab)
        try fixture.service.attachUserPolicy(userName: "bob", policyArn: "arn:aws:iam::123456789012:policy/BobPolicy", caller: devRoot, in: &fixture.lab)
        return (fixture.service, fixture.lab)
    }

    static let bob = Caller.user(LabFixture.development, "bob")

    @Test(arguments: paths)
    func withThePermissionTheStepSucceeds(path: Path) throws {
        var (service, lab) = try Self.lab()
        try service.putUserPolicy(userName: "bob", policyName: "grant", policyDocument: LabFixture.allow(path.action),
                                  caller: .root(accountID: LabFixture.development), in: &lab)
        #expect(throws: Never.self) { try path.step(service, &lab, Self.bob, LabFixture.development) }
    }

    @Test(arguments: paths)
    func withoutItAccessDeniedInAWSWords(path: Path) throws {
        var (service, lab) = try Self.lab()
        let error = LabFixture.error { () throws(ServiceError) in try path.step(service, &lab, Self.bob, LabFixture.development) }
        let resource = path.resource(LabFixture.development)
        #expect(error == ServiceError.accessDenied(
            "User: arn:aws:iam::123456789012:user/bob is not authorized to perform: \(path.action) on resource: \(resource) because no identity-based policy allows the \(path.action) action"))
    }

    @Test(arguments: paths)
    func acrossAccountsNever(path: Path) throws {
        var (service, lab) = try Self.lab()
        try service.attachUserPolicy(userName: "bob", policyArn: Self.admin, caller: .root(accountID: LabFixture.development), in: &lab)
        let before = try Self.snapshot(LabFixture.production, lab)
        let error = LabFixture.error { () throws(ServiceError) in try path.step(service, &lab, Self.bob, LabFixture.production) }
        if path.byARN {
            let resource = path.resource(LabFixture.production)
            #expect(error == ServiceError.accessDenied(
                "User: arn:aws:iam::123456789012:user/bob is not authorized to perform: \(path.action) on resource: \(resource) because no resource-based policy allows the \(path.action) action"))
        }
        #expect(try Self.snapshot(LabFixture.production, lab) == before)
        // Whatever the step did, it did it in bob's own account: nothing of production's changed,
        // and bob holds no session of a production role.
        let sessions = try lab.records(AccessKey.self, in: RecordKey.labScope).filter {
            if case .roleSession(let session) = $0.owner { return session.accountID == LabFixture.production }
            return false
        }
        #expect(sessions.isEmpty)
    }

    static func snapshot(_ account: String, _ lab: InMemoryLab) throws -> String {
        let users = try lab.records(User.self, in: account)
        let groups = try lab.records(Group.self, in: account)
        let roles = try lab.records(Role.self, in: account)
        let policies = try lab.records(ManagedPolicy.self, in: account)
        return "\(users)\(groups)\(roles)\(policies)"
    }

    // MARK: The analysis

    @Test func bobHoldingCreatePolicyVersionIsFlaggedWithThePath() throws {
        var (service, lab) = try Self.lab()
        try service.putUserPolicy(userName: "bob", policyName: "grant", policyDocument: LabFixture.allow("iam:CreatePolicyVersion"),
                                  caller: .root(accountID: LabFixture.development), in: &lab)
        let findings = try service.escalationFindings(forUser: "bob", accountID: LabFixture.development, in: lab)
        #expect(findings.map(\.summary) == ["bob can make himself an administrator: iam:CreatePolicyVersion on a policy attached to him"])
        #expect(findings.first?.resource == "arn:aws:iam::123456789012:policy/BobPolicy")
        #expect(findings.first?.path.first?.hasPrefix("rolecall iam create-policy-version --policy-arn arn:aws:iam::123456789012:policy/BobPolicy") == true)
    }

    @Test(arguments: paths)
    func everyPathIsFlagged(path: Path) throws {
        var (service, lab) = try Self.lab()
        #expect(try service.escalationFindings(forUser: "bob", accountID: LabFixture.development, in: lab).isEmpty)
        // A policy on a role is bob's only once he can assume it: the role rows add sts:AssumeRole.
        let extra = path.resource(LabFixture.development).contains(":role/") && path.action != "iam:UpdateAssumeRolePolicy"
        let grant = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["\#(path.action)"\#(extra ? #","sts:AssumeRole""# : "")],"Resource":"*"}]}"#
        try service.putUserPolicy(userName: "bob", policyName: "grant", policyDocument: grant,
                                  caller: .root(accountID: LabFixture.development), in: &lab)
        let findings = try service.escalationFindings(forUser: "bob", accountID: LabFixture.development, in: lab)
        #expect(findings.contains { $0.action == path.action && $0.resource == path.resource(LabFixture.development) }, "\(findings)")
    }

    @Test func roleWithPutRolePolicyOnItselfIsFlagged() throws {
        var (service, lab) = try Self.lab()
        let root = Caller.root(accountID: LabFixture.development)
        try service.putRolePolicy(roleName: "Target", policyName: "self", policyDocument: LabFixture.allow("iam:PutRolePolicy", "arn:aws:iam::123456789012:role/Target"),
                                  caller: root, in: &lab)
        let findings = try service.escalationFindings(forRole: "Target", accountID: LabFixture.development, in: lab)
        #expect(findings.map(\.summary) == ["role Target can make itself an administrator: iam:PutRolePolicy on itself"])
    }
}
