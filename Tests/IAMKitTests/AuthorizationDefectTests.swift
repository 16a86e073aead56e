import IAMPolicy
import Testing
@testable import IAMKit

/// Regression tests for issue #12's five authorization defects, each reproducing the report.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html
@Suite struct AuthorizationDefectTests {
    static let prod = DemoLab.productionAccountID
    static let dev = DemoLab.developmentAccountID
    static let prodPolicy = "arn:aws:iam::111122223333:policy/PolicyForRole"

    /// The demo lab with AdministratorAccess attached to bob, and bob's long-term-key caller.
    static func demoWithAdminBob() throws -> (IAMService, InMemoryLab, Caller) {
        let service = IAMService(clock: FixedClock(LabFixture.now), ids: SeededIDGenerator(seed: 7), passwordRounds: 1_000)
        var lab = InMemoryLab()
        try DemoLab.populate(using: service, in: &lab)
        try service.attachUserPolicy(userName: "bob", policyArn: "arn:aws:iam::aws:policy/AdministratorAccess",
                                     caller: .root(accountID: dev), in: &lab)
        return (service, lab, Caller.user(dev, "bob"))
    }

    static func denial(_ action: String, by caller: String = "arn:aws:iam::123456789012:user/bob") -> String {
        "User: \(caller) is not authorized to perform: \(action) on resource: \(prodPolicy) because no resource-based policy allows the \(action) action"
    }

    // MARK: 1. Accounts are isolated

    @Test func administratorOfDevelopmentCannotChangeProductionsPolicy() throws {
        var (service, lab, bob) = try Self.demoWithAdminBob()
        let document = LabFixture.allow("*")
        let steps: [(String, () throws(ServiceError) -> Void)] = [
            ("iam:CreatePolicyVersion", { () throws(ServiceError) in
                _ = try service.createPolicyVersion(policyArn: Self.prodPolicy, policyDocument: document, setAsDefault: true, caller: bob, in: &lab) }),
            ("iam:DeletePolicyVersion", { () throws(ServiceError) in
                try service.deletePolicyVersion(policyArn: Self.prodPolicy, versionId: "v1", caller: bob, in: &lab) }),
            ("iam:DeletePolicy", { () throws(ServiceError) in try service.deletePolicy(policyArn: Self.prodPolicy, caller: bob, in: &lab) }),
            ("iam:GetPolicy", { () throws(ServiceError) in _ = try service.getPolicy(policyArn: Self.prodPolicy, caller: bob, in: lab) }),
            ("iam:TagPolicy", { () throws(ServiceError) in
                try service.tagPolicy(policyArn: Self.prodPolicy, tags: [Tag(key: "owner", value: "bob")], caller: bob, in: &lab) }),
        ]
        for (action, step) in steps {
            let error = LabFixture.error(step)
            #expect(error == ServiceError.accessDenied(Self.denial(action)), "\(action)")
        }
        let policy = try service.getPolicy(policyArn: Self.prodPolicy, caller: .root(accountID: Self.prod), in: lab)
        #expect(policy.defaultVersionID == "v1")
        #expect(try service.listPolicyTags(policyArn: Self.prodPolicy, caller: .root(accountID: Self.prod), in: lab).items.isEmpty)
    }

    @Test func rootOfOneAccountCannotTouchAnotherAccountsIAM() throws {
        var (service, lab, _) = try Self.demoWithAdminBob()
        let devRoot = Caller.root(accountID: Self.dev)
        let error = LabFixture.error { () throws(ServiceError) in try service.deletePolicy(policyArn: Self.prodPolicy, caller: devRoot, in: &lab) }
        #expect(error == ServiceError.accessDenied(Self.denial("iam:DeletePolicy", by: "arn:aws:iam::123456789012:root")))
        // AWS managed policies stay readable from every account.
        #expect(throws: Never.self) {
            _ = try service.getPolicy(policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess", caller: Caller.user(Self.dev, "bob"), in: lab)
        }
    }

    // MARK: 2. Authorization fails closed

