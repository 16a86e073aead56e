/// Account settings: the password policy (UpdateAccountPasswordPolicy, GetAccountPasswordPolicy,
/// DeleteAccountPasswordPolicy) and the account alias (CreateAccountAlias, ListAccountAliases,
/// DeleteAccountAlias). None of these actions has a resource type, so they authorize on `*`.
/// Sources: https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccountPasswordPolicy.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountPasswordPolicy.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteAccountPasswordPolicy.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccountAlias.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAccountAliases.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteAccountAlias.html,
/// https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html
extension IAMService {
    /// UpdateAccountPasswordPolicy: replaces the whole policy; omitted parameters take their
    /// defaults (they do not keep the old values), as AWS documents.
    public func updateAccountPasswordPolicy(_ policy: PasswordPolicy, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        var check = ParameterValidator(operation: "UpdateAccountPasswordPolicy")
        check.member(policy.minimumPasswordLength, at: "minimumPasswordLength")
        check.member(policy.maxPasswordAge, at: "maxPasswordAge")
        check.member(policy.passwordReusePrevention, at: "passwordReusePrevention")
        try check.check()
        try authorize(caller, "iam:UpdateAccountPasswordPolicy", on: "*", in: lab)
        var account = try requireAccount(caller.accountID, in: lab)
        account.passwordPolicy = policy
        try lab.save(account)
    }

    /// GetAccountPasswordPolicy: NoSuchEntity while the account uses AWS's default policy.
    public func getAccountPasswordPolicy(caller: Caller, in lab: some LabRepository) throws(ServiceError) -> PasswordPolicy {
        try authorize(caller, "iam:GetAccountPasswordPolicy", on: "*", in: lab)
        guard let policy = try requireAccount(caller.accountID, in: lab).passwordPolicy else {
            throw ServiceError.noSuchEntity("The Password Policy with domain name \(caller.accountID) cannot be found.")
        }
        return policy
    }

    /// DeleteAccountPasswordPolicy: back to AWS's default policy.
    public func deleteAccountPasswordPolicy(caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        try authorize(caller, "iam:DeleteAccountPasswordPolicy", on: "*", in: lab)
        var account = try requireAccount(caller.accountID, in: lab)
        guard account.passwordPolicy != nil else {
            throw ServiceError.noSuchEntity("The account policy with name PasswordPolicy cannot be found.")
        }
        account.passwordPolicy = nil
        try lab.save(account)
    }

    /// CreateAccountAlias: an account has at most one alias, and an alias names one account
    /// (aliases are unique across AWS, so across the lab).
    public func createAccountAlias(_ alias: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        var check = ParameterValidator(operation: "CreateAccountAlias")
        check.member(alias, at: "accountAlias")
        try check.check()
        try authorize(caller, "iam:CreateAccountAlias", on: "*", in: lab)
        var account = try requireAccount(caller.accountID, in: lab)
        if account.alias == alias { return }
        if try lab.fetchAll(Account.self, in: RecordKey.labScope).contains(where: { $0.alias == alias }) {
            throw ServiceError.entityAlreadyExists("The account alias \(alias) already exists.")
        }
        // One alias per account: creating another replaces it (the console's "Edit" does the same).
        account.alias = alias
        try lab.save(account)
    }

    /// ListAccountAliases: zero or one alias.
    public func listAccountAliases(marker: String? = nil, maxItems: Int? = nil, caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Page<String> {
        try checkInput("ListAccountAliases", ["marker": marker], ints: ["maxItems": maxItems])
        try authorize(caller, "iam:ListAccountAliases", on: "*", in: lab)
        let aliases = try requireAccount(caller.accountID, in: lab).alias.map { [$0] } ?? []
        return try Page.of(aliases, key: { $0 }, marker: marker, maxItems: maxItems)
    }

    /// DeleteAccountAlias.
    public func deleteAccountAlias(_ alias: String, caller: Caller, in lab: inout some LabRepository) throws(ServiceError) {
        var check = ParameterValidator(operation: "DeleteAccountAlias")
        check.member(alias, at: "accountAlias")
        try check.check()
        try authorize(caller, "iam:DeleteAccountAlias", on: "*", in: lab)
        var account = try requireAccount(caller.accountID, in: lab)
        guard account.alias == alias else {
            throw ServiceError.noSuchEntity("The account alias \(alias) cannot be found.")
        }
        account.alias = nil
        try lab.save(account)
    }

    func requireAccount(_ accountID: String, in lab: some LabRepository) throws(ServiceError) -> Account {
        guard let account = try lab.fetch(Account.self, Account.key(accountID)) else {
            throw ServiceError.noSuchEntity("The account \(accountID) is not in this lab.")
        }
        return account
    }
}
