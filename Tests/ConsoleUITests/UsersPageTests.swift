@testable import ConsoleUI
import IAMKit
import Testing

/// Users and groups: create, add to group, attach or write policies, access keys shown once,
/// virtual MFA set up with two consecutive codes — each through IAMKit as the console's caller.
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_create.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html
@Suite struct UsersPageTests {
    /// The Users page signed in as development's root (where alice and bob live).
    static func state(size: Size = Size(width: 80, height: 24), drafts: InMemoryDraftStore = InMemoryDraftStore()) throws -> (AppState, InMemoryLabGateway) {
        let gateway = try IdentityLab.gateway()
        try gateway.externalChange { lab in
            _ = try gateway.service.consoleSignIn(account: "development", in: &lab)
        }
        return (IdentityLab.state(UsersPage(gateway.console(guided: size.width > 100, drafts: drafts)), gateway: gateway, size: size,
                                  drafts: drafts), gateway)
    }

    static func page(_ state: AppState) throws -> UsersPage {
        try #require(state.activePage as? UsersPage)
    }

    static func user(_ gateway: InMemoryLabGateway, _ name: String) throws -> User {
        try #require(try gateway.lab.record(User.self, at: User.key(DemoLab.developmentAccountID, name)))
    }

    @Test func theListShowsTheAccountsUsersThenGroups() throws {
        let (state, _) = try Self.state()
        let page = try Self.page(state)
        #expect(page.rows.map(\.name) == ["alice", "bob", "Developers"])
        #expect(page.rows[0].columns == ["user", "alice", "1 group · 1 policy · 0 keys · MFA"])
        #expect(page.accountLabel == "development (123456789012)")
    }

    @Test func nCreatesAUserAndSelectsIt() throws {
        var (state, gateway) = try Self.state()
        IdentityLab.type("n", into: &state)
        #expect(state.isTyping)
        IdentityLab.type("carol", into: &state)
        IdentityLab.press(.enter, in: &state)
        #expect(try Self.user(gateway, "carol").arn == "arn:aws:iam::123456789012:user/carol")
        #expect(gateway.writtenEvents == ["CreateUser"])
        #expect(try Self.page(state).selectedRow?.name == "carol")
        #expect(try Self.page(state).message.first?.text == "Created user carol (arn:aws:iam::123456789012:user/carol).")
    }

    @Test("AWS's own errors come back in its words", arguments: [
        ("alice", "EntityAlreadyExists: User with name alice already exists."),
        ("bad name!", "ValidationError: 1 validation error detected: Value 'bad name!' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+"),
    ])
    func createUserErrors(name: String, message: String) throws {
        var (state, gateway) = try Self.state()
        IdentityLab.type("n", into: &state)
        IdentityLab.type(name, into: &state)
        IdentityLab.press(.enter, in: &state)
        #expect(try Self.page(state).message.first?.text == message)
        #expect(try Self.page(state).prompt == .createUser)
        #expect(gateway.writtenEvents.isEmpty)
    }

    @Test func groupsMembershipAndPolicies() throws {
        var (state, gateway) = try Self.state()
        IdentityLab.type("N", into: &state)
        IdentityLab.type("Admins", into: &state)
        IdentityLab.press(.enter, in: &state)
        // bob is the second row: add him to Admins, attach a managed policy, write an inline one.
        IdentityLab.press(.home, .down, in: &state)
        IdentityLab.type("a", into: &state)
        IdentityLab.type("Admins", into: &state)
        IdentityLab.press(.enter, in: &state)
        IdentityLab.type("p", into: &state)
        IdentityLab.press(.ctrl("u"), in: &state)
        IdentityLab.type("arn:aws:iam::aws:policy/ReadOnlyAccess", into: &state)
        IdentityLab.press(.enter, in: &state)
        let bob = try Self.user(gateway, "bob")
        #expect(bob.groupNames.sorted() == ["Admins", "Developers"])
        #expect(bob.attachedPolicies.map(\.policyARN) == ["arn:aws:iam::aws:policy/ReadOnlyAccess"])
        #expect(gateway.writtenEvents == ["CreateGroup", "AddUserToGroup", "AttachUserPolicy"])
    }

