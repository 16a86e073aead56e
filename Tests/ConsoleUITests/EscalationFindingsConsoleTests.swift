@testable import ConsoleUI
import IAMKit
import Testing

/// The user and role pages flag an identity that holds a privilege-escalation path (IAMKit's
/// analysis), with the path. https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html
@Suite struct EscalationFindingsConsoleTests {
    static let putOnItself = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:PutUserPolicy","Resource":"*"}]}"#

    /// The Users page of development at `size`, bob selected, after bob got an inline policy
    /// letting him put a policy on himself.
    static func bobMayPutAPolicyOnHimself(size: Size) throws -> AppState {
        let gateway = try IdentityLab.gateway()
        try gateway.externalChange { lab in
            _ = try gateway.service.consoleSignIn(account: "development", in: &lab)
            try gateway.service.putUserPolicy(userName: "bob", policyName: "self-service", policyDocument: Self.putOnItself,
                                              caller: .root(accountID: DemoLab.developmentAccountID), in: &lab)
        }
        var state = IdentityLab.state(UsersPage(gateway.console(guided: false, drafts: InMemoryDraftStore())), gateway: gateway, size: size)
        IdentityLab.press(.down, in: &state)
        return state
    }

    @Test func theUserPageFlagsBobWithThePath() throws {
        let state = try Self.bobMayPutAPolicyOnHimself(size: Size(width: 120, height: 30))
        let page = try #require(state.activePage as? UsersPage)
        #expect(page.selectedRow?.name == "bob")
        let texts = page.detailLines.map(\.text)
        #expect(texts.contains("Privilege escalation: bob can make himself an administrator: iam:PutUserPolicy on himself (arn:aws:iam::123456789012:user/bob)"))
        #expect(texts.contains { $0.hasPrefix("Privilege escalation: rolecall iam put-user-policy --user-name bob") })
        #expect(page.detailLines.first { $0.text.hasPrefix("Privilege escalation") }?.role == .warning)
        #expect(page.rows.first { $0.name == "alice" }?.escalationFindings == [])
    }

    /// Opened (Enter) to remove or edit what bob holds, his detail keeps the finding in sight
    /// above the list of his policies, groups and credentials.
    @Test func theOpenedUserStillShowsTheFinding() throws {
        var state = try Self.bobMayPutAPolicyOnHimself(size: Size(width: 120, height: 30))
        IdentityLab.press(.enter, in: &state)
        let screen = state.screenText
        #expect(screen.contains("User bob › permissions, groups, credentials"), "\(screen)")
        #expect(screen.contains("Privilege escalation: bob can make himself an administrator"), "\(screen)")
        #expect(screen.contains("self-service"), "the inline policy is still listed: \(screen)")
    }

    @Test func at80x24TheStackedDetailHasTheRoomTheShortListLeavesAndShowsTheFinding() throws {
        let screen = try Self.bobMayPutAPolicyOnHimself(size: Size(width: 80, height: 24)).screenText
        // The three rows of the list are all there, and below them bob's MFA line and the
        // finding's path to the end, where the list's empty rows used to push them off.
        #expect(screen.contains("group Developers"))
        #expect(screen.contains("MFA: none (m sets one up)"))
        #expect(screen.contains("(arn:aws:iam::123456789012:user/bob)"))
        #expect(screen.contains("Privilege escalation: rolecall iam put-user-policy"))
    }

    /// With a list longer than the page, the selected user's detail still shows its findings at
    /// 80×24: the list gives up rows (keeping three) rather than push them under a ▼, and the
    /// hint under the detail (the status bar's keys) gives way to them.
    @Test func at80x24ALongListLeavesTheSelectedUsersFindingsOnThePage() throws {
        let gateway = try IdentityLab.gateway()
        try gateway.externalChange { lab in
            _ = try gateway.service.consoleSignIn(account: "development", in: &lab)
            let root = Caller.root(accountID: DemoLab.developmentAccountID)
            try gateway.service.putUserPolicy(userName: "bob", policyName: "self-service", policyDocument: Self.putOnItself,
                                              caller: root, in: &lab)
            for index in 1...20 { _ = try gateway.service.createUser(userName: "trainee\(index)", caller: root, in: &lab) }
        }
        var state = IdentityLab.state(UsersPage(gateway.console(guided: false, drafts: InMemoryDraftStore())), gateway: gateway,
                                      size: Size(width: 80, height: 24))
        IdentityLab.press(.down, in: &state)
        let screen = state.screenText
        #expect((state.activePage as? UsersPage)?.selectedRow?.name == "bob")
        #expect(screen.contains("(arn:aws:iam::123456789012:user/bob)"), "\(screen)")
        #expect(screen.contains("Privilege escalation: rolecall iam put-user-policy"), "\(screen)")
        #expect(!screen.contains("▼"), "\(screen)")
        // Moving on still shows the list scrolling under the selection.
        for _ in 0..<6 { IdentityLab.press(.down, in: &state) }
        #expect(state.screenText.contains("trainee"), "\(state.screenText)")
    }

    @Test func theRoleDetailsTabFlagsTheRole() throws {
        let lab = try RolesTestLab()
        let service = lab.service
        try lab.gateway.externalChange { repo in
            let policy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:PutRolePolicy","Resource":"arn:aws:iam::111122223333:role/UpdateApp"}]}"#
            try service.putRolePolicy(roleName: RolesTestLab.roleName, policyName: "self", policyDocument: policy,
                                      caller: .root(accountID: RolesTestLab.production), in: &repo)
        }
        var state = lab.state(lab.rolesPage(), size: Size(width: 120, height: 30))
        state.press(.enter, .left)
        #expect(state.roles?.detail?.tab == .details)
        #expect(state.screenText.contains("Privilege escalation"))
        #expect(state.screenText.contains("role UpdateApp can make itself an administrator: iam:PutRolePolicy on itself"))
    }
}
