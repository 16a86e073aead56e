import IAMPolicy
import Testing
@testable import IAMKit

/// The seed, end to end in process: "Creating a role to delegate permissions to an IAM user".
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_configure-api-require.html
@Suite struct SeedStoryTests {
    static let seedPolicy = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::example_bucket"}}"#
    static let roleARN = "arn:aws:iam::111111111111:role/Test-UserAccess-Role"

    /// Production role trusting development with MFA; a dev user allowed to assume it, with an
    /// enabled virtual MFA device. Returns the user caller and the device's serial number.
    static func prepare(_ fixture: inout LabFixture) throws -> (Caller, MFADevice) {
        let role = try fixture.service.createRole(roleName: "Test-UserAccess-Role", assumeRolePolicyDocument: LabFixture.seedTrust,
                                                  caller: fixture.prodRoot, in: &fixture.lab)
        #expect(role.arn == roleARN)
        try fixture.service.putRolePolicy(roleName: "Test-UserAccess-Role", policyName: "Policy", policyDocument: seedPolicy,
                                          caller: fixture.prodRoot, in: &fixture.lab)
        let alice = try fixture.user("alice", policy: LabFixture.allow("sts:AssumeRole", roleARN))
        let created = try fixture.service.createVirtualMFADevice(virtualMFADeviceName: "alice", caller: fixture.devRoot, in: &fixture.lab)
        #expect(created.serialNumber == "arn:aws:iam::123456789012:mfa/alice")
        #expect(created.otpauthURI.hasPrefix("otpauth://totp/") && created.otpauthURI.contains("secret=\(created.base32StringSeed)"))
        let device = try #require(try fixture.lab.record(MFADevice.self, at: MFADevice.key(LabFixture.development, "alice")))
        let totp = try #require(device.totp)
        let step = totp.step(at: LabFixture.now)
        try fixture.service.enableMFADevice(userName: "alice", serialNumber: created.serialNumber,
                                            authenticationCode1: totp.code(counter: step - 1), authenticationCode2: totp.code(counter: step),
                                            caller: fixture.devRoot, in: &fixture.lab)
        return (alice, device)
    }

    @Test func fullStoryAllowsListBucketAndNothingElse() throws {
        var fixture = LabFixture()
        let (alice, device) = try Self.prepare(&fixture)
        let code = try #require(device.totp).code(at: LabFixture.now)
        let result = try fixture.service.assumeRole(.init(roleArn: Self.roleARN, roleSessionName: "alice", serialNumber: device.serialNumber,
                                                          tokenCode: code), caller: alice, in: &fixture.lab)
        #expect(result.session.arn == "arn:aws:sts::111111111111:assumed-role/Test-UserAccess-Role/alice")
        let session = result.caller
        #expect(try fixture.service.decision(for: session, action: "s3:ListBucket", resource: "arn:aws:s3:::example_bucket", in: fixture.lab).isAllowed)
        #expect(try !fixture.service.decision(for: session, action: "iam:CreateUser", resource: "arn:aws:iam::111111111111:user/x", in: fixture.lab).isAllowed)
        let createUser = LabFixture.error { () throws(ServiceError) in _ = try fixture.service.createUser(userName: "x", caller: session, in: &fixture.lab) }
        #expect(createUser?.message == "User: arn:aws:sts::111111111111:assumed-role/Test-UserAccess-Role/alice is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::111111111111:user/x because no identity-based policy allows the iam:CreateUser action")
    }

