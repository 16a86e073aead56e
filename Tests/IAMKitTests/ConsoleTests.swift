import IAMPolicy
import Testing
@testable import IAMKit

/// Console sign-in and Switch Role rules.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html
@Suite struct ConsoleTests {
    static let trustDev = LabFixture.trust(principal: "arn:aws:iam::123456789012:root")

    /// Development user alice (allowed to assume anything) signed in to the console.
    static func signedIn(_ fixture: inout LabFixture) throws -> ConsoleSession {
        _ = try fixture.user("alice", policy: LabFixture.allow("sts:AssumeRole"))
        return try fixture.service.consoleSignIn(account: "development", userName: "alice", in: &fixture.lab)
    }

    @Test func switchByAliasOrIDAndBack() throws {
        var fixture = LabFixture()
        var console = try Self.signedIn(&fixture)
        try fixture.role("Admin", trust: Self.trustDev, path: "/ops/")
        try fixture.service.switchRole(&console, account: "production", role: "ops/Admin", color: .red, in: &fixture.lab)
        let active = try #require(console.activeRole)
        #expect(active.displayName == "Admin @ production")
        #expect(active.color == .red)
        #expect(active.session.arn == "arn:aws:sts::111111111111:assumed-role/Admin/alice")
        #expect(console.currentCaller == .roleSession(active.session))
        try fixture.service.switchBack(&console, in: &fixture.lab)
        #expect(console.currentCaller == console.signIn)
        try fixture.service.switchRole(&console, account: "111111111111", role: "ops/Admin", displayName: "Prod admin", in: &fixture.lab)
        #expect(console.activeRole?.displayName == "Prod admin")
        // The console state is stored in the lab.
        #expect(try fixture.lab.record(ConsoleSession.self, at: ConsoleSession.key("default")) == console)
    }

    @Test func everySwitchUsesTheOriginalSignIn() throws {
        var fixture = LabFixture()
        var console = try Self.signedIn(&fixture)
        try fixture.role("RoleA", trust: Self.trustDev)
        // RoleB trusts only alice herself, not RoleA: switching from RoleA works because the
        // console authorizes with alice's sign-in, not with RoleA's session.
        try fixture.role("RoleB", trust: LabFixture.trust(principal: "arn:aws:iam::123456789012:user/alice"))
        try fixture.service.switchRole(&console, account: "production", role: "RoleA", in: &fixture.lab)
        try fixture.service.switchRole(&console, account: "production", role: "RoleB", in: &fixture.lab)
        #expect(console.activeRole?.session.roleName == "RoleB")
        #expect(console.activeRole?.session.sourceIdentityARN == "arn:aws:iam::123456789012:user/alice")
    }

    @Test func historyKeepsFiveMostRecentFirst() throws {
        var fixture = LabFixture()
        var console = try Self.signedIn(&fixture)
        let names = ["R1", "R2", "R3", "R4", "R5", "R6"]
        for name in names { try fixture.role(name, trust: Self.trustDev) }
        for name in names { try fixture.service.switchRole(&console, account: "production", role: name, in: &fixture.lab) }
        #expect(console.history.map(\.role) == ["R6", "R5", "R4", "R3", "R2"])
        try fixture.service.switchRole(&console, account: "production", role: "R3", in: &fixture.lab)
        #expect(console.history.map(\.role) == ["R3", "R6", "R5", "R4", "R2"])
        try fixture.service.switchRole(&console, toHistoryEntry: 3, in: &fixture.lab)
        #expect(console.activeRole?.session.roleName == "R4")
    }

