@testable import ConsoleUI
import IAMKit
import Testing

/// Issue #14: typing `Cafe`, U+0301 and another key into the wizard's Role name or Description
/// crashed the console (SIGILL) because the field indexed its text by stale offsets.
@Suite("Create role wizard: combining marks and other clusters in text fields")
struct WizardCombiningMarkTests {
    @Test("Cafe + U+0301 + more keys in Role name and Description keeps the text and the console")
    func combiningMarkThenKeys() throws {
        var wizard = try WizardHarness()
        wizard.walkSeedToReview()
        wizard.press(.escape)  // back to step 3: Role name focused
        #expect(wizard.state.focus == .roleName)
        wizard.press(.ctrl("u"), .end)
        wizard.typeScalars("Cafe\u{301}")
        wizard.press(.character("x"), .left, .character("y"), .backspace, .delete, .right, .character("z"))
        #expect(wizard.state.roleName.text == "Café" + "z")
        wizard.press(.tab)
        #expect(wizard.state.focus == .roleDescription)
        wizard.press(.end)
        wizard.typeScalars(" Cafe\u{301}")
        wizard.press(.character("!"), .home, .end, .backspace, .backspace, .character("e"))
        #expect(wizard.state.roleDescription.text.hasSuffix(" Cafe"))
        #expect(wizard.screen.contains("Caf"))
    }
}

extension WizardHarness {
    /// Types text one Unicode scalar per key, as a terminal delivers a combining mark typed
    /// (or pasted) after its letter.
    mutating func typeScalars(_ text: String) {
        for scalar in text.unicodeScalars { press(.character(Character(scalar))) }
    }
}
