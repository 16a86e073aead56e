@testable import ConsoleUI
import IAMKit
import Testing

/// Issue #15: messages belong to the identity that produced them.
@Suite("Stale messages go when the identity changes")
struct StaleMessageTests {
    @Test("\"Back to alice\" is gone from Switch Role once bob signs in")
    func backToAliceGoesWhenBobSignsIn() throws {
        var (state, gateway) = try SwitchRolePageTests.state(as: "alice", granted: true)
        SwitchRolePageTests.fill(&state)
        IdentityLab.press(.enter, in: &state)
        IdentityLab.press(.escape, .character("b"), in: &state)
        #expect(IdentityLab.screen(state).contains("Back to alice"))
        state.pages.append(SignInPage(gateway.console()))
        try IdentityLab.signIn(gateway, as: "bob")
        IdentityLab.press(.tab, .backTab, in: &state)  // Sign in, then Switch Role again
        #expect(state.activePage is SwitchRolePage)
        #expect(!IdentityLab.screen(state).contains("Back to alice"), "\(IdentityLab.screen(state))")
    }

    @Test("the policy step says what the 10 is, beside the list's own count")
    func policyCountReads() throws {
        var wizard = try WizardHarness()
        wizard.fillSeedTrust()
        wizard.press(.enter)
        #expect(wizard.screen.contains("0 chosen (a role takes up to 10)"))
        #expect(!wizard.screen.contains("of 10 chosen"))
    }
}
