import IAMKit
import IAMPolicy
import Testing

/// The Swift-library walkthrough of docs/guide.md, line for line: if this stops compiling or
/// passing, the guide is wrong. Source of the story:
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html
@Suite struct GuideLibraryExampleTests {
    @Test func theSeedsStoryRunsThroughTheLibrary() throws {
        // --- guide: library example begins ---
        let clock = FixedClock(Timestamp(iso8601: "2026-11-29T08:00:00Z")!)
        let iam = IAMService(clock: clock, passwordRounds: 1_000)
        var lab = InMemoryLab()
        try DemoLab.populate(using: iam, in: &lab)        // production trusts development
        let production = Caller.root(accountID: DemoLab.productionAccountID)
        let development = Caller.root(accountID: DemoLab.developmentAccountID)

        // 1. In production: the role, trusting development, with MFA required.
        let trust = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
              "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sts:AssumeRole",
              "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}]}
            """
        let role = try iam.createRole(roleName: "Test-UserAccess-Role", assumeRolePolicyDocument: trust,
                                      caller: production, in: &lab)
        try iam.attachRolePolicy(roleName: role.roleName,
                                 policyArn: "arn:aws:iam::111122223333:policy/PolicyForRole",
                                 caller: production, in: &lab)

        // 2. In development: let carol switch, and give her a virtual MFA device.
        _ = try iam.createUser(userName: "carol", caller: development, in: &lab)
        try iam.putUserPolicy(userName: "carol", policyName: "may-assume", policyDocument: """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
              "Resource": "\(role.arn)"}]}
            """, caller: development, in: &lab)
        let device = try iam.createVirtualMFADevice(virtualMFADeviceName: "carol", caller: development, in: &lab)
        let totp = TOTP(secret: Base32.decode(device.base32StringSeed)!)
        let step = totp.step(at: clock.now())
        try iam.enableMFADevice(userName: "carol", serialNumber: device.serialNumber,
                                authenticationCode1: totp.code(counter: step - 1),
                                authenticationCode2: totp.code(counter: step), caller: development, in: &lab)

        // 3. carol assumes the role with her MFA code; the session has only the role's permissions.
        let carol = Caller.user("123456789012", "carol")
        let session = try iam.assumeRole(.init(roleArn: role.arn, roleSessionName: "carol",
                                               serialNumber: device.serialNumber, tokenCode: totp.code(at: clock.now())),
                                         caller: carol, in: &lab)
        let list = try iam.decision(for: session.caller, action: "s3:ListBucket",
                                    resource: "arn:aws:s3:::example_bucket", in: lab)
        let createUser = try iam.decision(for: session.caller, action: "iam:CreateUser",
                                          resource: "arn:aws:iam::111122223333:user/mallory", in: lab)
        // --- guide: library example ends ---

        #expect(session.session.arn == "arn:aws:sts::111122223333:assumed-role/Test-UserAccess-Role/carol")
        #expect(session.credentials.accessKeyID.hasPrefix("ASIA"))
        #expect(list.outcome == .allow)
        #expect(createUser.outcome == .implicitDeny)
    }

    @Test func withoutAnMFACodeTheTrustPolicyRefusesCarol() throws {
        let iam = IAMService(clock: FixedClock(Timestamp(iso8601: "2026-11-29T08:00:00Z")!), passwordRounds: 1_000)
        var lab = InMemoryLab()
        try DemoLab.populate(using: iam, in: &lab)
        let trust = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
              "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sts:AssumeRole",
              "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}]}
            """
        let role = try iam.createRole(roleName: "Test-UserAccess-Role", assumeRolePolicyDocument: trust,
                                      caller: .root(accountID: "111122223333"), in: &lab)
        _ = try iam.createUser(userName: "carol", caller: .root(accountID: "123456789012"), in: &lab)
        try iam.putUserPolicy(userName: "carol", policyName: "may-assume", policyDocument: """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "\(role.arn)"}]}
            """, caller: .root(accountID: "123456789012"), in: &lab)
        do {
            _ = try iam.assumeRole(.init(roleArn: role.arn, roleSessionName: "carol"),
                                   caller: .user("123456789012", "carol"), in: &lab)
            Issue.record("AssumeRole without MFA must be refused")
        } catch {
            #expect(error.code == "AccessDenied")
            #expect(error.message == "User: arn:aws:iam::123456789012:user/carol is not authorized to perform: "
                + "sts:AssumeRole on resource: arn:aws:iam::111122223333:role/Test-UserAccess-Role")
        }
    }
}

/// The lab's authenticator app shows the device's RFC 6238 code and the seconds left.
@Suite struct VirtualMFAAppTests {
    @Test func showsTheCurrentCodeAndSecondsLeft() throws {
        // 08:00:10 is 10 s into its 30-second step, so 20 s remain.
        let clock = FixedClock(Timestamp(iso8601: "2026-11-29T08:00:10Z")!)
        let iam = IAMService(clock: clock, passwordRounds: 1_000)
        var lab = InMemoryLab()
        try DemoLab.populate(using: iam, in: &lab)
        let app = VirtualMFAApp(clock: clock)
        let shown = try #require(try app.display(serialNumber: "arn:aws:iam::123456789012:mfa/alice", in: lab))
        let device = try #require(try lab.records(MFADevice.self, in: "123456789012").first)
        #expect(shown.code == device.totp?.code(at: clock.now()))
        #expect(shown.secondsRemaining == 20)
        #expect(shown.userName == "alice")
        #expect(try app.display(serialNumber: "arn:aws:iam::123456789012:mfa/nobody", in: lab) == nil)
    }
}
