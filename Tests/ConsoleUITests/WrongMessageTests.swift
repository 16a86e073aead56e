@testable import ConsoleUI
import IAMKit
import Testing

/// Issue #15's wrong or stale messages, each seen on the 80×24 screen a user has over SSH.
@Suite("Messages say what is true now, at 80×24")
struct WrongMessageTests {
    /// The whole console over `gateway`, as the launcher builds it, at 80×24.
    static func console(_ gateway: InMemoryLabGateway) -> AppState {
        let environment = gateway.console(followsIdentity: true)
        return AppState(size: Size(width: 80, height: 24), pages: ConsolePages.make(environment), environment: environment,
                        identity: ConsolePages.identity(lab: gateway).text)
    }

    /// Leaves any field, then shows `page` with its digit key (as a user would).
    static func show(_ page: PageID, in state: inout AppState) {
        if state.isTyping { IdentityLab.press(.escape, in: &state) }
        guard let index = state.pages.firstIndex(where: { $0.id == page }) else { return }
        IdentityLab.press(.character(Character(String(index + 1))), in: &state)
    }

    /// The status bar's text (the screen's last row).
    static func statusBar(_ state: AppState) -> String {
        ConsoleShell.render(state, size: state.size).lines.last ?? ""
    }

    @Test("Switch Role does not offer \"b Back to bob\" while no role is active; it does once one is")
    func backIsOfferedOnlyWithARole() throws {
        var (state, _) = try SwitchRolePageTests.state(as: "bob")
        IdentityLab.press(.escape, in: &state)
        #expect(!Self.statusBar(state).contains("Back to bob"), "\(Self.statusBar(state))")
        #expect(!IdentityLab.screen(state).contains("b = back"), "\(IdentityLab.screen(state))")

        var (alice, _) = try SwitchRolePageTests.state(as: "alice", granted: true)
        SwitchRolePageTests.fill(&alice)
        IdentityLab.press(.enter, .escape, in: &alice)
        #expect(Self.statusBar(alice).contains("b Back to alice"), "\(Self.statusBar(alice))")
    }

    @Test("Signed in as root, the wizard's Try it leads to Sign in first, and nothing invites Enter on Switch Role")
    func tryItAsRootSignsInFirst() throws {
        var wizard = try WizardHarness()
        wizard.app.pages.append(SignInPage(wizard.gateway.console()))
        wizard.app.pages.append(SwitchRolePage(wizard.gateway.console()))
        wizard.createSeedRole()
        wizard.press(.enter)  // Grant user alice
        while wizard.state.highlightedOffer != .tryIt { wizard.press(.down) }
        #expect(!wizard.screen.contains("Try it: Switch Role"), "\(wizard.screen)")
        #expect(wizard.screen.contains("Try it: sign in as alice, then Switch Role"), "\(wizard.screen)")
        wizard.press(.enter)
        #expect(wizard.app.activePage?.id == PageID.signIn)
        #expect(wizard.screen.contains("sign in as alice"), "\(wizard.screen)")
        #expect(wizard.screen.contains("alice"))
        let switchRole = try #require(wizard.app.pages.compactMap { $0 as? SwitchRolePage }.first)
        #expect(!switchRole.message.contains { $0.text.contains("press Enter") }, "\(switchRole.message.map(\.text))")
        #expect(switchRole.form[SwitchRolePage.role] == "UpdateApp")
    }

    @Test("bob, who has no MFA device, is told to set one up, not to sign in with his MFA code")
    func noDeviceNoCode() throws {
        var (state, _) = try SwitchRolePageTests.state(as: "bob", granted: true)
        SwitchRolePageTests.fill(&state)
        IdentityLab.press(.enter, in: &state)
        let texts = try #require(state.activePage as? SwitchRolePage).message.map(\.text)
        #expect(!texts.contains { $0.contains("Sign in again with your MFA code") }, "\(texts)")
        #expect(texts.contains { $0.contains("You have no MFA device: set one up first") }, "\(texts)")
        #expect(IdentityLab.screen(state).contains("device: set one up first (Users page, m: Set up MFA)"), "\(IdentityLab.screen(state))")
    }

    @Test("q quits at once when only a list filter was typed", arguments: ["roles", "users", "policies"])
    func filterIsNotUnsavedInput(page name: String) throws {
        let gateway = try IdentityLab.gateway()
        var state = Self.console(gateway)
        let page = try #require(state.pages.first { $0.id.name == name }?.id)
        Self.show(page, in: &state)
        IdentityLab.press(.character("/"), in: &state)
        IdentityLab.type("a", into: &state)
        IdentityLab.press(.enter, in: &state)
        #expect(!state.isTyping)
        let effects = ConsoleShell.reduce(&state, .keyPressed(.character("q")))
        #expect(state.confirmation == nil, "\(IdentityLab.screen(state))")
        #expect(effects.contains(.quit))
    }

    @Test("q quits at once when only the wizard's policy filter was typed")
    func wizardFilterIsNotUnsavedInput() throws {
        var wizard = try WizardHarness()
        wizard.fillSeedTrust()
        wizard.press(.enter)
        wizard.press(.character("/"))
        wizard.type("adm")
        wizard.press(.enter)
        // The account and MFA typed on step 1 are unsaved; the filter alone adds nothing.
        #expect(wizard.state.hasInput)
        var fresh = try WizardHarness()
        fresh.app.pages[0] = CreateRolePage(fresh.gateway.console())
        #expect(!fresh.state.hasInput)
    }

    @Test("an AccessDenied alice got on Users is gone once root signs in while she was on another page")
    func accessDeniedGoesWithTheIdentity() throws {
        let gateway = try IdentityLab.gateway()
        try IdentityLab.signIn(gateway, as: "alice")
        var state = Self.console(gateway)
        // The Users page reads the lab when first shown (not at console start), so alice meets
        // the AccessDenied there, then leaves for another page.
        Self.show(PageID.users, in: &state)
        #expect(IdentityLab.screen(state).contains("AccessDenied"), "\(IdentityLab.screen(state))")
        Self.show(PageID.policies, in: &state)
        try gateway.externalChange { lab in _ = try gateway.service.consoleSignIn(account: DemoLab.productionAccountID, in: &lab) }
        Self.show(PageID.users, in: &state)
        #expect(!IdentityLab.screen(state).contains("AccessDenied"), "\(IdentityLab.screen(state))")
        #expect(IdentityLab.screen(state).contains("No users or groups here."))
    }

    @Test("an AccessDenied bob got on Roles or Policies goes once root signs in", arguments: ["roles", "policies"])
    func listAccessDeniedGoes(page name: String) throws {
        let gateway = try IdentityLab.gateway()
        try IdentityLab.signIn(gateway, as: "bob")
        var state = Self.console(gateway)
        let page = try #require(state.pages.first { $0.id.name == name }?.id)
        Self.show(page, in: &state)
        #expect(IdentityLab.screen(state).contains("AccessDenied"), "\(IdentityLab.screen(state))")
        try gateway.externalChange { lab in _ = try gateway.service.consoleSignIn(account: DemoLab.productionAccountID, in: &lab) }
        Self.show(PageID.signIn, in: &state)
        Self.show(page, in: &state)
        #expect(!IdentityLab.screen(state).contains("AccessDenied"), "\(IdentityLab.screen(state))")
    }
}