    @Test func unreadableDenyPolicyStopsTheRequest() throws {
        var fixture = LabFixture()
        let dana = try fixture.user("dana", policy: LabFixture.allow("iam:*"))
        let deny = LabFixture.deny("iam:CreateUser")
        try fixture.service.putUserPolicy(userName: "dana", policyName: "deny", policyDocument: deny, caller: fixture.devRoot, in: &fixture.lab)
        // A person removes the last `}` of the stored Deny policy by hand.
        var user = try #require(try fixture.lab.fetch(User.self, User.key(LabFixture.development, "dana")))
        user.inlinePolicies[1].document = String(deny.dropLast())
        try fixture.lab.save(user)
        let error = LabFixture.error { () throws(ServiceError) in _ = try fixture.service.createUser(userName: "x", caller: dana, in: &fixture.lab) }
        #expect(error?.code == "ServiceFailure")
        let message = error?.message ?? ""
        #expect(message.hasPrefix("The inline policy \"deny\" of user dana (lab record 123456789012/user/dana) cannot be read: line 1, column "), "\(message)")
        #expect(message.contains("Syntax errors in policy."))
        #expect((error?.underlying as? UnreadablePolicyError)?.policyError.position?.line == 1)
        #expect(try fixture.lab.fetch(User.self, User.key(LabFixture.development, "x")) == nil)
    }

