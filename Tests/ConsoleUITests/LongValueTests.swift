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

    /// An external ID of 150 characters: a trust-policy line far wider than 80 columns.
    static let externalID = String(repeating: "Partner-2026-Deploy_", count: 8).prefix(150).description
    /// An S3 object ARN of 180 characters: an inline-policy line far wider than 80 columns.
    static let objectARN = "arn:aws:s3:::example_bucket/" + String(repeating: "releases/production/app-", count: 7).prefix(152)

    /// The seed's role with a long trust-policy line and a long inline-policy line, at 80×24.
    static func longDocuments() throws -> AppState {
        let lab = try RolesTestLab()
        let service = lab.service
        let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:user/bob"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"\#(externalID)"}}}]}"#
        let inline = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"\#(objectARN)"}]}"#
        try lab.gateway.externalChange { repo in
            let root = Caller.root(accountID: RolesTestLab.production)
            try service.updateAssumeRolePolicy(roleName: RolesTestLab.roleName, policyDocument: trust, caller: root, in: &repo)
            try service.putRolePolicy(roleName: RolesTestLab.roleName, policyName: "ReadReleases", policyDocument: inline,
                                      caller: root, in: &repo)
        }
        var state = lab.state(lab.rolesPage())
        state.press(.enter)
        return state
    }

    /// The screen's rows with the continuation marks and gutters taken out, joined, so a value
    /// split over rows reads whole again.
    static func joined(_ frame: Frame) -> String {
        frame.lines.map { line in
            line.replacingOccurrences(of: "↪ ", with: "").split(separator: "│").map { $0.trimmingCharacters(in: .whitespaces) }
                .joined()
        }.joined()
    }

    @Test("A long trust-policy line wraps under its indentation, marked ↪, nothing cut; End scrolls to the end (80×24)")
    func trustPolicyWraps() throws {
        var state = try Self.longDocuments()
        state.press(.right)  // Trust relationships
        let frame = ConsoleShell.render(state, size: state.size)
        assertScreen(frame, named: "trust-long-line-80x24")
        #expect(frame.lines.contains { $0.contains("↪") }, "a continuation row is marked")
        #expect(Self.joined(frame).contains(Self.externalID), "the external ID reads whole across its rows")
        #expect(!frame.lines.contains { $0.contains("…") }, "nothing is cut")
        state.press(.end)
        let end = ConsoleShell.render(state, size: state.size)
        assertScreen(end, named: "trust-long-line-end-80x24")
        #expect(end.lines.contains { $0.contains("▲") }, "rows above are hidden and say so")
    }

    @Test("A long inline-policy line wraps in the Permissions tab, ▼ where the document goes on (80×24)")
    func inlinePolicyWraps() throws {
        var state = try Self.longDocuments()
        while !ConsoleShell.render(state, size: state.size).lines.contains(where: { $0.contains("─ ReadReleases ") }) {
            state.press(.down)
        }
        let frame = ConsoleShell.render(state, size: state.size)
        assertScreen(frame, named: "inline-long-line-80x24")
        #expect(frame.lines.contains { $0.contains("↪") })
        #expect(!frame.lines.contains { $0.contains("…") }, "nothing is cut")
        #expect(Self.joined(frame).contains("releases/production/app-releases/production/app-"), "the ARN reads on across rows")
    }

    @Test("A user's long ARN (a 200-character path) wraps whole in the Users page's detail (80×24)")
    func userARNWraps() throws {
        let gateway = try demoLabGateway()
        let path = "/" + String(repeating: "engineering/platform/", count: 10).prefix(198) + "/"
        try gateway.externalChange { repo in
            _ = try gateway.service.createUser(userName: "carol", path: path, caller: .root(accountID: DemoLab.developmentAccountID),
                                               in: &repo)
        }
        try gateway.externalChange { repo in
            _ = try gateway.service.consoleSignIn(account: "development", in: &repo)
        }
        var state = IdentityLab.state(UsersPage(gateway.console()), gateway: gateway)
        while !ConsoleShell.render(state, size: state.size).lines.contains(where: { $0.contains("User carol") }) {
            state.press(.down)
        }
        let frame = ConsoleShell.render(state, size: state.size)
        assertScreen(frame, named: "user-long-arn-80x24")
        #expect(Self.joined(frame).contains("arn:aws:iam::123456789012:user" + path + "carol"), "the ARN reads whole across its rows")
    }
}
