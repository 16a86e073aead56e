@testable import ConsoleUI
import IAMKit
import Testing

/// "What may I do here?": allow or deny with the explanation, completion from the catalog of
/// common actions, the effective permissions summary and the time left.
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
@Suite struct SessionPageTests {
    /// The Session page after alice switched to the seed's role (or not).
    static func state(switched: Bool, size: Size = Size(width: 80, height: 24),
                      at time: Timestamp = IdentityLab.now) throws -> (AppState, InMemoryLabGateway) {
        let gateway = try IdentityLab.gateway()
        try IdentityLab.signIn(gateway, as: "alice")
        if switched {
            try gateway.externalChange { lab in
                guard var console = try lab.record(ConsoleSession.self, at: ConsoleSession.key("default")) else { return }
                try gateway.service.switchRole(&console, account: "production", role: IdentityLab.roleName, color: .green, in: &lab)
            }
        }
        return (IdentityLab.state(SessionPage(gateway.console(guided: size.width > 100)), gateway: gateway, size: size), gateway)
    }

    /// Types an action and a resource and presses Enter.
    static func check(_ action: String, on resource: String, in state: inout AppState) {
        IdentityLab.type(action, into: &state)
        IdentityLab.press(.down, in: &state)
        IdentityLab.type(resource, into: &state)
        IdentityLab.press(.enter, in: &state)
    }

    static func result(_ state: AppState) throws -> [String] {
        try #require(state.activePage as? SessionPage).result.map(\.text)
    }

    @Test func asTheRoleListBucketIsAllowedByPolicyForRole() throws {
        var (state, _) = try Self.state(switched: true)
        Self.check("s3:ListBucket", on: "arn:aws:s3:::example_bucket", in: &state)
        let lines = try Self.result(state)
        #expect(lines.first == "Allowed: s3:ListBucket on arn:aws:s3:::example_bucket")
        #expect(lines.contains("Matched: Allow statement 0 of PolicyForRole, line 3"), "\(lines)")
    }

    @Test func asTheRoleCreateUserIsAnImplicitDeny() throws {
        var (state, _) = try Self.state(switched: true)
        Self.check("iam:CreateUser", on: "arn:aws:iam::111122223333:user/eve", in: &state)
        let lines = try Self.result(state)
        #expect(lines.first == "Denied (implicit deny: nothing allows it): iam:CreateUser on arn:aws:iam::111122223333:user/eve")
        #expect(lines.contains("No statement in any policy mentions iam:CreateUser."))
    }

    @Test func asAliceHerselfListBucketIsDeniedSinceOnlyTheRoleMayDoIt() throws {
        var (state, _) = try Self.state(switched: false)
        Self.check("s3:ListBucket", on: "arn:aws:s3:::example_bucket", in: &state)
        #expect(try Self.result(state).first?.hasPrefix("Denied") == true)
    }

    @Test func aFailedConditionShowsTheContextValueTested() throws {
        var (state, gateway) = try Self.state(switched: false)
        try gateway.externalChange { lab in
            let policy = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"aws:RequestedRegion":"eu-west-1"}}}}"#
            try gateway.service.putUserPolicy(userName: "alice", policyName: "EuOnly", policyDocument: policy,
                                              caller: .root(accountID: DemoLab.developmentAccountID), in: &lab)
        }
        Self.check("s3:GetObject", on: "arn:aws:s3:::example_bucket/a.txt", in: &state)
        let lines = try Self.result(state)
        #expect(lines.contains("Allow statement 0 of EuOnly, line 1: a condition is false"), "\(lines)")
        #expect(lines.contains("StringEquals aws:RequestedRegion: policy [eu-west-1], request [us-east-1] → false"))
    }

    @Test func rightCompletesTheActionFromTheCatalogAndSuggestsAResource() throws {
        var (state, _) = try Self.state(switched: true)
        IdentityLab.type("s3:ListB", into: &state)
        var page = try #require(state.activePage as? SessionPage)
        #expect(page.completions.map(\.action) == ["s3:ListBucket"])
        IdentityLab.press(.right, .enter, in: &state)
        page = try #require(state.activePage as? SessionPage)
        #expect(page.form[SessionPage.action] == "s3:ListBucket")
        #expect(page.form[SessionPage.resource] == "arn:aws:s3:::example_bucket")
        #expect(page.result.first?.text == "Allowed: s3:ListBucket on arn:aws:s3:::example_bucket")
        #expect(CommonActions.completions(for: "IAM:create").map(\.action).contains("iam:CreateRole"))
        IdentityLab.press(.up, .ctrl("u"), in: &state)
        IdentityLab.type("sts:AssumeRole", into: &state)
        page = try #require(state.activePage as? SessionPage)
        #expect(page.form.fields[SessionPage.resource].placeholder == "e.g. arn:aws:iam::111122223333:role/*")
    }

    @Test func theSummaryListsTheRolesPoliciesAndTheTimeLeft() throws {
        let (state, _) = try Self.state(switched: true, at: IdentityLab.now)
        let page = try #require(state.activePage as? SessionPage)
        let lines = page.sessionLines.map(\.text) + page.summaryLines.map(\.text)
        #expect(lines.contains("Acting as arn:aws:sts::111122223333:assumed-role/Test-UserAccess-Role/alice"))
        #expect(lines.contains("Role session expires 2026-11-29T09:00:00Z: 1 h 0 min left"))
        #expect(lines.contains("PolicyForRole (customer managed)"))
        #expect(lines.contains("Allow s3:ListBucket on arn:aws:s3:::example_bucket"))
    }

    @Test("Time left reads as a person would say it", arguments: [
        (Int64(3600), "1 h 0 min"), (3599, "59 min 59 s"), (45, "45 s"), (43200, "12 h 0 min"),
    ])
    func durations(seconds: Int64, text: String) {
        #expect(SessionPage.duration(seconds) == text)
    }

    @Test func anExpiredRoleSessionFallsBackToTheUser() throws {
        let later = IdentityLab.now.adding(seconds: 3601)
        let (state, gateway) = try Self.state(switched: true)
        _ = state
        let expired = InMemoryLabGateway(lab: gateway.lab, service: IAMService(clock: FixedClock(later)))
        let page = SessionPage(expired.console())
        #expect(page.sessionLines.first?.text == "Acting as arn:aws:iam::123456789012:user/alice")
        #expect(ConsolePages.identity(lab: expired).text == "alice @ development (123456789012)")
        #expect(ConsolePages.identity(lab: gateway).text == "Test-UserAccess-Role @ production")
    }

    @Test func snapshots() throws {
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            var (state, _) = try Self.state(switched: true, size: size)
            Self.check("iam:CreateUser", on: "*", in: &state)
            assertScreen(ConsoleShell.render(state, size: size), named: "denied-\(size.width)x\(size.height)")
            var (allowed, _) = try Self.state(switched: true, size: size)
            IdentityLab.type("s3:Li", into: &allowed)
            assertScreen(ConsoleShell.render(allowed, size: size), named: "completing-\(size.width)x\(size.height)")
        }
    }
}
