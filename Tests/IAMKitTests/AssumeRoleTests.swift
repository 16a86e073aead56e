import IAMPolicy
import Testing
@testable import IAMKit

/// STS AssumeRole as AWS decides it: trust policy plus, for account or cross-account trust, the
/// caller's identity policy; MFA, external ID, root, durations, chaining, expiry.
/// https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
@Suite struct AssumeRoleTests {
    static let prodRoleARN = "arn:aws:iam::111111111111:role/Target"
    static let devRoleARN = "arn:aws:iam::123456789012:role/Local"

    enum Expect: Sendable { case allowed, denied }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var roleInDevelopment: Bool
        var trustPrincipal: String
        var identityPolicy: Bool
        var expect: Expect
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "same account, account principal, identity policy", roleInDevelopment: true, trustPrincipal: "arn:aws:iam::123456789012:root", identityPolicy: true, expect: .allowed),
        Case(name: "same account, account principal, no identity policy", roleInDevelopment: true, trustPrincipal: "arn:aws:iam::123456789012:root", identityPolicy: false, expect: .denied),
        Case(name: "same account, 12-digit account principal, identity policy", roleInDevelopment: true, trustPrincipal: "123456789012", identityPolicy: true, expect: .allowed),
        Case(name: "same account, user principal, no identity policy", roleInDevelopment: true, trustPrincipal: "arn:aws:iam::123456789012:user/alice", identityPolicy: false, expect: .allowed),
        Case(name: "cross account, account principal, identity policy", roleInDevelopment: false, trustPrincipal: "arn:aws:iam::123456789012:root", identityPolicy: true, expect: .allowed),
        Case(name: "cross account, account principal, no identity policy", roleInDevelopment: false, trustPrincipal: "arn:aws:iam::123456789012:root", identityPolicy: false, expect: .denied),
        Case(name: "cross account, user principal, no identity policy", roleInDevelopment: false, trustPrincipal: "arn:aws:iam::123456789012:user/alice", identityPolicy: false, expect: .denied),
        Case(name: "cross account, user principal, identity policy", roleInDevelopment: false, trustPrincipal: "arn:aws:iam::123456789012:user/alice", identityPolicy: true, expect: .allowed),
        Case(name: "cross account, other account trusted", roleInDevelopment: false, trustPrincipal: "arn:aws:iam::111111111111:root", identityPolicy: true, expect: .denied),
    ])
    func trustAndIdentityMatrix(_ test: Case) throws {
        var fixture = LabFixture()
        let account = test.roleInDevelopment ? LabFixture.development : LabFixture.production
        let alice = try fixture.user("alice", policy: test.identityPolicy ? LabFixture.allow("sts:AssumeRole") : nil)
        let roleName = test.roleInDevelopment ? "Local" : "Target"
        _ = try fixture.service.createRole(roleName: roleName, assumeRolePolicyDocument: LabFixture.trust(principal: test.trustPrincipal),
                                           caller: .root(accountID: account), in: &fixture.lab)
        let arn = test.roleInDevelopment ? Self.devRoleARN : Self.prodRoleARN
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.assumeRole(.init(roleArn: arn, roleSessionName: "alice-session"), caller: alice, in: &fixture.lab)
        }
        switch test.expect {
        case .allowed:
            #expect(error == nil)
        case .denied:
            #expect(error == ServiceError.accessDenied("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: sts:AssumeRole on resource: \(arn)"))
            #expect(error?.httpStatus == 403)
            #expect(error?.explanation != nil)
        }
    }

    @Test func successReturnsSessionInAWSShapes() throws {
        var fixture = LabFixture()
        let alice = try fixture.user("alice", policy: LabFixture.allow("sts:AssumeRole"))
        let role = try fixture.role("Target", trust: LabFixture.trust(principal: "arn:aws:iam::123456789012:root"), path: "/dev/")
        let result = try fixture.service.assumeRole(.init(roleArn: role.arn, roleSessionName: "alice-session"), caller: alice, in: &fixture.lab)
        #expect(result.credentials.accessKeyID.hasPrefix("ASIA") && result.credentials.accessKeyID.count == 20)
        #expect(result.credentials.secretAccessKey.count == 40)
        #expect(result.credentials.sessionToken?.isEmpty == false)
        #expect(result.credentials.expiration == LabFixture.now.adding(seconds: 3600))
        #expect(result.session.arn == "arn:aws:sts::111111111111:assumed-role/Target/alice-session")
        #expect(result.session.assumedRoleID == "\(role.roleID):alice-session")
        let identity = try fixture.service.getCallerIdentity(caller: result.caller, in: fixture.lab)
        #expect(identity == .init(userID: "\(role.roleID):alice-session", account: "111111111111", arn: "arn:aws:sts::111111111111:assumed-role/Target/alice-session"))
        // The issued keys resolve back to the session.
        let resolved = try fixture.service.caller(accessKeyID: result.credentials.accessKeyID, secretAccessKey: result.credentials.secretAccessKey,
                                                  sessionToken: result.credentials.sessionToken, in: fixture.lab)
        #expect(resolved == result.caller)
        #expect(try fixture.service.getRole(roleName: "Target", caller: fixture.prodRoot, in: fixture.lab).lastUsedDate == LabFixture.now)
    }

    @Test func missingRoleIsAccessDeniedNotNoSuchEntity() throws {
        var fixture = LabFixture()
        let alice = try fixture.user("alice", policy: LabFixture.allow("sts:AssumeRole"))
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.assumeRole(.init(roleArn: "arn:aws:iam::111111111111:role/Nope", roleSessionName: "s1"), caller: alice, in: &fixture.lab)
        }
        #expect(error == ServiceError.accessDenied("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111111111111:role/Nope"))
    }

    @Test func rootMayNotAssumeRoles() throws {
        var fixture = LabFixture()
        try fixture.role("Target", trust: LabFixture.trust(principal: "arn:aws:iam::123456789012:root"))
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.assumeRole(.init(roleArn: Self.prodRoleARN, roleSessionName: "root"), caller: fixture.devRoot, in: &fixture.lab)
        }
        #expect(error == ServiceError.accessDenied("Roles may not be assumed by root accounts."))
    }

    @Test(arguments: [
        (AssumeRoleRequestSpec(session: "a"), "1 validation error detected: Value 'a' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2"),
        (AssumeRoleRequestSpec(session: "has space"), "1 validation error detected: Value 'has space' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*"),
        (AssumeRoleRequestSpec(duration: 899), "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900"),
        (AssumeRoleRequestSpec(externalID: "x"), "1 validation error detected: Value 'x' at 'externalId' failed to satisfy constraint: Member must have length greater than or equal to 2"),
        (AssumeRoleRequestSpec(tokenCode: "12345"), "1 validation error detected: Value '12345' at 'tokenCode' failed to satisfy constraint: Member must have length greater than or equal to 6"),
        (AssumeRoleRequestSpec(duration: 7200), "The requested DurationSeconds exceeds the MaxSessionDuration set for this role."),
    ])
    func parameterChecksComeFirst(spec: AssumeRoleRequestSpec, message: String) throws {
        var fixture = LabFixture()
        // No identity policy: the parameter errors must win over the (failing) policy check.
        let alice = try fixture.user("alice")
        try fixture.role("Target", trust: LabFixture.trust(principal: "arn:aws:iam::123456789012:root"))
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.assumeRole(spec.request(Self.prodRoleARN), caller: alice, in: &fixture.lab)
        }
        #expect(error?.code == "ValidationError")
        #expect(error?.message == message)
    }

    @Test func roleChainingIsCappedAtOneHour() throws {
        var fixture = LabFixture()
        let alice = try fixture.user("alice", policy: LabFixture.allow("sts:AssumeRole"))
        try fixture.role("First", trust: LabFixture.trust(principal: "arn:aws:iam::123456789012:root"), maxSessionDuration: 43200)
        let second = LabFixture.trust(principal: "arn:aws:iam::111111111111:role/First")
        try fixture.role("Second", trust: second, maxSessionDuration: 43200)
        try fixture.service.putRolePolicy(roleName: "First", policyName: "chain", policyDocument: LabFixture.allow("sts:AssumeRole"),
                                          caller: fixture.prodRoot, in: &fixture.lab)
        let first = try fixture.service.assumeRole(.init(roleArn: "arn:aws:iam::111111111111:role/First", roleSessionName: "one", durationSeconds: 43200),
                                                   caller: alice, in: &fixture.lab)
        #expect(first.credentials.expiration == LabFixture.now.adding(seconds: 43200))
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.assumeRole(.init(roleArn: "arn:aws:iam::111111111111:role/Second", roleSessionName: "two", durationSeconds: 7200),
                                               caller: first.caller, in: &fixture.lab)
        }
        #expect(error == ServiceError.validation("The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining."))
        let chained = try fixture.service.assumeRole(.init(roleArn: "arn:aws:iam::111111111111:role/Second", roleSessionName: "two"),
                                                     caller: first.caller, in: &fixture.lab)
        #expect(chained.session.arn == "arn:aws:sts::111111111111:assumed-role/Second/two")
    }

    @Test func expiredSessionIsExpiredToken() throws {
        var fixture = LabFixture()
        let alice = try fixture.user("alice", policy: LabFixture.allow("sts:AssumeRole"))
        try fixture.role("Target", trust: LabFixture.trust(principal: "arn:aws:iam::123456789012:root"))
        try fixture.service.putRolePolicy(roleName: "Target", policyName: "list", policyDocument: LabFixture.allow("iam:ListRoles"),
                                          caller: fixture.prodRoot, in: &fixture.lab)
        let result = try fixture.service.assumeRole(.init(roleArn: Self.prodRoleARN, roleSessionName: "s1", durationSeconds: 900), caller: alice, in: &fixture.lab)
        #expect(throws: Never.self) { _ = try fixture.service.listRoles(caller: result.caller, in: fixture.lab) }
        fixture.setTime(LabFixture.now.adding(seconds: 900))
        let error = LabFixture.error { () throws(ServiceError) in _ = try fixture.service.listRoles(caller: result.caller, in: fixture.lab) }
        #expect(error == ServiceError.expiredToken)
        let viaKey = LabFixture.error { () throws(ServiceError) in _ = try fixture.service.caller(accessKeyID: result.credentials.accessKeyID, in: fixture.lab) }
        #expect(viaKey?.code == "ExpiredToken")
    }

    @Test(arguments: [("ext-123", true), ("EXT-123", false), (nil, false)] as [(String?, Bool)])
    func externalID(given: String?, allowed: Bool) throws {
        var fixture = LabFixture()
        let alice = try fixture.user("alice", policy: LabFixture.allow("sts:AssumeRole"))
        try fixture.role("Target", trust: LabFixture.trust(principal: "arn:aws:iam::123456789012:root",
                                                           condition: #"{"StringEquals":{"sts:ExternalId":"ext-123"}}"#))
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.assumeRole(.init(roleArn: Self.prodRoleARN, roleSessionName: "s1", externalId: given), caller: alice, in: &fixture.lab)
        }
        #expect((error == nil) == allowed)
        if !allowed { #expect(error?.code == "AccessDenied") }
    }

    @Test func explicitDenyInCallerPolicyWinsOverDirectTrust() throws {
        var fixture = LabFixture()
        let alice = try fixture.user("alice", policy: LabFixture.deny("sts:AssumeRole"))
        try fixture.service.createRole(roleName: "Local", assumeRolePolicyDocument: LabFixture.trust(principal: "arn:aws:iam::123456789012:user/alice"),
                                       caller: fixture.devRoot, in: &fixture.lab)
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.assumeRole(.init(roleArn: Self.devRoleARN, roleSessionName: "s1"), caller: alice, in: &fixture.lab)
        }
        #expect(error?.code == "AccessDenied")
        #expect(error?.explanation?.outcome == .explicitDeny)
    }

    @Test func sessionHasOnlyTheRolesPermissions() throws {
        var fixture = LabFixture()
        let alice = try fixture.user("alice", policy: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sts:AssumeRole","s3:*"],"Resource":"*"}]}"#)
        try fixture.role("Target", trust: LabFixture.trust(principal: "arn:aws:iam::123456789012:root"))
        try fixture.service.putRolePolicy(roleName: "Target", policyName: "list", policyDocument: LabFixture.allow("s3:ListBucket"),
                                          caller: fixture.prodRoot, in: &fixture.lab)
        let session = try fixture.service.assumeRole(.init(roleArn: Self.prodRoleARN, roleSessionName: "s1"), caller: alice, in: &fixture.lab).caller
        #expect(try fixture.service.decision(for: session, action: "s3:ListBucket", resource: "arn:aws:s3:::b", in: fixture.lab).isAllowed)
        #expect(try !fixture.service.decision(for: session, action: "s3:GetObject", resource: "arn:aws:s3:::b/k", in: fixture.lab).isAllowed)
        #expect(try fixture.service.decision(for: alice, action: "s3:GetObject", resource: "arn:aws:s3:::b/k", in: fixture.lab).isAllowed)
    }

    @Test func sessionPolicyNarrowsTheSession() throws {
        var fixture = LabFixture()
        let alice = try fixture.user("alice", policy: LabFixture.allow("sts:AssumeRole"))
        try fixture.role("Target", trust: LabFixture.trust(principal: "arn:aws:iam::123456789012:root"))
        try fixture.service.attachRolePolicy(roleName: "Target", policyArn: "arn:aws:iam::aws:policy/AmazonS3FullAccess", caller: fixture.prodRoot, in: &fixture.lab)
        let result = try fixture.service.assumeRole(.init(roleArn: Self.prodRoleARN, roleSessionName: "s1", policy: LabFixture.allow("s3:ListBucket")),
                                                    caller: alice, in: &fixture.lab)
        #expect(result.packedPolicySize != nil)
        #expect(try fixture.service.decision(for: result.caller, action: "s3:ListBucket", resource: "arn:aws:s3:::b", in: fixture.lab).isAllowed)
        #expect(try !fixture.service.decision(for: result.caller, action: "s3:PutObject", resource: "arn:aws:s3:::b/k", in: fixture.lab).isAllowed)
    }
}

/// A compact way to write AssumeRole parameter variations.
struct AssumeRoleRequestSpec: Sendable, CustomTestStringConvertible {
    var session = "valid-session"
    var duration: Int?
    var externalID: String?
    var tokenCode: String?

    func request(_ arn: String) -> IAMService.AssumeRoleRequest {
        .init(roleArn: arn, roleSessionName: session, durationSeconds: duration, externalId: externalID,
              serialNumber: tokenCode == nil ? nil : "arn:aws:iam::123456789012:mfa/alice", tokenCode: tokenCode)
    }

    var testDescription: String { "session=\(session) duration=\(duration.map(String.init) ?? "-") externalID=\(externalID ?? "-")" }
}
