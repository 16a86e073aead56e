@testable import ConsoleUI
import IAMKit
import MFAQRCode
import Testing

/// Issue #19: the Users page's virtual-MFA form shows the device's QR code in the terminal
/// (F3), readable at 80×24, drawn from the same module matrix as the CLI's PNG.
@Suite struct UsersPageQRCodeTests {
    @Test func f3ShowsTheQRCodeOfTheDeviceBeingSetUpAndF3OrEscReturns() throws {
        var (state, _) = try UsersPageTests.state(size: Size(width: 80, height: 24))
        IdentityLab.press(.down, in: &state)
        IdentityLab.type("m", into: &state)
        guard case .enableMFA(_, _, _, let uri) = try UsersPageTests.page(state).prompt else {
            Issue.record("no MFA form")
            return
        }
        #expect(IdentityLab.screen(state).contains("F3 QR code"), "the status bar does not offer F3:\n\(IdentityLab.screen(state))")
        IdentityLab.press(.function(3), in: &state)
        let screen = IdentityLab.screen(state).components(separatedBy: "\n")
        let expected = try QRCodeMatrix(encoding: uri).halfBlockLines()
        // Every line of the code appears, in order, on consecutive rows, untruncated.
        let first = try #require(screen.firstIndex { $0.contains(expected[0]) }, "no QR code on screen:\n\(screen.joined(separator: "\n"))")
        for (offset, line) in expected.enumerated() {
            #expect(screen[safe: first + offset]?.contains(line) == true, "row \(offset) of the code is not on screen")
        }
        // What is on screen decodes to the device's matrix.
        let column = try #require(screen[first].range(of: expected[0])).lowerBound
        let shown = (0..<expected.count).map { offset -> String in
            let row = screen[first + offset]
            return String(row[column...].prefix(expected[0].count))
        }
        #expect(QRCodeMatrix.fromHalfBlockLines(shown) == (try QRCodeMatrix(encoding: uri)))
        IdentityLab.press(.function(3), in: &state)
        #expect(!IdentityLab.screen(state).contains(expected[0]))
        #expect(try UsersPageTests.page(state).prompt != nil, "F3 must return to the form, not close it")
        IdentityLab.press(.function(3), in: &state)
        IdentityLab.press(.escape, in: &state)
        #expect(!IdentityLab.screen(state).contains(expected[0]))
        #expect(try UsersPageTests.page(state).prompt != nil, "Esc on the QR code returns to the form")
    }
}