    @Test func refusalsShowTheConsoleMessage() throws {
        var fixture = LabFixture()
        var console = try Self.signedIn(&fixture)
        try fixture.role("External", trust: LabFixture.trust(principal: "arn:aws:iam::123456789012:root",
                                                             condition: #"{"StringEquals":{"sts:ExternalId":"secret-1"}}"#))
        let external = LabFixture.error { () throws(ServiceError) in
            try fixture.service.switchRole(&console, account: "production", role: "External", in: &fixture.lab)
        }
        #expect(external?.message == "Invalid information in one or more fields. Check your information or contact your administrator.")
        #expect(external?.explanation?.outcome == .implicitDeny)
        let missing = LabFixture.error { () throws(ServiceError) in
            try fixture.service.switchRole(&console, account: "production", role: "Nope", in: &fixture.lab)
        }
        #expect(missing?.message == IAMService.switchRoleFailureMessage)
        let long = LabFixture.error { () throws(ServiceError) in
            try fixture.service.switchRole(&console, account: "production", role: String(repeating: "p/", count: 30) + "Role", in: &fixture.lab)
        }
        #expect(long?.code == "SwitchRoleFailed")
        var root = try fixture.service.consoleSignIn(account: LabFixture.development, in: &fixture.lab)
        try fixture.role("Open", trust: Self.trustDev)
        let rootError = LabFixture.error { () throws(ServiceError) in
            try fixture.service.switchRole(&root, account: "production", role: "Open", in: &fixture.lab)
        }
        #expect(rootError?.code == "SwitchRoleFailed")
        #expect(console.history.isEmpty)
    }

    @Test func signInRequiresMFAWhenTheUserHasADevice() throws {
        var fixture = LabFixture()
        _ = try fixture.user("alice", policy: LabFixture.allow("sts:AssumeRole"))
        let created = try fixture.service.createVirtualMFADevice(virtualMFADeviceName: "alice", caller: fixture.devRoot, in: &fixture.lab)
        let totp = TOTP(secret: try #require(Base32.decode(created.base32StringSeed)))
        let step = totp.step(at: LabFixture.now)
        try fixture.service.enableMFADevice(userName: "alice", serialNumber: created.serialNumber, authenticationCode1: totp.code(counter: step - 1),
                                            authenticationCode2: totp.code(counter: step), caller: fixture.devRoot, in: &fixture.lab)
        let noCode = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.consoleSignIn(account: "development", userName: "alice", in: &fixture.lab)
        }
        #expect(noCode?.code == "MFACodeRequired")
        let wrong = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.consoleSignIn(account: "development", userName: "alice", mfaCode: "000000", in: &fixture.lab)
        }
        #expect(wrong?.code == "SignInFailed")
        var console = try fixture.service.consoleSignIn(account: "development", userName: "alice", mfaCode: totp.code(at: LabFixture.now), in: &fixture.lab)
        // The seed's MFA-protected role: the console sign-in with MFA satisfies it.
        try fixture.role("Test-UserAccess-Role", trust: LabFixture.seedTrust)
        try fixture.service.switchRole(&console, account: "production", role: "Test-UserAccess-Role", in: &fixture.lab)
        #expect(console.activeRole != nil)
    }

    @Test func signInWithoutMFADoesNotSatisfyAnMFATrust() throws {
        var fixture = LabFixture()
        var console = try Self.signedIn(&fixture)
        try fixture.role("Test-UserAccess-Role", trust: LabFixture.seedTrust)
        let error = LabFixture.error { () throws(ServiceError) in
            try fixture.service.switchRole(&console, account: "production", role: "Test-UserAccess-Role", in: &fixture.lab)
        }
        #expect(error?.code == "SwitchRoleFailed")
        // Console sessions carry "false" rather than omitting the key.
        #expect(error?.explanation?.missingContextKeys.isEmpty == true)
    }

    @Test func expiredConsoleRoleFallsBackToTheUser() throws {
        var fixture = LabFixture()
        var console = try Self.signedIn(&fixture)
        try fixture.role("Admin", trust: Self.trustDev)
        try fixture.service.switchRole(&console, account: "production", role: "Admin", in: &fixture.lab)
        fixture.setTime(LabFixture.now.adding(seconds: 3600))
        #expect(fixture.service.currentCaller(of: &console) == console.signIn)
        #expect(console.activeRole == nil)
    }
}