    @Test func theSecretAccessKeyIsShownOnceThenGone() throws {
        var (state, gateway) = try Self.state()
        IdentityLab.type("k", into: &state)
        let key = try #require(try Self.page(state).revealedKey)
        let screen = IdentityLab.screen(state)
        #expect(screen.contains("Secret access key: \(key.secretAccessKey)"))
        #expect(screen.contains("This is the only time that the secret access key can be viewed or downloaded."))
        #expect(try Self.user(gateway, "alice").accessKeyIDs == [key.accessKeyID])
        IdentityLab.press(.escape, in: &state)
        #expect(try Self.page(state).revealedKey == nil)
        #expect(!IdentityLab.screen(state).contains(key.secretAccessKey))
    }

    @Test func mfaSetUpShowsTheSeedAndURIAndNeedsTwoConsecutiveCodes() throws {
        var (state, gateway) = try Self.state()
        IdentityLab.press(.down, in: &state)
        IdentityLab.type("m", into: &state)
        guard case .enableMFA(let user, let serial, let seed, let uri) = try Self.page(state).prompt else {
            Issue.record("no MFA form")
            return
        }
        #expect(user == "bob")
        #expect(serial == "arn:aws:iam::123456789012:mfa/bob")
        #expect(uri == "otpauth://totp/bob@123456789012?secret=\(seed)")
        let screen = IdentityLab.screen(state).replacingOccurrences(of: "│\n│", with: "")
        #expect(screen.contains(seed))
        let totp = TOTP(secret: try #require(Base32.decode(seed)))
        let step = totp.step(at: IdentityLab.now)
        // Two codes that are not consecutive: AWS's InvalidAuthenticationCode.
        IdentityLab.type(totp.code(counter: step), into: &state)
        IdentityLab.press(.down, in: &state)
        IdentityLab.type(totp.code(counter: step - 1), into: &state)
        IdentityLab.press(.enter, in: &state)
        #expect(try Self.page(state).message.first?.text == "InvalidAuthenticationCode: Authentication code for device is not valid.")
        IdentityLab.press(.up, .ctrl("u"), in: &state)
        IdentityLab.type(totp.code(counter: step - 1), into: &state)
        IdentityLab.press(.down, .ctrl("u"), in: &state)
        IdentityLab.type(totp.code(counter: step), into: &state)
        IdentityLab.press(.enter, in: &state)
        #expect(try Self.page(state).prompt == nil)
        let device = try #require(try gateway.lab.record(MFADevice.self, at: MFADevice.key(DemoLab.developmentAccountID, "bob")))
        #expect(device.userName == "bob")
        #expect(try Self.page(state).rows[1].mfaDevices == [serial])
    }

    @Test func slashFiltersTheList() throws {
        var (state, _) = try Self.state()
        IdentityLab.type("/", into: &state)
        IdentityLab.type("dev", into: &state)
        #expect(try Self.page(state).visibleRows.map(\.name) == ["Developers"])
        IdentityLab.press(.enter, in: &state)
        #expect(try Self.page(state).filter == "dev")
        IdentityLab.type("/", into: &state)
        IdentityLab.press(.escape, in: &state)
        #expect(try Self.page(state).visibleRows.count == 3)
    }

    @Test func aliceMayNotListUsersAndSeesAccessDenied() throws {
        let gateway = try IdentityLab.gateway()
        try IdentityLab.signIn(gateway, as: "alice")
        let page = UsersPage(gateway.console())
        #expect(page.rows.isEmpty)
        #expect(page.message.first?.text.hasPrefix("AccessDenied: User: arn:aws:iam::123456789012:user/alice is not authorized to perform: iam:ListUsers") == true)
    }

    @Test func changesFromTheCLIShowOnRefresh() throws {
        var (state, gateway) = try Self.state()
        try gateway.externalChange { lab in
            _ = try gateway.service.createUser(userName: "dave", caller: .root(accountID: DemoLab.developmentAccountID), in: &lab)
        }
        IdentityLab.type("r", into: &state)
        #expect(try Self.page(state).rows.map(\.name).contains("dave"))
    }

    @Test func snapshots() throws {
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            let (state, _) = try Self.state(size: size)
            assertScreen(ConsoleShell.render(state, size: size), named: "list-\(size.width)x\(size.height)")
            var (mfa, _) = try Self.state(size: size)
            IdentityLab.press(.down, in: &mfa)
            IdentityLab.type("m", into: &mfa)
            assertScreen(ConsoleShell.render(mfa, size: size), named: "mfa-\(size.width)x\(size.height)")
        }
    }
}
