import ConsoleUI
import IAMKit
import Testing

/// The Roles page reducer: keys in, state and lab out.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_manage.html
@Suite("Roles page: list, filter, sort, paging")
struct RolesListTests {
    @Test("the list shows the account's roles with their trusted entities")
    func listsRoles() throws {
        let lab = try RolesTestLab(extraRoles: 2)
        let page = lab.rolesPage()
        #expect(page.rows.map(\.name).sorted() == ["UpdateApp", "role-00000", "role-00001"])
        let state = lab.state(page)
        #expect(state.screenText.contains("Account: 123456789012"))
        #expect(state.screenText.contains("AWS Service: ec2"))
    }

    @Test("/ filters as you type; Esc clears the filter")
    func filter() throws {
        let lab = try RolesTestLab(extraRoles: 3)
        var state = lab.state(lab.rolesPage())
        state.press(.character("/"))
        state.type("update")
        #expect(state.roles?.shown.count == 1)
        #expect(state.roles?.selectedRow?.name == "UpdateApp")
        state.press(.enter)
        #expect(state.roles?.filter == "update")
        #expect(state.roles?.prompt == nil)
        state.press(.escape)
        #expect(state.roles?.filter == "")
        #expect(state.roles?.shown.count == 4)
    }

    @Test("s cycles the sort: name, trusted entities, created, last used")
    func sort() throws {
        let lab = try RolesTestLab(extraRoles: 2)
        var state = lab.state(lab.rolesPage())
        #expect(state.roles?.sort == .name)
        #expect(state.roles?.selectedRow?.name == "role-00000")  // case-insensitive, as IAM lists
        state.press(.character("s"))
        #expect(state.roles?.sort == .trustedEntities)
        #expect(state.roles.map { $0.shown.map { $0 }.count } == 3)
        #expect(state.roles?.rows[state.roles?.shown.first ?? 0].trustedEntities == "AWS Service: ec2")
        state.press(.character("s"), .character("s"))
        #expect(state.roles?.sort == .lastUsed)
        state.press(.character("s"))
        #expect(state.roles?.sort == .name)
    }

    // Speed is measured by `rolecall-bench render` (docs/benchmarks.md), not here: the limit only
    // stops a hang (building 5,000 roles in a debug build on a loaded 2-core CI machine took 340 s).
    @Test("5,000 roles page smoothly: End reaches the last, only the visible window is drawn", .timeLimit(.minutes(10)))
    func fiveThousandRoles() throws {
        let lab = try RolesTestLab(extraRoles: 5_000)
        var state = lab.state(lab.rolesPage())
        #expect(state.roles?.shown.count == 5_001)
        state.press(.end)
        #expect(state.roles?.selectedRow?.name == "UpdateApp")
        state.press(.pageUp, .pageUp)
        let text = state.screenText
        #expect(text.contains("/5001"))
        #expect(!text.contains("role-00000"))
        for _ in 0..<200 { state.press(.down) }
        #expect(state.screenText.contains("/5001"), "the position stays on screen while paging")
    }

    @Test("n opens the Create role wizard")
    func newRole() throws {
        let lab = try RolesTestLab()
        var page = lab.rolesPage()
        #expect(page.handle(Command("roles.new"), body: Rect(row: 1, col: 0, width: 80, height: 22), in: lab.environment)
                == [.openPage(.createRole)])
    }

    @Test("coming back to the page (Tab) picks up a role the CLI created meanwhile")
    func reloadsOnFocus() throws {
        let lab = try RolesTestLab()
        var state = AppState(size: Size(width: 80, height: 24),
                             pages: [lab.rolesPage(), PoliciesPage(lab.environment)], environment: lab.environment)
        state.press(.tab)
        let service = lab.service
        try lab.gateway.externalChange { repo in
            _ = try service.createRole(roleName: "WhileAway", assumeRolePolicyDocument: RolesTestLab.trust,
                                       caller: .root(accountID: RolesTestLab.production), in: &repo)
        }
        state.press(.tab)
        #expect(state.roles?.rows.contains { $0.name == "WhileAway" } == true)
    }

    @Test("a role the CLI creates in another session shows up on the next key, without r")
    func reloadsOnChange() throws {
        let lab = try RolesTestLab()
        var state = lab.state(lab.rolesPage())
        let service = lab.service
        try lab.gateway.externalChange { repo in
            _ = try service.createRole(roleName: "FromCLI", assumeRolePolicyDocument: RolesTestLab.trust,
                                       caller: .root(accountID: RolesTestLab.production), in: &repo)
        }
        state.press(.down)
        #expect(state.roles?.rows.contains { $0.name == "FromCLI" } == true)
    }
}

