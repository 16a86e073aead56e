@testable import ConsoleUI
import IAMKit
import Testing

/// The demo lab in memory, pinned at 2026-11-29T08:00:00Z, for the identity pages' tests
/// (Users, Sign in, Switch Role, Session). `withSeedRole` adds what the seed's tutorial builds:
/// Test-UserAccess-Role in production trusting 123456789012 with MFA, PolicyForRole attached,
/// and alice allowed `sts:AssumeRole` on it (bob is not).
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/tutorial_cross-account-with-roles.html
enum IdentityLab {
    static let now = Timestamp(secondsSince1970: 1_795_939_200) // 2026-11-29T08:00:00Z
    static let roleName = "Test-UserAccess-Role"
    static let roleARN = "arn:aws:iam::111122223333:role/Test-UserAccess-Role"
    static let trustPolicy = """
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
         "Action": "sts:AssumeRole", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}]}
        """

    /// The Users page's keys, for docs/keybindings.md.
    static var usersBindings: [KeyBinding] {
        UsersPage(InMemoryLabGateway(service: IAMService(clock: FixedClock(now))).console()).bindings
    }

    /// The Sign in, Switch Role and Session pages' keys, in tab order, for docs/keybindings.md
    /// (no one signed in, so titles read generically).
    static var documentedBindings: [KeyBinding] {
        let lab = InMemoryLabGateway(service: IAMService(clock: FixedClock(now)))
        return SignInPage(lab.console()).bindings + SwitchRolePage(lab.console()).bindings + SessionPage(lab.console()).bindings
    }

    /// A gateway over a fresh demo lab, the console signed in as production's root; `clock`
    /// replaces the clock pinned at `time` (a test that lets time pass).
    static func gateway(withSeedRole: Bool = true, at time: Timestamp = now, clock: (any Clock)? = nil) throws -> InMemoryLabGateway {
        let service = IAMService(clock: clock ?? FixedClock(time), ids: SeededIDGenerator(seed: 7))
        var lab = InMemoryLab()
        try DemoLab.populate(using: service, in: &lab)
        let production = Caller.root(accountID: DemoLab.productionAccountID)
        let development = Caller.root(accountID: DemoLab.developmentAccountID)
        if withSeedRole {
            _ = try service.createRole(roleName: roleName, assumeRolePolicyDocument: trustPolicy, caller: production, in: &lab)
            try service.attachRolePolicy(roleName: roleName, policyArn: "arn:aws:iam::111122223333:policy/PolicyForRole",
                                         caller: production, in: &lab)
            let grant = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"\#(roleARN)"}}"#
            try service.putUserPolicy(userName: "alice", policyName: "AssumeTestRole", policyDocument: grant, caller: development, in: &lab)
        }
        _ = try service.consoleSignIn(account: DemoLab.productionAccountID, in: &lab)
        return InMemoryLabGateway(lab: lab, service: service)
    }

    /// Lets `user` of development call sts:AssumeRole on the seed's role.
    static func grantAssumeRole(_ gateway: InMemoryLabGateway, to user: String) throws {
        try gateway.externalChange { lab in
            let grant = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"\#(roleARN)"}}"#
            try gateway.service.putUserPolicy(userName: user, policyName: "AssumeTestRole", policyDocument: grant,
                                              caller: .root(accountID: DemoLab.developmentAccountID), in: &lab)
        }
    }

    /// The code alice's virtual MFA device shows now.
    static func aliceCode(_ gateway: InMemoryLabGateway) throws -> String {
        let device = try #require(try gateway.lab.record(MFADevice.self, at: MFADevice.key(DemoLab.developmentAccountID, "alice")))
        return try #require(device.totp).code(at: gateway.service.clock.now())
    }

    /// The demo's console password of `user` (empty for a user without one).
    static func demoPassword(_ user: String) -> String {
        DemoLab.demoPasswords.first { $0.userName == user }?.password ?? ""
    }

    /// Signs the console in as `user` of development (with the demo's password; alice with her code).
    static func signIn(_ gateway: InMemoryLabGateway, as user: String, mfa: Bool = true) throws {
        let code = user == "alice" && mfa ? try aliceCode(gateway) : nil
        let password = demoPassword(user)
        try gateway.externalChange { lab in
            _ = try gateway.service.consoleSignIn(account: "development", userName: user, password: password.isEmpty ? nil : password,
                                                  mfaCode: code, in: &lab)
        }
    }

    /// An app state showing `page` at `size`, with the header as the console would start.
    static func state(_ page: any ConsoleUI.Page, gateway: InMemoryLabGateway, size: Size = Size(width: 80, height: 24),
                      drafts: any DraftStore = InMemoryDraftStore()) -> AppState {
        let identity = ConsolePages.identity(lab: gateway)
        // As the console launcher wires it: showing a page re-reads who is signed in.
        return AppState(size: size, pages: [page], environment: gateway.console(drafts: drafts, followsIdentity: true),
                        identity: identity.text, identityRole: identity.role)
    }

    /// Types `text` into the active page.
    static func type(_ text: String, into state: inout AppState) {
        for character in text { _ = ConsoleShell.reduce(&state, .keyPressed(.character(character))) }
    }

    /// Presses keys in order.
    static func press(_ keys: Key..., in state: inout AppState) {
        for key in keys { _ = ConsoleShell.reduce(&state, .keyPressed(key)) }
    }

    /// The screen as text.
    static func screen(_ state: AppState) -> String {
        ConsoleShell.render(state, size: state.size).lines.joined(separator: "\n")
    }
}