    @Test func unreadableBoundaryStopsTheRequest() throws {
        var fixture = LabFixture()
        let erin = try fixture.user("erin", policy: LabFixture.allow("iam:*"))
        let boundary = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"iam:List*\", \"Resource\": \"*\"}\n}"
        _ = try fixture.service.createPolicy(policyName: "OnlyList", policyDocument: boundary, caller: fixture.devRoot, in: &fixture.lab)
        try fixture.service.putUserPermissionsBoundary(userName: "erin", permissionsBoundary: "arn:aws:iam::123456789012:policy/OnlyList",
                                                       caller: fixture.devRoot, in: &fixture.lab)
        var policy = try #require(try fixture.lab.fetch(ManagedPolicy.self, ManagedPolicy.key(LabFixture.development, "OnlyList")))
        policy.versions[0].document = String(boundary.dropLast())
        try fixture.lab.save(policy)
        let error = LabFixture.error { () throws(ServiceError) in _ = try fixture.service.createUser(userName: "x", caller: erin, in: &fixture.lab) }
        #expect(error?.code == "ServiceFailure")
        #expect(error?.message.hasPrefix("The permissions boundary arn:aws:iam::123456789012:policy/OnlyList of user erin "
            + "(lab record 123456789012/policy/onlylist) cannot be read: line 4, column ") == true, "\(error?.message ?? "")")
    }

    // MARK: 3. iam:PolicyARN and iam:PermissionsBoundary are in the request context

    @Test func mayAttachOnlyReadOnlyAccess() throws {
        var fixture = LabFixture()
        let policy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:AttachUserPolicy","Resource":"*","Condition":{"ArnEquals":{"iam:PolicyARN":"arn:aws:iam::aws:policy/ReadOnlyAccess"}}}]}"#
        let lead = try fixture.user("lead", policy: policy)
        try fixture.user("intern")
        #expect(throws: Never.self) {
            try fixture.service.attachUserPolicy(userName: "intern", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess", caller: lead, in: &fixture.lab)
        }
        let error = LabFixture.error { () throws(ServiceError) in
            try fixture.service.attachUserPolicy(userName: "intern", policyArn: "arn:aws:iam::aws:policy/AdministratorAccess", caller: lead, in: &fixture.lab)
        }
        #expect(error?.message == "User: arn:aws:iam::123456789012:user/lead is not authorized to perform: iam:AttachUserPolicy on resource: arn:aws:iam::123456789012:user/intern because no identity-based policy allows the iam:AttachUserPolicy action")
    }

    @Test func mayCreateRolesOnlyWithTheBoundary() throws {
        var fixture = LabFixture()
        _ = try fixture.service.createPolicy(policyName: "Fence", policyDocument: LabFixture.allow("s3:*"), caller: fixture.devRoot, in: &fixture.lab)
        let fence = "arn:aws:iam::123456789012:policy/Fence"
        let policy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:CreateRole","Resource":"*","Condition":{"StringEquals":{"iam:PermissionsBoundary":"\#(fence)"}}}]}"#
        let lead = try fixture.user("lead", policy: policy)
        #expect(throws: Never.self) {
            _ = try fixture.service.createRole(roleName: "Fenced", assumeRolePolicyDocument: LabFixture.seedTrust, permissionsBoundary: fence,
                                               caller: lead, in: &fixture.lab)
        }
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.createRole(roleName: "Free", assumeRolePolicyDocument: LabFixture.seedTrust, caller: lead, in: &fixture.lab)
        }
        #expect(error?.code == "AccessDenied")
    }

    // MARK: 4. The simulator uses the whole request

    static let allowS3 = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#

    @Test func simulatedCrossAccountRequestNeedsTheResourcePolicyToo() throws {
        let fixture = LabFixture()
        let bucket = "arn:aws:s3:::prod-bucket/report.csv"
        func decide(_ resourcePolicy: String?) throws -> String? {
            try fixture.service.simulateCustomPolicy(policyInputList: [Self.allowS3], actionNames: ["s3:GetObject"], resourceArns: [bucket],
                                                     resourcePolicy: resourcePolicy, resourceOwner: LabFixture.production,
                                                     callerArn: "arn:aws:iam::123456789012:user/bob", caller: fixture.devRoot, in: fixture.lab)
                .first?.evalDecision
        }
        #expect(try decide(nil) == "implicitDeny")
        let grants = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:user/bob"},"Action":"s3:GetObject","Resource":"*"}]}"#
        #expect(try decide(grants) == "allowed")
        let denies = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:user/bob"},"Action":"s3:GetObject","Resource":"*"},{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*"}]}"#
        #expect(try decide(denies) == "explicitDeny")
    }

    @Test func simulatedSessionPolicyRemovesWhatItLeavesOut() throws {
        let fixture = LabFixture()
        let session = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject"],"Resource":"*"}]}"#
        let results = try fixture.service.simulateCustomPolicy(policyInputList: [Self.allowS3], actionNames: ["s3:GetObject", "s3:DeleteObject"],
                                                               sessionPolicyInputList: [session], caller: fixture.devRoot, in: fixture.lab)
        #expect(results.map(\.evalDecision) == ["allowed", "implicitDeny"])
    }

    @Test func simulatedResourcePolicyNamingTheRoleMatchesItsSessions() throws {
        var fixture = LabFixture()
        try fixture.role("Reader", trust: LabFixture.seedTrust)
        let resource = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:role/Reader"},"Action":"s3:GetObject","Resource":"*"}]}"#
        let results = try fixture.service.simulatePrincipalPolicy(
            policySourceArn: "arn:aws:sts::111111111111:assumed-role/Reader/alice", actionNames: ["s3:GetObject"],
            resourceArns: ["arn:aws:s3:::prod-bucket/a"], resourcePolicy: resource, caller: fixture.prodRoot, in: fixture.lab)
        #expect(results.first?.evalDecision == "allowed")
        #expect(results.first?.matchedStatements.first?.sourcePolicyType == "resource")
    }

    @Test func simulatorRefusesWhatItCannotSimulate() throws {
        var fixture = LabFixture()
        let parameters: JSONValue = .object(JSONObject(pairs: [
            ("PolicyInputList", .array([.string(Self.allowS3)])), ("ActionNames", .array([.string("ec2:RunInstances")])),
            ("ResourceHandlingOption", .string("EC2-VPC-InstanceStore")),
        ]))
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.call(service: "iam", operation: "SimulateCustomPolicy", parameters: parameters, caller: fixture.devRoot, in: &fixture.lab)
        }
        #expect(error?.code == "InvalidInput")
        #expect(error?.message.contains("ResourceHandlingOption") == true)
        let badCaller = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.simulateCustomPolicy(policyInputList: [Self.allowS3], actionNames: ["s3:GetObject"],
                                                         callerArn: "arn:aws:sts::123456789012:assumed-role/R/s", caller: fixture.devRoot, in: fixture.lab)
        }
        #expect(badCaller?.code == "InvalidInput")
    }

    // MARK: 5. A session is valid only between its issue time and its expiry

    @Test func sessionUsedBeforeItsIssueTimeIsRefused() throws {
        var fixture = LabFixture()
        try fixture.role("R", trust: LabFixture.trust(principal: "arn:aws:iam::123456789012:root"))
        let bob = try fixture.user("bob", policy: LabFixture.allow("sts:AssumeRole"))
        let assumed = try fixture.service.assumeRole(.init(roleArn: "arn:aws:iam::111111111111:role/R", roleSessionName: "s1"),
                                                     caller: bob, in: &fixture.lab)
        fixture.setTime(LabFixture.now.adding(seconds: -60))
        let byKey = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.caller(accessKeyID: assumed.credentials.accessKeyID, in: fixture.lab)
        }
        #expect(byKey?.code == "InvalidClientTokenId")
        #expect(byKey?.message.contains("it was issued at 2026-11-29T06:00:00Z, after the lab's current time 2026-11-29T05:59:00Z") == true)
        let byCall = LabFixture.error { () throws(ServiceError) in _ = try fixture.service.listRoles(caller: assumed.caller, in: fixture.lab) }
        #expect(byCall?.code == "InvalidClientTokenId")
        fixture.setTime(LabFixture.now.adding(seconds: 3600))
        #expect(LabFixture.error { () throws(ServiceError) in _ = try fixture.service.listRoles(caller: assumed.caller, in: fixture.lab) }?.code == "ExpiredToken")
    }
}
