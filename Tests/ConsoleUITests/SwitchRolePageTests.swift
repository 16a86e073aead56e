@testable import ConsoleUI
import IAMKit
import Testing

/// Switch Role: the form, the header in the role's colour, switch back, the five recent roles,
/// and a refused switch with the console's message and why.
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html
@Suite struct SwitchRolePageTests {
    static let consoleMessage = "Invalid information in one or more fields. Check your information or contact your administrator."

    /// A state on the Switch Role page after `user` signed in.
    static func state(as user: String, granted: Bool = false, size: Size = Size(width: 80, height: 24),
                      seedRole: Bool = true) throws -> (AppState, InMemoryLabGateway) {
        let gateway = try IdentityLab.gateway(withSeedRole: seedRole)
        if granted { try IdentityLab.grantAssumeRole(gateway, to: user) }
        try IdentityLab.signIn(gateway, as: user)
        return (IdentityLab.state(SwitchRolePage(gateway.console(guided: size.width > 100)), gateway: gateway, size: size), gateway)
    }

    /// Fills account and role, optionally display name, and picks a colour with →.
    static func fill(_ state: inout AppState, account: String = "production", role: String = IdentityLab.roleName,
                     displayName: String = "", colourSteps: Int = 0) {
        IdentityLab.type(account, into: &state)
        IdentityLab.press(.down, in: &state)
        IdentityLab.type(role, into: &state)
        IdentityLab.press(.down, in: &state)
        IdentityLab.type(displayName, into: &state)
        IdentityLab.press(.down, in: &state)
        for _ in 0..<colourSteps { IdentityLab.press(.right, in: &state) }
    }

    @Test func aliceSwitchesTheHeaderTakesTheDisplayNameInItsColourAndBSwitchesBack() throws {
        var (state, gateway) = try Self.state(as: "alice")
        // blue → red → orange: two steps back from blue is yellow; three forward is yellow too.
        Self.fill(&state, displayName: "Prod admin", colourSteps: 3)
        IdentityLab.press(.enter, in: &state)
        #expect(state.identity == "Prod admin")
        #expect(state.identityRole == StyleRole.switchYellow)
        let active = try #require(try gateway.consoleSession()?.activeRole)
        #expect(active.session.arn == "arn:aws:sts::111122223333:assumed-role/Test-UserAccess-Role/alice")
        #expect(gateway.writtenEvents.last == "SwitchRole")
        let header = ConsoleShell.render(state, size: state.size)
        #expect(header.lines[0].hasSuffix("Prod admin"))
        #expect(header.roleLines[0].hasSuffix(String(repeating: "Y", count: 10) + "H"))
        IdentityLab.press(.escape, in: &state)
        IdentityLab.type("b", into: &state)
        #expect(state.identity == "alice @ development (123456789012)")
        #expect(state.identityRole == StyleRole.headerIdentity)
        #expect(try gateway.consoleSession()?.activeRole == nil)
        #expect(IdentityLab.screen(state).contains("Back to alice: your own permissions apply again."))
    }

    @Test func theDisplayNameIsSuggestedAsRoleAtAccount() throws {
        var (state, _) = try Self.state(as: "alice")
        Self.fill(&state)
        let page = try #require(state.activePage as? SwitchRolePage)
        #expect(page.form.fields[SwitchRolePage.displayName].placeholder == "Test-UserAccess-Role @ production")
        IdentityLab.press(.enter, in: &state)
        #expect(state.identity == "Test-UserAccess-Role @ production")
        #expect(state.identityRole == StyleRole.switchBlue)
    }

