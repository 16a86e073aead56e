@testable import ConsoleUI
import IAMKit
import Testing

/// Every step of the wizard at 80×24 and 120×40, text and colour layers.
@Suite("Create role wizard: screens")
struct CreateRoleSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    /// "80x24" / "120x40".
    static func name(_ size: Size) -> String { "\(size.width)x\(size.height)" }

    @Test("Step 1, empty, Next unavailable with its reason", arguments: sizes)
    func trustedEntityEmpty(size: Size) throws {
        let wizard = try WizardHarness(size: size)
        assertScreen(wizard.frame, named: "step1-empty-\(Self.name(size))")
    }

    @Test("Step 1 as the seed fills it (account, MFA), focus on Require MFA", arguments: sizes)
    func trustedEntitySeed(size: Size) throws {
        var wizard = try WizardHarness(size: size)
        wizard.fillSeedTrust()
        assertScreen(wizard.frame, named: "step1-seed-\(Self.name(size))")
    }

    @Test("Step 1 with an external ID: its warning and findings", arguments: sizes)
    func trustedEntityExternalID(size: Size) throws {
        var wizard = try WizardHarness(size: size)
        wizard.focusExternalID(account: "12345678901")
        wizard.type("password")
        assertScreen(wizard.frame, named: "step1-externalid-\(Self.name(size))")
    }

    @Test("Step 1 at 80×24 with the preview (v)")
    func trustedEntityPreview() throws {
        var wizard = try WizardHarness()
        wizard.fillSeedTrust()
        wizard.press(.character("v"))
        assertScreen(wizard.frame, named: "step1-preview-80x24")
    }

    @Test("Step 2: filtered list, one chosen, policy preview", arguments: sizes)
    func permissions(size: Size) throws {
        var wizard = try WizardHarness(size: size)
        wizard.fillSeedTrust()
        wizard.press(.enter, .character("/"))
        wizard.type("a")
        wizard.press(.enter, .down, .down, .character(" "))  // AdministratorAccess, third under "a"
        assertScreen(wizard.frame, named: "step2-\(Self.name(size))")
    }

    @Test("Step 3 with a taken name and a description", arguments: sizes)
    func details(size: Size) throws {
        var again = try WizardHarness(size: size)
        again.createSeedRole()
        again.press(.enter)  // grant alice, then start another role with the same name
        while again.state.highlightedOffer != .createAnother { again.press(.down) }
        again.press(.enter)
        again.fillSeedTrust()
        again.press(.enter, .enter)
        again.type("updateapp")
        assertScreen(again.frame, named: "step3-taken-\(Self.name(size))")
    }

    @Test("Step 4: review with the CLI commands", arguments: sizes)
    func review(size: Size) throws {
        var wizard = try WizardHarness(size: size)
        wizard.walkSeedToReview()
        assertScreen(wizard.frame, named: "step4-\(Self.name(size))")
    }

    @Test("Step 4 at 80×24 scrolled to the CLI commands (PgDn)")
    func reviewScrolled() throws {
        var wizard = try WizardHarness()
        wizard.walkSeedToReview()
        wizard.press(.pageDown, .pageDown)
        assertScreen(wizard.frame, named: "step4-cli-80x24")
    }

    @Test("After Create: the offers, after granting alice", arguments: sizes)
    func created(size: Size) throws {
        var wizard = try WizardHarness(size: size)
        wizard.createSeedRole()
        wizard.press(.enter)
        assertScreen(wizard.frame, named: "created-\(Self.name(size))")
    }

    @Test("After Create: Try it highlighted says who must sign in and where to switch")
    func tryItHighlighted() throws {
        var wizard = try WizardHarness()
        wizard.createSeedRole()
        wizard.press(.enter)
        while wizard.state.highlightedOffer != .tryIt { wizard.press(.down) }
        assertScreen(wizard.frame, named: "created-tryit-80x24")
    }

    @Test("After Create: the policy JSON for the other account's administrator", arguments: sizes)
    func grantPolicy(size: Size) throws {
        var wizard = try WizardHarness(size: size)
        wizard.createSeedRole()
        while wizard.state.highlightedOffer != .showPolicy { wizard.press(.down) }
        wizard.press(.enter)
        assertScreen(wizard.frame, named: "grant-policy-\(Self.name(size))")
    }

    @Test("Field help (F1) and the discard question", arguments: sizes)
    func overlays(size: Size) throws {
        var wizard = try WizardHarness(size: size)
        wizard.fillSeedTrust()
        wizard.press(.function(1))
        assertScreen(wizard.frame, named: "help-\(Self.name(size))")
        wizard.press(.escape, .escape)
        assertScreen(wizard.frame, named: "discard-\(Self.name(size))")
    }

    @Test("Guided mode explains the focused field", arguments: [Size(width: 80, height: 24)])
    func guided(size: Size) throws {
        let wizard = try WizardHarness(size: size, guided: true)
        assertScreen(wizard.frame, named: "guided-\(Self.name(size))")
    }
}
