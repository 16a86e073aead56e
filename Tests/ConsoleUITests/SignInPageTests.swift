import DisplayText
@testable import ConsoleUI
import IAMKit
import Testing

/// Sign in as root or as an IAM user with the console password, then MFA, and the virtual MFA app panel.
/// Sources: https://docs.aws.amazon.com/signin/latest/userguide/introduction-to-iam-user-sign-in-tutorial.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html
@Suite struct SignInPageTests {
    /// Fills the form: account, user, password (the demo's for alice and bob unless given),
    /// code (each field replaced).
    static func fill(_ state: inout AppState, account: String, user: String, password: String? = nil, code: String) {
        IdentityLab.press(.ctrl("u"), in: &state)
        IdentityLab.type(account, into: &state)
        IdentityLab.press(.down, .ctrl("u"), in: &state)
        IdentityLab.type(user, into: &state)
        IdentityLab.press(.down, .ctrl("u"), in: &state)
        IdentityLab.type(password ?? IdentityLab.demoPassword(user), into: &state)
        IdentityLab.press(.down, .ctrl("u"), in: &state)
        IdentityLab.type(code, into: &state)
    }

    @Test func aliceSignsInWithHerMFACodeAndTheHeaderFollows() throws {
        let gateway = try IdentityLab.gateway()
        var state = IdentityLab.state(SignInPage(gateway.console()), gateway: gateway)
        #expect(state.identity == "root @ production (111122223333)")
        Self.fill(&state, account: "development", user: "alice", code: try IdentityLab.aliceCode(gateway))
        IdentityLab.press(.enter, in: &state)
        #expect(state.identity == "alice @ development (123456789012)")
        #expect(state.identityRole == StyleRole.headerIdentity)
        let session = try #require(try gateway.consoleSession())
        guard case .user(let user) = session.signIn else { Issue.record("not a user sign-in"); return }
        #expect(user.userName == "alice")
        #expect(user.authentication.mfaAuthenticatedAt == IdentityLab.now)
        #expect(gateway.writtenEvents.last == "ConsoleLogin")
        #expect(IdentityLab.screen(state).contains("Signed in as alice @ development (123456789012)."))
    }

    @Test("Failures read as the AWS sign-in page's", arguments: [
        ("development", "alice", "", "Enter the MFA code from your authenticator app to complete sign-in."),
        ("development", "alice", "000000", "Your authentication information is incorrect. Please try again."),
        ("development", "mallory", "", "Your authentication information is incorrect. Please try again."),
        ("staging", "", "", "Your authentication information is incorrect. Please try again."),
        ("development", "bob:wrong-password", "", "Your authentication information is incorrect. Please try again."),
        ("development", "bob:", "", "Enter the password of IAM user bob."),
    ])
    func refusedSignIn(account: String, user: String, code: String, message: String) throws {
        let gateway = try IdentityLab.gateway()
        var state = IdentityLab.state(SignInPage(gateway.console()), gateway: gateway)
        // `name:password` gives the password; a bare name types the demo's.
        let parts = user.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        Self.fill(&state, account: account, user: parts[0], password: parts.count > 1 ? parts[1] : nil, code: code)
        IdentityLab.press(.enter, in: &state)
        let page = try #require(state.activePage as? SignInPage)
        #expect(page.message.first?.text == message)
        #expect(state.identity == "root @ production (111122223333)")
        #expect(gateway.writtenEvents.isEmpty)
    }

    @Test func rootOfAnAccountByAliasNeedsNoUserName() throws {
        let gateway = try IdentityLab.gateway()
        var state = IdentityLab.state(SignInPage(gateway.console()), gateway: gateway)
        Self.fill(&state, account: "development", user: "", code: "")
        IdentityLab.press(.enter, in: &state)
        #expect(state.identity == "root @ development (123456789012)")
    }

    @Test func bobHasNoDeviceAndSignsInWithoutACode() throws {
        let gateway = try IdentityLab.gateway()
        var state = IdentityLab.state(SignInPage(gateway.console()), gateway: gateway)
        Self.fill(&state, account: "123456789012", user: "bob", code: "")
        IdentityLab.press(.enter, in: &state)
        #expect(state.identity == "bob @ development (123456789012)")
    }

