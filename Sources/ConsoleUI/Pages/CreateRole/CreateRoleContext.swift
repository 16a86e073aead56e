import IAMKit

/// What the wizard reads from the lab: who the console runs as, the names already taken, the
/// policies it can attach, and the users and groups of the accounts the lab holds (for the
/// after-create grant). Reloaded whenever the lab's change marker moves.
public struct CreateRoleContext: Sendable, Hashable {
    /// A managed policy the role may attach.
    public struct PolicyChoice: Sendable, Hashable, FilterableRow {
        /// Policy name.
        public var name: String
        /// Policy ARN.
        public var arn: String
        /// AWS managed (true) or customer managed in this account.
        public var isAWSManaged: Bool
        /// Description, if any.
        public var description: String
        /// The default version's document.
        public var document: String
        /// The wizard's filter searches the name.
        var filterTexts: [String] { [name] }

        /// Creates a choice.
        public init(name: String, arn: String, isAWSManaged: Bool, description: String = "", document: String) {
            self.name = name
            self.arn = arn
            self.isAWSManaged = isAWSManaged
            self.description = description
            self.document = document
        }
    }

    /// Users and groups of one account in the lab.
    public struct Principals: Sendable, Hashable {
        /// User names, sorted.
        public var users: [String]
        /// Group names, sorted.
        public var groups: [String]
    }

    /// Who console actions run as (nil: nobody signed in).
    public var caller: Caller?
    /// The account the role will be created in.
    public var currentAccountID: String
    /// Role names of the current account, lowercased (names are unique regardless of case).
    public var takenRoleNames: Set<String>
    /// Customer managed policies of the account first, then the AWS managed catalog.
    public var policies: [PolicyChoice]
    /// Users and groups per account ID, for every account of the lab.
    public var principals: [String: Principals]

    /// Creates a context.
    public init(caller: Caller?, currentAccountID: String, takenRoleNames: Set<String> = [],
                policies: [PolicyChoice] = [], principals: [String: Principals] = [:]) {
        self.caller = caller
        self.currentAccountID = currentAccountID
        self.takenRoleNames = takenRoleNames
        self.policies = policies
        self.principals = principals
    }

    /// Reads the context from the lab. A lab that cannot be read yields an empty context with
    /// the reason, so the page can still draw and say what is wrong.
    public static func load(from lab: any LabGateway) -> (context: CreateRoleContext, problem: String?) {
        do {
            let caller = try lab.currentCaller()
            let accountID = caller?.accountID ?? ""
            let context = try lab.read { repo in
                // Keys are the lower-cased names: the taken names without decoding every role.
                let takenRoleNames = try repo.recordNames(.role, in: accountID)
                let customer = try repo.records(ManagedPolicy.self, in: accountID).map { policy in
                    PolicyChoice(name: policy.policyName, arn: policy.arn, isAWSManaged: false,
                                 description: policy.description ?? "", document: policy.defaultVersion?.document ?? "")
                }
                let aws = AWSManagedPolicies.all.map {
                    PolicyChoice(name: $0.name, arn: $0.arn, isAWSManaged: true, description: $0.description ?? "", document: $0.document)
                }
                var principals: [String: Principals] = [:]
                for account in try repo.records(Account.self, in: RecordKey.labScope) {
                    let users = try repo.records(User.self, in: account.accountID).map(\.userName)
                    let groups = try repo.records(IAMKit.Group.self, in: account.accountID).map(\.groupName)
                    principals[account.accountID] = Principals(users: users, groups: groups)
                }
                return CreateRoleContext(caller: caller, currentAccountID: accountID,
                                         takenRoleNames: Set(takenRoleNames),
                                         policies: customer + aws, principals: principals)
            }
            return (context, caller == nil ? "Sign in first: the role is created in the signed-in account." : nil)
        } catch {
            return (CreateRoleContext(caller: nil, currentAccountID: ""), "The lab could not be read: \(error)")
        }
    }
}
