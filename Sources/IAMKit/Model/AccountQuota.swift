/// A quota on how many entities an account holds (or groups a user joins). AWS refuses one more
/// with `LimitExceeded` (HTTP 409, "Cannot exceed quota for RolesPerAccount: 1000") and raises
/// a quota on request through Service Quotas; a lab account can carry raised values too
/// (`Account.raisedQuotas`), as the benchmarks' labs of thousands of roles do.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
public enum AccountQuota: String, CaseIterable, Sendable {
    case rolesPerAccount = "RolesPerAccount"
    case usersPerAccount = "UsersPerAccount"
    case groupsPerAccount = "GroupsPerAccount"
    /// Customer managed policies.
    case policiesPerAccount = "PoliciesPerAccount"
    case instanceProfilesPerAccount = "InstanceProfilesPerAccount"
    /// Groups one IAM user is a member of.
    case groupsPerUser = "GroupsPerUser"

    /// AWS's default value.
    public var awsDefault: Int {
        switch self {
        case .rolesPerAccount: 1000
        case .usersPerAccount: 5000
        case .groupsPerAccount: 300
        case .policiesPerAccount: 1500
        case .instanceProfilesPerAccount: 1000
        case .groupsPerUser: 10
        }
    }

    /// Its key in GetAccountSummary's `SummaryMap`.
    public var summaryKey: String {
        switch self {
        case .rolesPerAccount: "RolesQuota"
        case .usersPerAccount: "UsersQuota"
        case .groupsPerAccount: "GroupsQuota"
        case .policiesPerAccount: "PoliciesQuota"
        case .instanceProfilesPerAccount: "InstanceProfilesQuota"
        case .groupsPerUser: "GroupsPerUserQuota"
        }
    }

    /// Its value for an account whose raised quotas are `raised`: the raised one, else AWS's default.
    public func value(raised: [String: Int]?) -> Int {
        raised?[rawValue] ?? awsDefault
    }

    /// AWS's refusal when the quota, at `limit`, is reached.
    public func exceeded(_ limit: Int) -> ServiceError {
        .limitExceeded("Cannot exceed quota for \(rawValue): \(limit)")
    }
}
