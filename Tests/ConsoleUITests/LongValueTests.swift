import ConsoleUI
import IAMKit
import Testing

/// Long values in detail views wrap (prose at spaces, ARNs in line-wide pieces) and scroll
/// with the list keys, instead of being cut to one line.
@Suite("Long values in detail views")
struct LongValueTests {
    /// IAM's longest description: 1,000 characters.
    static let description = String(String(repeating: "Lets the deployment pipeline update the production app. ", count: 18).prefix(1000))

    /// The seed's role with a 1,000-character description, open on its Details tab at 80×24.
    static func details() throws -> AppState {
        let lab = try RolesTestLab()
        let service = lab.service
        try lab.gateway.externalChange { repo in
            try service.updateRole(roleName: RolesTestLab.roleName, description: description,
                                   caller: .root(accountID: RolesTestLab.production), in: &repo)
        }
        var state = lab.state(lab.rolesPage())
        state.press(.enter, .left)
        return state
    }

    @Test("A 1,000-character description wraps at word boundaries; ▼ says there is more (80×24)")
    func wraps() throws {
        let state = try Self.details()
        let frame = ConsoleShell.render(state, size: state.size)
        assertScreen(frame, named: "details-long-description-80x24")
        #expect(frame.lines.filter { $0.contains("Lets the deployment pipeline") || $0.contains("update the production app.") }.count > 5)
        #expect(frame.lines.contains { $0.contains("▼") })
    }

    @Test("↓ and End scroll to the description's last words; Home goes back")
    func scrolls() throws {
        var state = try Self.details()
        state.press(.end)
        let frame = ConsoleShell.render(state, size: state.size)
        assertScreen(frame, named: "details-long-description-end-80x24")
        let last = String(Self.description.split(separator: " ").suffix(2).joined(separator: " "))
        #expect(state.screenText.contains(last), "\(state.screenText)")
        #expect(frame.lines.contains { $0.contains("▲") })
        state.press(.home)
        #expect(state.screenText.contains("Role name"))
    }
}