    @Test func sessionCallsCarryNoMFAInformation() throws {
        var fixture = LabFixture()
        let (alice, device) = try Self.prepare(&fixture)
        let mfaOnly = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}"#
        try fixture.service.putRolePolicy(roleName: "Test-UserAccess-Role", policyName: "MFAOnly", policyDocument: mfaOnly,
                                          caller: fixture.prodRoot, in: &fixture.lab)
        let code = try #require(device.totp).code(at: LabFixture.now)
        let session = try fixture.service.assumeRole(.init(roleArn: Self.roleARN, roleSessionName: "alice", serialNumber: device.serialNumber,
                                                           tokenCode: code), caller: alice, in: &fixture.lab).caller
        let decision = try fixture.service.decision(for: session, action: "s3:GetObject", resource: "arn:aws:s3:::example_bucket/k", in: fixture.lab)
        #expect(decision.outcome == .implicitDeny)
        #expect(decision.missingContextKeys == ["aws:MultiFactorAuthPresent"])
    }

    @Test func withoutMFATheTrustRefuses() throws {
        var fixture = LabFixture()
        let (alice, _) = try Self.prepare(&fixture)
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.assumeRole(.init(roleArn: Self.roleARN, roleSessionName: "alice"), caller: alice, in: &fixture.lab)
        }
        #expect(error?.message == "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: sts:AssumeRole on resource: \(Self.roleARN)")
        // Long-term keys carry no MFA: the key is missing from the context, not "false".
        #expect(error?.explanation?.missingContextKeys.contains("aws:MultiFactorAuthPresent") == true)
    }

    @Test func sessionTokenWithoutMFACarriesFalse() throws {
        var fixture = LabFixture()
        let (alice, _) = try Self.prepare(&fixture)
        let key = try fixture.service.getSessionToken(caller: alice, in: &fixture.lab)
        let tokenCaller = try fixture.service.caller(accessKeyID: key.accessKeyID, in: fixture.lab)
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.assumeRole(.init(roleArn: Self.roleARN, roleSessionName: "alice"), caller: tokenCaller, in: &fixture.lab)
        }
        #expect(error?.code == "AccessDenied")
        #expect(error?.explanation?.missingContextKeys.isEmpty == true)
    }

    @Test func sessionTokenWithMFAThenAssume() throws {
        var fixture = LabFixture()
        let (alice, device) = try Self.prepare(&fixture)
        let code = try #require(device.totp).code(at: LabFixture.now)
        let key = try fixture.service.getSessionToken(serialNumber: device.serialNumber, tokenCode: code, caller: alice, in: &fixture.lab)
        #expect(key.expiration == LabFixture.now.adding(seconds: 43200))
        let tokenCaller = try fixture.service.caller(accessKeyID: key.accessKeyID, in: fixture.lab)
        #expect(throws: Never.self) {
            _ = try fixture.service.assumeRole(.init(roleArn: Self.roleARN, roleSessionName: "alice"), caller: tokenCaller, in: &fixture.lab)
        }
    }

    @Test(arguments: [-30, 0, 30] as [Int64])
    func totpDriftOfOneStepIsAccepted(offset: Int64) throws {
        var fixture = LabFixture()
        let (alice, device) = try Self.prepare(&fixture)
        let code = try #require(device.totp).code(at: LabFixture.now.adding(seconds: offset))
        #expect(throws: Never.self) {
            _ = try fixture.service.assumeRole(.init(roleArn: Self.roleARN, roleSessionName: "alice", serialNumber: device.serialNumber,
                                                     tokenCode: code), caller: alice, in: &fixture.lab)
        }
    }

    @Test func wrongOrUnknownMFA() throws {
        var fixture = LabFixture()
        let (alice, device) = try Self.prepare(&fixture)
        let stale = try #require(device.totp).code(at: LabFixture.now.adding(seconds: -90))
        let wrong = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.assumeRole(.init(roleArn: Self.roleARN, roleSessionName: "alice", serialNumber: device.serialNumber,
                                                     tokenCode: stale), caller: alice, in: &fixture.lab)
        }
        #expect(wrong == ServiceError.accessDenied("MultiFactorAuthentication failed with invalid MFA one time pass code."))
        let unknown = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.assumeRole(.init(roleArn: Self.roleARN, roleSessionName: "alice", serialNumber: "arn:aws:iam::123456789012:mfa/bob",
                                                     tokenCode: "123456"), caller: alice, in: &fixture.lab)
        }
        #expect(unknown == ServiceError.accessDenied("MultiFactorAuthentication failed, unable to validate MFA code. Please verify your MFA serial number is valid and associated with this user."))
    }

    @Test func enableMFANeedsTwoConsecutiveCodes() throws {
        var fixture = LabFixture()
        _ = try fixture.user("bob")
        let created = try fixture.service.createVirtualMFADevice(virtualMFADeviceName: "bob", caller: fixture.devRoot, in: &fixture.lab)
        let totp = TOTP(secret: try #require(Base32.decode(created.base32StringSeed)))
        let step = totp.step(at: LabFixture.now)
        let error = LabFixture.error { () throws(ServiceError) in
            try fixture.service.enableMFADevice(userName: "bob", serialNumber: created.serialNumber, authenticationCode1: totp.code(counter: step),
                                                authenticationCode2: totp.code(counter: step - 1), caller: fixture.devRoot, in: &fixture.lab)
        }
        #expect(error?.code == "InvalidAuthenticationCode")
        #expect(error?.message == "Authentication code for device is not valid.")
        try fixture.service.enableMFADevice(userName: "bob", serialNumber: created.serialNumber, authenticationCode1: totp.code(counter: step),
                                            authenticationCode2: totp.code(counter: step + 1), caller: fixture.devRoot, in: &fixture.lab)
        #expect(try fixture.service.listMFADevices(userName: "bob", caller: fixture.devRoot, in: fixture.lab).map(\.serialNumber) == [created.serialNumber])
        let inUse = LabFixture.error { () throws(ServiceError) in
            try fixture.service.deleteVirtualMFADevice(serialNumber: created.serialNumber, caller: fixture.devRoot, in: &fixture.lab)
        }
        #expect(inUse?.code == "DeleteConflict")
        try fixture.service.deactivateMFADevice(userName: "bob", serialNumber: created.serialNumber, caller: fixture.devRoot, in: &fixture.lab)
        try fixture.service.deleteVirtualMFADevice(serialNumber: created.serialNumber, caller: fixture.devRoot, in: &fixture.lab)
        #expect(try fixture.service.listVirtualMFADevices(caller: fixture.devRoot, in: fixture.lab).isEmpty)
    }
}
