@testable import ConsoleUI
import IAMKit
import Testing

/// Issue #15: in guided mode at 80×24 the wizard's Options rows were hidden under the guide
/// panel; Tab moved focus onto the unseen "Require MFA" and Space ticked it blind.
@Suite("Guided mode never hides the wizard's focused field")
struct GuidedWizardFocusTests {
    @Test("every field of steps 1 and 3 is on screen when focused, guided at 80×24 and 100×30",
          arguments: [Size(width: 80, height: 24), Size(width: 100, height: 30)])
    func focusedFieldShows(size: Size) throws {
        var wizard = try WizardHarness(size: size, guided: true)
        wizard.app.isGuided = true
        wizard.press(.tab)  // Account ID
        wizard.type(DemoLab.developmentAccountID)
        wizard.press(.tab, .character(" "))  // Require external ID, ticked: the form grows
        for _ in 0..<6 {
            wizard.press(.tab)
            let label = wizard.state.focus.declaration?.columnLabel ?? ""
            let focusedLine = wizard.frame.lines.first { $0.contains("›") && ($0.contains(label) || label.isEmpty) }
            #expect(focusedLine != nil, "\(wizard.state.focus) is off screen:\n\(wizard.screen)")
            if wizard.state.focus == .requireMFA {
                #expect(wizard.screen.contains("Require MFA"), "\(wizard.screen)")
            }
        }
        wizard.press(.character(" "))
        #expect(wizard.screen.contains("[x] Require MFA") || wizard.state.focus != .requireMFA)
    }
}
