/// GetAccountSummary: what the account holds and the quotas it holds it under.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html;
/// action `iam:GetAccountSummary`, no resource type, so `*`
/// (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html).
extension IAMService {
    /// The default quotas AWS reports (IAM and AWS STS quotas,
    /// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html), the ones
    /// rolecall enforces included (10 attached policies, 2,048/5,120/10,240 inline sizes,
    /// 6,144 managed size, 5 versions, 2 access keys); the count quotas an account may have
    /// raised (roles, users, groups, policies, instance profiles, groups per user) come from
    /// `AccountQuota`.
    static let accountQuotas: [String: Int] = [
        "ServerCertificatesQuota": 20, "AccessKeysPerUserQuota": 2, "SigningCertificatesPerUserQuota": 2,
        "UserPolicySizeQuota": 2048, "GroupPolicySizeQuota": 5120, "RolePolicySizeQuota": 10240, "PolicySizeQuota": 6144,
        "AssumeRolePolicySizeQuota": 2048, "AttachedPoliciesPerUserQuota": 10, "AttachedPoliciesPerGroupQuota": 10,
        "AttachedPoliciesPerRoleQuota": 10, "VersionsPerPolicyQuota": 5, "PolicyVersionsInUseQuota": 10000,
        "GlobalEndpointTokenVersion": 1,
    ]

    /// The keys in output order: the AWS CLI example's order, then the remaining valid keys.
    static let accountSummaryKeys = [
        "UsersQuota", "GroupsQuota", "InstanceProfiles", "SigningCertificatesPerUserQuota", "AccountAccessKeysPresent", "RolesQuota",
        "RolePolicySizeQuota", "AccountSigningCertificatesPresent", "Users", "ServerCertificatesQuota", "ServerCertificates",
        "AssumeRolePolicySizeQuota", "Groups", "MFADevicesInUse", "Roles", "AccountMFAEnabled", "MFADevices", "GroupsPerUserQuota",
        "GroupPolicySizeQuota", "InstanceProfilesQuota", "AccessKeysPerUserQuota", "Providers", "UserPolicySizeQuota",
        "AccountPasswordPresent", "AttachedPoliciesPerGroupQuota", "AttachedPoliciesPerRoleQuota", "AttachedPoliciesPerUserQuota",
        "Policies", "PoliciesQuota", "PolicySizeQuota", "PolicyVersionsInUse", "PolicyVersionsInUseQuota", "VersionsPerPolicyQuota",
        "GlobalEndpointTokenVersion",
    ]

    /// GetAccountSummary for the caller's account. Counts what the lab models: users, groups,
    /// roles, customer managed policies, MFA devices (all / assigned), and `PolicyVersionsInUse`
    /// as the number of managed policy attachments to users, groups and roles (MEDIUM
    /// CONFIDENCE: AWS defines it only as "policy versions in use"). The lab has no instance
    /// profiles, server or signing certificates, identity providers, root access keys or root
    /// MFA, so those are 0; the root user has a console password (`AccountPasswordPresent` 1).
    public func getAccountSummary(caller: Caller, in lab: some LabRepository) throws(ServiceError) -> AccountSummary {
        try authorize(caller, "iam:GetAccountSummary", on: "*", in: lab)
        let accountID = caller.accountID
        let users = try lab.fetchAll(User.self, in: accountID)
        let groups = try lab.fetchAll(Group.self, in: accountID)
        let roles = try lab.fetchAll(Role.self, in: accountID)
        let devices = try lab.fetchAll(MFADevice.self, in: accountID)
        let attachments = users.reduce(0) { $0 + $1.attachedPolicies.count } + groups.reduce(0) { $0 + $1.attachedPolicies.count }
            + roles.reduce(0) { $0 + $1.attachedPolicies.count }
        var counts = Self.accountQuotas
        // The count quotas rolecall enforces (`AccountQuota`): AWS's defaults, or the account's raised values.
        let raised = try lab.fetch(Account.self, Account.key(accountID))?.raisedQuotas
        for quota in AccountQuota.allCases { counts[quota.summaryKey] = quota.value(raised: raised) }
        counts["Users"] = users.count
        counts["Groups"] = groups.count
        counts["Roles"] = roles.count
        counts["Policies"] = try lab.fetchAll(ManagedPolicy.self, in: accountID).count
        counts["MFADevices"] = devices.count
        counts["MFADevicesInUse"] = devices.filter { $0.userName != nil }.count
        counts["PolicyVersionsInUse"] = attachments
        counts["AccountPasswordPresent"] = 1
        return AccountSummary(entries: Self.accountSummaryKeys.map { AccountSummary.Entry(key: $0, value: counts[$0] ?? 0) })
    }
}