    @Test func aPasswordThatMustBeResetAsksForANewOneBeforeSigningIn() throws {
        let gateway = try IdentityLab.gateway()
        try gateway.externalChange { lab in
            try gateway.service.updateLoginProfile(userName: "bob", password: nil, passwordResetRequired: true,
                                                   caller: .root(accountID: DemoLab.developmentAccountID), in: &lab)
        }
        var state = IdentityLab.state(SignInPage(gateway.console()), gateway: gateway)
        Self.fill(&state, account: "development", user: "bob", code: "")
        IdentityLab.press(.enter, in: &state)
        var page = try #require(state.activePage as? SignInPage)
        #expect(page.message.first?.text == "You must change your password to continue.")
        #expect(page.form.fields.map(\.label).suffix(2) == ["New password", "Confirm"])
        #expect(page.form.focus == SignInPage.newPassword)
        #expect(state.identity == "root @ production (111122223333)")
        IdentityLab.type("Bob-Changed-2026", into: &state)
        IdentityLab.press(.down, in: &state)
        IdentityLab.type("Bob-Typo-2026", into: &state)
        IdentityLab.press(.enter, in: &state)
        page = try #require(state.activePage as? SignInPage)
        #expect(page.message.first?.text == "The new passwords do not match.")
        IdentityLab.press(.ctrl("u"), in: &state)
        IdentityLab.type("Bob-Changed-2026", into: &state)
        IdentityLab.press(.enter, in: &state)
        #expect(state.identity == "bob @ development (123456789012)")
        let user = try #require(try gateway.lab.record(User.self, at: User.key(DemoLab.developmentAccountID, "bob")))
        #expect(user.loginProfile?.matches("Bob-Changed-2026") == true && user.loginProfile?.passwordResetRequired == false)
        page = try #require(state.activePage as? SignInPage)
        #expect(page.form.fields.count == 4)
        // The typed passwords are never drawn.
        #expect(!IdentityLab.screen(state).contains("Bob-Changed-2026"))
    }

    @Test func thePasswordIsMaskedOnScreen() throws {
        let gateway = try IdentityLab.gateway()
        var state = IdentityLab.state(SignInPage(gateway.console()), gateway: gateway)
        Self.fill(&state, account: "development", user: "alice", code: "")
        let screen = IdentityLab.screen(state)
        #expect(!screen.contains("Alice-Console-2026"))
        #expect(screen.contains(String(repeating: "•", count: "Alice-Console-2026".count)))
    }

    @Test func theVirtualMFAAppShowsAlicesCurrentCodeAndSecondsLeft() throws {
        // 08:00:10 is 10 s into a 30 s step: 20 s left.
        let gateway = try IdentityLab.gateway(at: IdentityLab.now.adding(seconds: 10))
        let page = SignInPage(gateway.console())
        let entry = try #require(page.app.entries.first)
        #expect(entry.code == (try IdentityLab.aliceCode(gateway)))
        #expect(entry.secondsLeft == 20)
        #expect(entry.label == "alice @ development")
        let screen = IdentityLab.screen(IdentityLab.state(page, gateway: gateway))
        #expect(screen.contains("\(entry.code.prefix(3)) \(entry.code.suffix(3)) alice @ development"))
        #expect(screen.contains("changes in 20 s"))
    }

    @Test func escLeavesTheFieldSoRRefreshesInsteadOfTyping() throws {
        let gateway = try IdentityLab.gateway()
        var state = IdentityLab.state(SignInPage(gateway.console()), gateway: gateway)
        #expect(state.isTyping)
        IdentityLab.press(.escape, in: &state)
        #expect(!state.isTyping)
        IdentityLab.type("r", into: &state)
        let page = try #require(state.activePage as? SignInPage)
        #expect(page.form[SignInPage.account] == "111122223333")
    }

    @Test("Seeds, URIs and ARNs wrap without losing a character; other words still get an ellipsis", arguments: [
        ("otpauth://totp/A:b?secret=ABCDEFGH", 10, true, ["otpauth://", "totp/A:b?s", "ecret=ABCD", "EFGH"]),
        ("seed: ABCDEFGHIJKL end", 8, true, ["seed:", "ABCDEFGH", "IJKL end"]),
        ("seed: ABCDEFGHIJKL end", 8, false, ["seed:", "ABCDEFG…", "end"]),
    ])
    func wrapping(text: String, width: Int, breaking: Bool, lines: [String]) {
        #expect(WordWrap.lines(text, width: width, breakingLongWords: breaking) == lines)
    }

    @Test func snapshots() throws {
        let gateway = try IdentityLab.gateway()
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            var state = IdentityLab.state(SignInPage(gateway.console(guided: size.width > 100)), gateway: gateway, size: size)
            Self.fill(&state, account: "development", user: "alice", code: "12")
            assertScreen(ConsoleShell.render(state, size: size), named: "signin-\(size.width)x\(size.height)")
        }
    }
}
