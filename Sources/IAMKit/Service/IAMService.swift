/// The IAM and STS operations of a lab. Holds only the injected clock and ID source; every
/// operation takes the caller and the lab (`inout some LabRepository`), authorizes the caller
/// with the policy engine, validates as AWS does and returns AWS's result or error.
///
/// Typed operations (`createRole(...)`, `assumeRole(...)`) are extensions in
/// `IAMService+<Group>.swift`; `call(service:operation:parameters:caller:in:)` is the dynamic,
/// table-driven entry point the CLI uses.
public struct IAMService {
    /// Where time comes from.
    public var clock: any Clock
    /// Where IDs, keys and seeds come from.
    public var ids: any IDGenerator
    /// The region reported in `RoleLastUsed` and similar fields.
    public var region: String
    /// PBKDF2 iterations for console passwords set through this service (`PasswordDigest`):
    /// 210,000 for labs; test fixtures lower it so that hundreds of demo labs stay quick.
    /// Stored digests carry their own count, so any value verifies later.
    public var passwordRounds: Int

    /// Creates a service with the given clock and ID source.
    public init(clock: any Clock = SystemClock(), ids: any IDGenerator = RandomIDGenerator(), region: String = "us-east-1",
                passwordRounds: Int = PasswordDigest.rounds) {
        self.clock = clock
        self.ids = ids
        self.region = region
        self.passwordRounds = passwordRounds
    }

    /// Whether `account` exists in the lab, creating nothing.
    public func accountExists(_ accountID: String, in lab: some LabRepository) throws(ServiceError) -> Bool {
        try lab.fetch(Account.self, Account.key(accountID)) != nil
    }

    /// Adds an account to the lab (lab setup; not an AWS API). Existing accounts keep their data
    /// and only get the alias updated when one is given.
    @discardableResult
    public func createAccount(_ accountID: String, alias: String? = nil, in lab: inout some LabRepository) throws(ServiceError) -> Account {
        try Account.validateID(accountID)
        if var existing = try lab.fetch(Account.self, Account.key(accountID)) {
            if let alias {
                existing.alias = alias
                try lab.save(existing)
            }
            return existing
        }
        let account = Account(accountID: accountID, alias: alias, createDate: clock.now())
        try lab.save(account)
        return account
    }

    /// Finds an account by ID or alias (Switch Role accepts either).
    public func findAccount(_ idOrAlias: String, in lab: some LabRepository) throws(ServiceError) -> Account? {
        if Account.isAccountID(idOrAlias) {
            return try lab.fetch(Account.self, Account.key(idOrAlias))
        }
        return try lab.fetchAll(Account.self, in: RecordKey.labScope).first { $0.alias == idOrAlias }
    }
}