@Suite("Roles page: detail tabs")
struct RolesDetailTests {
    @Test("Enter opens the role on Permissions; → walks the tabs (Tags before Details)")
    func tabs() throws {
        let lab = try RolesTestLab()
        var state = lab.state(lab.rolesPage())
        state.press(.enter)
        #expect(state.roles?.detail?.tab == .permissions)
        #expect(state.roles?.detail?.permissions.map(\.name) == ["PolicyForRole"])
        state.press(.right)
        #expect(state.roles?.detail?.tab == .trust)
        #expect(state.screenText.contains("arn:aws:iam::123456789012:user/bob"))
        state.press(.right)
        #expect(state.roles?.detail?.tab == .whoCanAssume)
        state.press(.right)
        #expect(state.roles?.detail?.tab == .tags)
        state.press(.right)
        #expect(state.roles?.detail?.tab == .details)
        state.press(.escape)
        #expect(state.roles?.detail == nil)
    }

    @Test("trust tab: the ARN is shown back; after the user is deleted elsewhere, r shows the raw unique ID flagged")
    func deletedPrincipal() throws {
        let lab = try RolesTestLab()
        var state = lab.state(lab.rolesPage())
        state.press(.enter, .right)
        #expect(state.roles?.detail?.deletedPrincipals == [])
        try lab.deleteBobElsewhere()
        state.press(.character("r"))
        let ids = state.roles?.detail?.deletedPrincipals ?? []
        #expect(ids.count == 1)
        #expect(ids.first?.hasPrefix("AIDA") == true)
        let text = state.screenText
        #expect(text.contains("⚠ \(ids.first ?? "?"): deleted principal"))
        #expect(!text.contains("user/bob"))
    }

    @Test("who can assume: bob is admitted but lacks his own sts:AssumeRole permission")
    func whoCanAssume() throws {
        let lab = try RolesTestLab()
        var state = lab.state(lab.rolesPage(), size: Size(width: 120, height: 40))
        state.press(.enter, .right, .right)
        let entries = state.roles?.detail?.whoCanAssume ?? []
        #expect(entries.map(\.principalARN) == [RolesTestLab.bobARN])
        #expect(entries.first?.permission == .missing)
        #expect(state.screenText.contains("its own sts:AssumeRole permission (missing)"))
    }

    @Test("Details: the description is editable through UpdateRole; the name is not")
    func description() throws {
        let lab = try RolesTestLab()
        var state = lab.state(lab.rolesPage())
        state.press(.enter, .left)
        #expect(state.roles?.detail?.tab == .details)
        #expect(state.screenText.contains("(cannot be changed)"))
        state.press(.character("e"))
        for _ in 0..<40 { state.press(.backspace) }
        state.type("Deploys the app")
        state.press(.enter)
        #expect(lab.storedRole()?.description == "Deploys the app")
        #expect(lab.gateway.writtenEvents.last == "UpdateRole")
        #expect(state.roles?.message?.role == .success)
    }
}

@Suite("Roles page: service principals")
struct RolesServicePrincipalTests {
    @Test("a service-trusted role lists nobody from the lab but names the service")
    func servicePrincipal() throws {
        let lab = try RolesTestLab(extraRoles: 1)
        var state = lab.state(lab.rolesPage())
        state.press(.enter, .right, .right)
        #expect(state.roles?.detail?.role.roleName == "role-00000")
        #expect(state.roles?.detail?.whoCanAssume?.isEmpty == true)
        #expect(state.screenText.contains("Also trusted, outside the lab's identities: Service: ec2.amazonaws.com"))
    }
}

@Suite("Roles and Policies pages: the caller's own permissions")
struct RolesAuthorizationTests {
    @Test("signed in as bob (no IAM permissions), both pages show IAM's AccessDenied instead of a list")
    func accessDenied() throws {
        let lab = try RolesTestLab()
        let service = lab.service
        try lab.gateway.externalChange { repo in
            _ = try service.consoleSignIn(account: "development", userName: "bob", password: "Bob-Console-2026", in: &repo)
        }
        let roles = lab.rolesPage()
        #expect(roles.rows.isEmpty)
        #expect(roles.message?.text.hasPrefix("AccessDenied: User: arn:aws:iam::123456789012:user/bob is not authorized to perform: iam:ListRoles") == true)
        let policies = PoliciesPage(lab.gateway.console(drafts: lab.drafts))
        #expect(policies.policies.isEmpty)
        #expect(policies.message?.text.contains("iam:ListPolicies") == true)
    }
}

@Suite("Roles page: guided mode topics")
struct RolesGuideTopicTests {
    @Test("guided mode explains the list, then the idea behind each tab; a deleted principal switches to principal IDs")
    func topics() throws {
        let lab = try RolesTestLab()
        var state = lab.state(lab.rolesPage())
        #expect(state.roles?.guideTopic == .rolesList)
        state.press(.enter)
        #expect(state.roles?.guideTopic == .permissionsPolicies)
        state.press(.right)
        #expect(state.roles?.guideTopic == .trustRelationshipsTab)
        try lab.deleteBobElsewhere()
        state.press(.character("r"))
        #expect(state.roles?.guideTopic == .principalIDs)
        state.press(.right)
        #expect(state.roles?.guideTopic == .whoCanAssume)
    }
}