    @Test func theHistoryKeepsFiveRolesAndADigitSwitchesAgain() throws {
        var (state, gateway) = try Self.state(as: "alice", seedRole: true)
        // Five more roles alice may assume, in production.
        try gateway.externalChange { lab in
            let production = Caller.root(accountID: DemoLab.productionAccountID)
            for index in 1...5 {
                _ = try gateway.service.createRole(roleName: "Extra\(index)", assumeRolePolicyDocument: IdentityLab.trustPolicy,
                                                   caller: production, in: &lab)
            }
            let grant = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}}"#
            try gateway.service.putUserPolicy(userName: "alice", policyName: "AssumeAny", policyDocument: grant,
                                              caller: .root(accountID: DemoLab.developmentAccountID), in: &lab)
        }
        for role in [IdentityLab.roleName, "Extra1", "Extra2", "Extra3", "Extra4", "Extra5"] {
            IdentityLab.type("production", into: &state)
            IdentityLab.press(.down, in: &state)
            IdentityLab.type(role, into: &state)
            IdentityLab.press(.enter, in: &state)
            #expect(state.identity == "\(role) @ production")
            var page = try #require(state.activePage as? SwitchRolePage)
            page.form.clear()
            state.pages[0] = page
        }
        let history = try #require(try gateway.consoleSession()?.history)
        #expect(history.map(\.role) == ["Extra5", "Extra4", "Extra3", "Extra2", "Extra1"])
        IdentityLab.press(.escape, in: &state)
        IdentityLab.type("3", into: &state)
        #expect(state.identity == "Extra3 @ production")
        #expect(try gateway.consoleSession()?.history.first?.role == "Extra3")
        let screen = IdentityLab.screen(state)
        #expect(screen.contains("Recent: 1 Extra3 @ production"))
    }

    @Test("A refused switch shows the console's message and why", arguments: [
        ("bob", false, IdentityLab.roleName,
         "Your own policies (user and groups) do not allow sts:AssumeRole on arn:aws:iam::111122223333:role/Test-UserAccess-Role"),
        ("bob", true, IdentityLab.roleName, "The trust policy requires MFA (Bool aws:MultiFactorAuthPresent = true); your sign-in has aws:MultiFactorAuthPresent = false."),
        ("alice", false, "NoSuchRole", "Account 111122223333 has no role named \"NoSuchRole\""),
    ])
    func refusedSwitch(user: String, granted: Bool, role: String, reason: String) throws {
        var (state, gateway) = try Self.state(as: user, granted: granted)
        Self.fill(&state, role: role)
        IdentityLab.press(.enter, in: &state)
        let page = try #require(state.activePage as? SwitchRolePage)
        #expect(page.message.first?.text == Self.consoleMessage)
        #expect(page.message.contains { $0.text.contains(reason) }, "\(page.message.map(\.text))")
        #expect(try gateway.consoleSession()?.activeRole == nil)
        #expect(state.identity.hasPrefix(user))
    }

    @Test func theRefusalShowsTheStatementAndTheContextValueTested() throws {
        var (state, _) = try Self.state(as: "bob", granted: true)
        Self.fill(&state)
        IdentityLab.press(.enter, in: &state)
        let texts = try #require(state.activePage as? SwitchRolePage).message.map(\.text)
        #expect(texts.contains("Allow statement 0 of trust policy, line 1: a condition is false"), "\(texts)")
        #expect(texts.contains("Bool aws:MultiFactorAuthPresent: policy [true], request [false] → false"))
    }

    @Test func rootCannotSwitchRoles() throws {
        let gateway = try IdentityLab.gateway()
        var state = IdentityLab.state(SwitchRolePage(gateway.console()), gateway: gateway)
        Self.fill(&state)
        IdentityLab.press(.enter, in: &state)
        let texts = try #require(state.activePage as? SwitchRolePage).message.map(\.text)
        #expect(texts.first == Self.consoleMessage)
        #expect(texts.contains { $0.contains("Roles may not be assumed by root accounts.") })
    }

    @Test func bIsRefusedWithAReasonWhenNoRoleIsActive() throws {
        var (state, _) = try Self.state(as: "alice")
        IdentityLab.press(.escape, in: &state)
        IdentityLab.type("b", into: &state)
        #expect(state.refusal == "Back to alice is unavailable: no role is active")
    }

    @Test func aSwitchMadeElsewhereShowsInTheHeaderOnceAPageIsShown() throws {
        let gateway = try IdentityLab.gateway()
        try IdentityLab.signIn(gateway, as: "alice")
        var state = IdentityLab.state(SignInPage(gateway.console()), gateway: gateway)
        state.pages.append(SwitchRolePage(gateway.console()))
        // Another session (the CLI's console switch-role) switches the same console session.
        try gateway.externalChange { lab in
            guard var console = try lab.record(ConsoleSession.self, at: ConsoleSession.key("default")) else { return }
            try gateway.service.switchRole(&console, account: "production", role: IdentityLab.roleName, displayName: "Prod", color: .orange, in: &lab)
        }
        #expect(state.identity == "alice @ development (123456789012)")
        IdentityLab.press(.tab, in: &state)
        #expect(try #require(state.activePage as? SwitchRolePage).session?.history.first?.displayName == "Prod")
        // The shell re-reads the identity when a page is shown: the header follows at once.
        #expect(state.identity == "Prod")
        IdentityLab.press(.escape, in: &state)
        #expect(state.identity == "Prod")
        #expect(state.identityRole == StyleRole.switchOrange)
        #expect(try #require(state.activePage as? SwitchRolePage).session?.history.first?.displayName == "Prod")
    }

    @Test func atEightyColumnsTheActiveTabAndTheDisplayNameBothShow() throws {
        var (state, gateway) = try Self.state(as: "alice")
        Self.fill(&state)
        IdentityLab.press(.enter, in: &state)
        state.pages = [sampleWelcome(), UsersPage(gateway.console()), SignInPage(gateway.console()), SwitchRolePage(gateway.console()), SessionPage(gateway.console())]
        state.activePageIndex = 4
        let header = ConsoleShell.render(state, size: state.size).lines[0]
        #expect(header.contains("[5 Session]"), "\(header)")
        #expect(header.contains(" 1   2   3   4 "), "every tab shows (issue #15): \(header)")
        #expect(header.hasSuffix("Test-UserAccess-Role @ production"), "\(header)")
    }

    @Test func snapshots() throws {
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            var (state, _) = try Self.state(as: "alice", size: size)
            Self.fill(&state, colourSteps: 4)
            IdentityLab.press(.enter, in: &state)
            assertScreen(ConsoleShell.render(state, size: size), named: "switched-\(size.width)x\(size.height)")
            var (refused, _) = try Self.state(as: "bob", size: size)
            Self.fill(&refused)
            IdentityLab.press(.enter, in: &refused)
            assertScreen(ConsoleShell.render(refused, size: size), named: "refused-\(size.width)x\(size.height)")
        }
    }
}
