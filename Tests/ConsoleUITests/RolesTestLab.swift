import ConsoleUI
import IAMKit

/// The demo lab with the seed's role made as the CLI would make it, a pinned clock and seeded
/// IDs, signed in to the console as production's root; shared by the Roles and Policies tests.
struct RolesTestLab {
    static let now = Timestamp(iso8601: "2026-11-29T06:00:00Z") ?? Timestamp(secondsSince1970: 0)
    static let production = DemoLab.productionAccountID
    static let development = DemoLab.developmentAccountID
    static let roleName = "UpdateApp"
    static let bobARN = "arn:aws:iam::123456789012:user/bob"
    static let policyARN = "arn:aws:iam::111122223333:policy/PolicyForRole"
    static let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:user/bob"},"Action":"sts:AssumeRole"}]}"#

    let gateway: InMemoryLabGateway
    let drafts = InMemoryDraftStore()
    let service: IAMService

    /// The lab; `extraRoles` more roles named `role-00001`… trusting EC2, for paging tests.
    init(extraRoles: Int = 0, attachPolicy: Bool = true) throws {
        // 1,000 PBKDF2 rounds, not a lab's 210,000 (PasswordDigest): fixtures set many passwords.
        service = IAMService(clock: FixedClock(Self.now), ids: SeededIDGenerator(seed: 7), passwordRounds: 1_000)
        var lab = InMemoryLab()
        try DemoLab.populate(using: service, in: &lab)
        let root = Caller.root(accountID: Self.production)
        _ = try service.createRole(roleName: Self.roleName, assumeRolePolicyDocument: Self.trust,
                                   description: "Lets bob update the production app", caller: root, in: &lab)
        if attachPolicy {
            try service.attachRolePolicy(roleName: Self.roleName, policyArn: Self.policyARN, caller: root, in: &lab)
        }
        let ec2 = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
        if extraRoles >= AccountQuota.rolesPerAccount.awsDefault / 2 {
            // Thousands of roles: an account whose quota was raised, as in AWS.
            try service.raiseQuota(.rolesPerAccount, to: extraRoles + 100, for: Self.production, in: &lab)
        }
        for index in 0..<extraRoles {
            let name = "role-" + String(String(index + 100_000).dropFirst())
            _ = try service.createRole(roleName: name, assumeRolePolicyDocument: ec2, caller: root, in: &lab)
        }
        _ = try service.consoleSignIn(account: "production", in: &lab)
        gateway = InMemoryLabGateway(lab: lab, service: service)
    }

    /// The Roles page over this lab.
    func rolesPage(guided: Bool = false) -> RolesPage {
        RolesPage(gateway.console(guided: guided, drafts: drafts))
    }

    /// The environment the console hands the pages over this lab (drafts in `drafts`).
    var environment: ConsoleEnvironment {
        gateway.console(drafts: drafts)
    }

    /// A console state showing `page` at `size`.
    func state(_ page: any ConsoleUI.Page, size: Size = Size(width: 80, height: 24)) -> AppState {
        AppState(size: size, pages: [page], environment: environment, identity: "root @ production (111122223333)")
    }

    /// The role as stored now.
    func storedRole(_ name: String = RolesTestLab.roleName) -> Role? {
        try? gateway.lab.record(Role.self, at: Role.key(Self.production, name))
    }

    /// Deletes bob as the CLI in another session would (detaching him from his group first).
    func deleteBobElsewhere() throws {
        let service = service
        try gateway.externalChange { lab in
            let dev = Caller.root(accountID: Self.development)
            try service.removeUserFromGroup(groupName: "Developers", userName: "bob", caller: dev, in: &lab)
            // DeleteUser refuses while the demo's console password exists (AWS's DeleteConflict).
            try service.deleteLoginProfile(userName: "bob", caller: dev, in: &lab)
            try service.deleteUser(userName: "bob", caller: dev, in: &lab)
        }
    }
}

extension AppState {
    /// Presses keys through the shell, as the terminal would deliver them; returns all effects.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        keys.flatMap { ConsoleShell.reduce(&self, .keyPressed($0)) }
    }

    /// Types text into whatever field has focus.
    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        text.flatMap { ConsoleShell.reduce(&self, .keyPressed(.character($0))) }
    }

    /// The Roles page in this state.
    var roles: RolesPage? { pages.first { $0.id == .roles } as? RolesPage }

    /// The screen's text.
    var screenText: String { ConsoleShell.render(self, size: size).lines.joined(separator: "\n") }
}
