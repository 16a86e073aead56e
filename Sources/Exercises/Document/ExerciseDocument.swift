/// One training exercise, as a trainer writes it (docs/exercises.md): a title and story, how
/// the lab starts, setup steps run as the accounts' root users, and ordered tasks whose checks
/// ask the policy engine, never the policy text.
public struct ExerciseDocument: Sendable, Hashable {
    /// The format version this reader understands.
    public static let formatVersion = 1

    /// A short stable name (`mfa-role-console`).
    public var id: String
    /// The title shown in lists and panels.
    public var title: String
    /// What the trainee is asked to do and why, in a few sentences.
    public var story: String
    /// How the lab starts before the setup steps.
    public var start: StartingLab
    /// Accounts the exercise adds to the starting lab.
    public var accounts: [ExtraAccount]
    /// Calls that prepare the lab, in order.
    public var setup: [SetupStep]
    /// The tasks, in the order a trainee does them.
    public var tasks: [ExerciseTask]
    /// The document's text, kept with the lab so it can be graded without the file.
    public var source: String

    /// Creates a document.
    public init(id: String, title: String, story: String, start: StartingLab, accounts: [ExtraAccount], setup: [SetupStep],
                tasks: [ExerciseTask], source: String) {
        self.id = id
        self.title = title
        self.story = story
        self.start = start
        self.accounts = accounts
        self.setup = setup
        self.tasks = tasks
        self.source = source
    }

    /// The lab an exercise starts from.
    public enum StartingLab: String, Sendable, Hashable, CaseIterable {
        /// The demo lab: production 111122223333 trusting development 123456789012, alice (MFA) and bob.
        case demo
        /// No accounts but the exercise's own.
        case empty
    }

    /// An account added before the setup steps.
    public struct ExtraAccount: Sendable, Hashable {
        /// The 12-digit account ID.
        public var accountID: String
        /// Its alias, if any.
        public var alias: String?
    }
}

/// One IAM or STS call that prepares the lab, made as the root user of `accountID`.
public struct SetupStep: Sendable, Hashable {
    /// The account whose root user makes the call.
    public var accountID: String
    /// `iam` or `sts`.
    public var service: String
    /// The API operation (`CreateUser`).
    public var operation: String
    /// The API parameters, keyed by the API's member names.
    public var parameters: JSONValueBox
}

/// One task: passes when its checks all hold (for some role of the selector, if it has one).
public struct ExerciseTask: Sendable, Hashable {
    /// A short name, unique in the exercise.
    public var id: String
    /// What the trainee must achieve.
    public var title: String
    /// The hint shown when the task fails and no check has a hint of its own.
    public var hint: String
    /// The roles the checks are asked about; nil when no check names `{role}`.
    public var role: RoleSelector?
    /// The checks, in the order they are reported.
    public var checks: [ExerciseCheck]
}

/// Which roles a task's checks are asked about: any role of `accountID` (optionally only the
/// one named, optionally only roles that pass an earlier task), so any correct name passes.
public struct RoleSelector: Sendable, Hashable {
    /// The account the role lives in.
    public var accountID: String
    /// A fixed role name (case-insensitive), when the exercise gave the role.
    public var name: String?
    /// The ID of an earlier task the role must also pass.
    public var passing: String?
}
