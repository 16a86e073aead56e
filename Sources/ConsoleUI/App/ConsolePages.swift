import IAMKit

/// Assembles the console's pages over a lab. Each page feature adds its page here, in the
/// order the console tabs through them; the welcome page the executable builds comes first.
public enum ConsolePages {
    /// Settings every page may read.
    public struct Options: Hashable, Sendable {
        /// `--guided`: explanations beside the field or page in use.
        public var guided: Bool
        /// Creates options.
        public init(guided: Bool = false) {
            self.guided = guided
        }
    }

    /// The lab pages, in tab order, read from `environment`'s lab. The pages keep no reference
    /// to it: the shell hands the environment to the page in use (`AppState.environment`).
    public static func make(_ environment: ConsoleEnvironment) -> [any Page] {
        var pages: [any Page] = []
        pages.append(RolesPage(environment, loadNow: false))
        pages.append(CreateRolePage(environment))
        pages.append(UsersPage(environment, loadNow: false))
        pages.append(PoliciesPage(environment))
        pages.append(SignInPage(environment))
        pages.append(SwitchRolePage(environment))
        pages.append(SessionPage(environment))
        pages.append(ActivityPage(environment))
        return pages
    }

    /// What the header shows for the console session: the signed-in identity, or the active
    /// role's display name in its Switch Role colour, as the AWS console does.
    public static func identity(lab: any LabGateway) -> (text: String, role: StyleRole) {
        guard let session = try? lab.consoleSession() else { return ("Not signed in", .headerIdentity) }
        // An expired role session no longer acts (IAMKit's currentCaller drops it): show the user.
        if let active = session.activeRole, lab.service.clock.now() < active.session.expiration {
            return (active.displayName, StyleRole.switchRole(active.color))
        }
        let accountID = session.signIn.accountID
        let alias = (try? lab.read { lab in try lab.record(Account.self, at: Account.key(accountID)) })??.alias
        let account = alias.map { "\($0) (\(accountID))" } ?? accountID
        switch session.signIn {
        case .root: return ("root @ \(account)", .headerIdentity)
        case .user(let user): return ("\(user.userName) @ \(account)", .headerIdentity)
        case .roleSession(let role): return (role.arn, .headerIdentity)
        }
    }
}

extension StyleRole {
    /// The header role for a Switch Role colour.
    public static func switchRole(_ color: ConsoleColor) -> StyleRole {
        switch color {
        case .red: .switchRed
        case .orange: .switchOrange
        case .yellow: .switchYellow
        case .green: .switchGreen
        case .blue: .switchBlue
        }
    }
}

extension PageID {
    /// The roles list and role detail.
    public static let roles = PageID("roles", title: "Roles")
    /// The Create role wizard.
    public static let createRole = PageID("createRole", title: "Create role", shortTitle: "Create")
    /// Users and groups.
    public static let users = PageID("users", title: "Users")
    /// AWS managed and customer managed policies.
    public static let policies = PageID("policies", title: "Policies")
    /// Sign in (root or IAM user, MFA) and the virtual MFA app panel.
    public static let signIn = PageID("signIn", title: "Sign in")
    /// Switch Role, switch back, role history.
    public static let switchRole = PageID("switchRole", title: "Switch Role", shortTitle: "Switch")
    /// "What may this session do?"
    public static let session = PageID("session", title: "Session")
}
