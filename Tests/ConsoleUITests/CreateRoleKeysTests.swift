@testable import ConsoleUI
import IAMKit
import Foundation
import Testing

/// Esc, Ctrl-C, field help and focus movement in the wizard.
@Suite("Create role wizard: keys")
struct CreateRoleKeysTests {
    @Test("Esc goes back a step keeping input; on the first step it asks before discarding")
    func escapeGoesBackAndAsks() throws {
        var wizard = try WizardHarness()
        wizard.fillSeedTrust()
        wizard.press(.enter)
        #expect(wizard.state.step == .permissions)
        wizard.press(.escape)
        #expect(wizard.state.step == .trustedEntity)
        #expect(wizard.state.accountID.text == "123456789012")
        wizard.press(.escape)
        #expect(wizard.app.confirmation == CreateRolePage.discardQuestion)
        #expect(wizard.screen.contains("Discard this role?"))
        wizard.press(.character("n"))
        #expect(wizard.app.confirmation == nil)
        #expect(wizard.state.requiresMFA)
        wizard.press(.escape)
        // The dialog is modal: Tab and q do nothing while it is open.
        wizard.press(.tab, .character("q"))
        #expect(wizard.app.confirmation == CreateRolePage.discardQuestion)
        wizard.press(.character("y"))
        #expect(wizard.app.confirmation == nil)
        #expect(!wizard.state.hasInput)
    }

    @Test("Esc on an untouched first step asks nothing and goes back to the Roles list")
    func escapeOnEmptyForm() throws {
        let wizard = try WizardHarness()
        var page = wizard.page
        #expect(page.handle(.createRoleBack, body: Rect(row: 1, col: 0, width: 80, height: 22), in: wizard.app.environment) == [.openPage(.roles)])
    }

    @Test("Ctrl-C with unsaved input asks; without input it quits")
    func interruptAsks() throws {
        var wizard = try WizardHarness()
        #expect(wizard.press(.ctrl("c")) == [.quit])
        var typed = try WizardHarness()
        typed.press(.tab)
        typed.type("1")
        #expect(typed.app.hasUnsavedInput)
        #expect(typed.press(.ctrl("c")).isEmpty)
        #expect(typed.app.confirmation == .quitWithUnsavedInput)
    }

    @Test("While a text field has focus, letters and ? are typed; F1 still opens the field's help")
    func typingAndHelp() throws {
        var wizard = try WizardHarness()
        wizard.press(.tab, .tab, .character(" "), .tab)
        wizard.type("q?v/b")
        #expect(wizard.state.externalID.text == "q?v/b")
        wizard.press(.function(1))
        #expect(wizard.state.showsFieldHelp)
        #expect(wizard.screen.contains("Help: External ID"))
        #expect(wizard.screen.replacingOccurrences(of: "│", with: "").contains("https://docs.aws.amazon.com/IAM/latest/UserGuide/"))
        wizard.press(.escape)
        #expect(!wizard.state.showsFieldHelp)
    }

    @Test("Every field has two or three sentences of help and an AWS documentation link")
    func helpOnEveryField() {
        for field in CreateRoleField.allCases {
            let sentences = field.help.split(separator: ".", omittingEmptySubsequences: true)
                .filter { $0.hasPrefix(" ") || $0 == field.help.split(separator: ".").first }
            #expect((2...4).contains(sentences.count), "\(field): \(field.help)")
            #expect(field.documentationLink.hasPrefix("https://docs.aws.amazon.com/"))
        }
    }

    @Test("Tab and Shift-Tab move through the step's fields and wrap; ← → switch the account choice")
    func focusMovement() throws {
        var wizard = try WizardHarness()
        #expect(wizard.state.focus == .accountChoice)
        wizard.press(.tab, .tab, .tab, .tab)
        #expect(wizard.state.focus == .accountChoice)
        wizard.press(.backTab)
        #expect(wizard.state.focus == .requireMFA)
        wizard.press(.backTab, .backTab, .backTab, .left)
        #expect(wizard.state.trustsThisAccount)
        wizard.press(.right)
        #expect(!wizard.state.trustsThisAccount)
    }

    @Test("Without a console sign-in, Next says so")
    func notSignedIn() throws {
        let wizard = try WizardHarness(signIn: false)
        #expect(wizard.state.nextBlockedReason == "Sign in first: the role is created in the signed-in account.")
    }

    @Test("A role that requires an external ID cannot be tried through Switch Role, and says why")
    func externalIDRoleCannotBeTried() throws {
        var wizard = try WizardHarness()
        wizard.focusExternalID()
        wizard.type("Unguessable-7f3a9c1e")
        wizard.press(.enter, .enter)
        wizard.type("PartnerRole")
        wizard.press(.enter, .enter)
        #expect(wizard.state.step == .created)
        while wizard.state.highlightedOffer != .tryIt { wizard.press(.down) }
        #expect(wizard.state.offerUnavailableReason?.contains("external ID") == true)
        #expect(wizard.press(.enter) == [.bell])
    }
}
