import ConsoleUI
import Terminal
import Testing

/// What `--record` writes of a screen: a secret never, whole or cut at a panel's edge.
@Suite("Recording masks secrets")
struct RecordingMaskTests {
    static let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

    @Test("A whole secret, and a piece of one cut by the panel edge, become asterisks")
    func masksWholeAndCut() {
        var frame = Frame(size: Size(width: 60, height: 3))
        frame.put("Secret: " + Self.secret, row: 0, col: 0, role: .text)
        frame.put("│ " + String(Self.secret.prefix(14)) + "…│", row: 1, col: 0, role: .text)
        frame.put("alice  AKIAEXAMPLE", row: 2, col: 0, role: .text)
        let rows = SecretMask(secrets: [Self.secret]).mask(FrameText.rows(of: frame))
        #expect(rows[0] == "Secret: " + String(repeating: "*", count: Self.secret.count))
        #expect(rows[1] == "│ " + String(repeating: "*", count: 14) + "…│")
        #expect(rows[2] == "alice  AKIAEXAMPLE", "text that is no secret stays")
    }

    @Test("No secrets: the rows are unchanged")
    func noSecrets() {
        #expect(SecretMask(secrets: []).mask(["abc"]) == ["abc"])
    }
}
