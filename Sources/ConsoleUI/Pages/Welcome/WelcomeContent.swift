import IAMKit

/// What the welcome page shows, read from the lab: who is signed in, each account with its
/// users, groups, policies and roles, and whether the first exercise is done.
public struct WelcomeContent: Hashable, Sendable {
    /// One account of the lab.
    public struct AccountSummary: Hashable, Sendable {
        /// The 12-digit ID.
        public var accountID: String
        /// The alias, if any.
        public var alias: String?
        /// User names, each with " (MFA)" when the user has an MFA device.
        public var users: [String]
        /// Group names.
        public var groups: [String]
        /// Customer managed policy names.
        public var policies: [String]
        /// Role names.
        public var roles: [String]
    }

    /// The header's identity text ("root @ production (111122223333)").
    public var signedInAs: String
    /// The lab's accounts, by ID.
    public var accounts: [AccountSummary]
    /// Whether the first exercise's role exists in the trusting account.
    public var exerciseDone: Bool

    /// The first exercise: the seed's role (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html).
    public static let exerciseRoleName = "Test-UserAccess-Role"

    /// Reads the content from `lab`; a lab that cannot be read gives an empty list and the
    /// error in place of the identity, so the page still opens.
    public static func load(from lab: any LabGateway) -> WelcomeContent {
        let identity = ConsolePages.identity(lab: lab).text
        do {
            return try lab.read { repository in
                let accounts = try repository.records(Account.self, in: RecordKey.labScope).map { account in
                    try summary(of: account, in: repository)
                }
                let role = try repository.record(Role.self, at: Role.key(DemoLab.productionAccountID, exerciseRoleName))
                return WelcomeContent(signedInAs: identity, accounts: accounts, exerciseDone: role != nil)
            }
        } catch {
            return WelcomeContent(signedInAs: "the lab could not be read: \(error)", accounts: [], exerciseDone: false)
        }
    }

    private static func summary(of account: Account, in lab: any LabRepository) throws -> AccountSummary {
        let scope = account.accountID
        let devices = try lab.records(MFADevice.self, in: scope).compactMap(\.userName)
        let users = try lab.records(User.self, in: scope).map { user in
            devices.contains(user.userName) ? user.userName + " (MFA)" : user.userName
        }
        return AccountSummary(accountID: account.accountID, alias: account.alias, users: users,
                              groups: try lab.records(Group.self, in: scope).map(\.groupName),
                              policies: try lab.records(ManagedPolicy.self, in: scope).map(\.policyName),
                              roles: try roleNames(in: scope, lab: lab))
    }

    /// Role names for the summary without decoding every role: a lab of thousands of roles
    /// must still open in a blink. Only the names the page shows are read as typed; the rest
    /// are counted by their keys.
    private static func roleNames(in scope: String, lab: any LabRepository) throws -> [String] {
        let keys = try lab.recordNames(.role, in: scope)
        let shown = WelcomePage.namesShown
        let typed = try keys.prefix(shown).map { key in
            try lab.record(Role.self, at: RecordKey(kind: .role, scope: scope, name: key))?.roleName ?? key
        }
        return typed + keys.dropFirst(shown)
    }
}
