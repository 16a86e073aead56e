import IAMPolicy
import Testing
@testable import IAMKit

/// Console sign-in of a user with a console password: the password first, then the MFA code,
/// then a new password when the login profile says PasswordResetRequired, as AWS's sign-in page.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_user-change-own.html
/// https://docs.aws.amazon.com/signin/latest/userguide/introduction-to-iam-user-sign-in-tutorial.html
@Suite struct ConsolePasswordSignInTests {
    static let failed = ServiceError(code: "SignInFailed", message: "Your authentication information is incorrect. Please try again.", httpStatus: 401)

    static func fixture(resetRequired: Bool = false, mfa: Bool = false) throws -> (LabFixture, TOTP?) {
        var fixture = LabFixture()
        try fixture.user("alice")
        try fixture.service.createLoginProfile(userName: "alice", password: "Alice-Console-2026", passwordResetRequired: resetRequired,
                                               caller: fixture.devRoot, in: &fixture.lab)
        guard mfa else { return (fixture, nil) }
        let created = try fixture.service.createVirtualMFADevice(virtualMFADeviceName: "alice", caller: fixture.devRoot, in: &fixture.lab)
        let totp = TOTP(secret: try #require(Base32.decode(created.base32StringSeed)))
        let step = totp.step(at: LabFixture.now)
        try fixture.service.enableMFADevice(userName: "alice", serialNumber: created.serialNumber, authenticationCode1: totp.code(counter: step - 1),
                                            authenticationCode2: totp.code(counter: step), caller: fixture.devRoot, in: &fixture.lab)
        return (fixture, totp)
    }

    @Test func aUserWithAPasswordMustGiveItAndAWrongOneFailsInAWSsWords() throws {
        var (fixture, _) = try Self.fixture()
        let missing = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.consoleSignIn(account: "development", userName: "alice", in: &fixture.lab)
        }
        #expect(missing?.code == "PasswordRequired")
        #expect(throws: Self.failed) {
            _ = try fixture.service.consoleSignIn(account: "development", userName: "alice", password: "wrong", in: &fixture.lab)
        }
        let session = try fixture.service.consoleSignIn(account: "development", userName: "alice", password: "Alice-Console-2026", in: &fixture.lab)
        #expect(session.signIn.arn == "arn:aws:iam::123456789012:user/alice")
        // The sign-in is the password's use (GetUser's PasswordLastUsed).
        #expect(try fixture.service.getUser(userName: "alice", caller: fixture.devRoot, in: fixture.lab).passwordLastUsed == LabFixture.now)
    }

    @Test func thePasswordComesBeforeTheMFACode() throws {
        var (fixture, totp) = try Self.fixture(mfa: true)
        let code = try #require(totp).code(at: LabFixture.now)
        // A right code with a wrong password still fails as a whole, telling nothing about the code.
        #expect(throws: Self.failed) {
            _ = try fixture.service.consoleSignIn(account: "development", userName: "alice", password: "wrong", mfaCode: code, in: &fixture.lab)
        }
        let noCode = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.consoleSignIn(account: "development", userName: "alice", password: "Alice-Console-2026", in: &fixture.lab)
        }
        #expect(noCode?.code == "MFACodeRequired")
        let session = try fixture.service.consoleSignIn(account: "development", userName: "alice", password: "Alice-Console-2026", mfaCode: code,
                                                        in: &fixture.lab)
        guard case .user(let identity) = session.signIn else { Issue.record("not a user sign-in"); return }
        #expect(identity.authentication.mfaAuthenticatedAt == LabFixture.now)
    }

    @Test func passwordResetRequiredAsksForANewPasswordThatMeetsThePolicy() throws {
        var (fixture, _) = try Self.fixture(resetRequired: true)
        let reset = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.consoleSignIn(account: "development", userName: "alice", password: "Alice-Console-2026", in: &fixture.lab)
        }
        #expect(reset?.code == "PasswordResetRequired")
        let weak = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.consoleSignIn(account: "development", userName: "alice", password: "Alice-Console-2026", newPassword: "short",
                                                  in: &fixture.lab)
        }
        #expect(weak?.code == "PasswordPolicyViolation")
        _ = try fixture.service.consoleSignIn(account: "development", userName: "alice", password: "Alice-Console-2026",
                                              newPassword: "Alice-Changed-2026", in: &fixture.lab)
        let (_, profile) = try fixture.service.getLoginProfile(userName: "alice", caller: fixture.devRoot, in: fixture.lab)
        #expect(profile.matches("Alice-Changed-2026") && !profile.passwordResetRequired && profile.passwordChangedDate == LabFixture.now)
    }
}
