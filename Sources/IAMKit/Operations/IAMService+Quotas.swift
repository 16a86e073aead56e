/// The account quotas on how many roles, users, groups, customer managed policies and
/// instance profiles an account holds: AWS's defaults, or the values raised for a lab account.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
extension IAMService {
    /// The value of `quota` for `accountID`: raised for the account, else AWS's default.
    public func quota(_ quota: AccountQuota, of accountID: String, in lab: some LabRepository) throws(ServiceError) -> Int {
        quota.value(raised: try lab.fetch(Account.self, Account.key(accountID))?.raisedQuotas)
    }

    /// Raises `quota` of `accountID` to `value`, as a Service Quotas increase does (lab setup,
    /// not an IAM API). Quotas only go up: a value below AWS's default is refused.
    public func raiseQuota(_ quota: AccountQuota, to value: Int, for accountID: String,
                           in lab: inout some LabRepository) throws(ServiceError) {
        guard var account = try lab.fetch(Account.self, Account.key(accountID)) else {
            throw ServiceError.noSuchEntity("The account \(accountID) is not in the lab.")
        }
        guard value >= quota.awsDefault else {
            throw ServiceError.invalidInput("\(quota.rawValue) can only be raised: \(value) is below AWS's default of \(quota.awsDefault).")
        }
        account.raisedQuotas = account.raisedQuotas ?? [:]
        account.raisedQuotas?[quota.rawValue] = value
        try lab.save(account)
    }

    /// `LimitExceeded` when `accountID` already holds as many records of `kind` as `quota`
    /// allows. Counts names, reading no record.
    func requireRoom(for kind: RecordKind, under quota: AccountQuota, in accountID: String,
                     lab: some LabRepository) throws(ServiceError) {
        let limit = try self.quota(quota, of: accountID, in: lab)
        let count: Int
        do { count = try lab.recordCount(kind, in: accountID) } catch { throw ServiceError.store(error) }
        if count >= limit { throw quota.exceeded(limit) }
    }
}
