/// GetAccountSummary's `SummaryMap`: entity counts and quotas of one account, in the order the
/// AWS CLI's get-account-summary example prints them, then the other valid keys in the API
/// reference's order.
/// Sources: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html (valid keys),
/// https://docs.aws.amazon.com/cli/latest/reference/iam/get-account-summary.html (example),
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html (default quotas).
public struct AccountSummary: Sendable, Equatable {
    /// The entries, in output order.
    public var entries: [Entry]

    /// One `SummaryMap` entry.
    public struct Entry: Sendable, Equatable {
        /// The summary key (`Users`, `RolesQuota`).
        public var key: String
        /// Its value.
        public var value: Int
    }

    /// The value of `key`, nil when absent.
    public subscript(key: String) -> Int? {
        entries.first { $0.key == key }?.value
    }
}
