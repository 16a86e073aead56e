/// GetAccountAuthorizationDetails: a snapshot of the account's users, groups, roles and managed
/// policies with their relationships, the input IAM analysis tools read. The action has no
/// resource type, so it authorizes on `*`.
/// Sources: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html,
/// https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html
extension IAMService {
    /// The `Filter` values, in the model's enum order.
    public static let authorizationDetailFilters = ["User", "Role", "Group", "LocalManagedPolicy", "AWSManagedPolicy"]

    /// GetAccountAuthorizationDetails: users, then groups, then roles, then managed policies
    /// (each sorted by name), paged together by `MaxItems`/`Marker`. `filter` (nil or empty for
    /// all) keeps only the listed kinds. AWS managed policies appear only while the account uses
    /// them (attached, or a permissions boundary), as AWS lists them (MEDIUM CONFIDENCE: the API
    /// reference does not say; the full catalog would be over a thousand policies).
    public func getAccountAuthorizationDetails(filter: [String]? = nil, marker: String? = nil, maxItems: Int? = nil,
                                               caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Page<AuthorizationDetail> {
        var check = ParameterValidator(operation: "GetAccountAuthorizationDetails")
        if let filter, filter.contains(where: { !Self.authorizationDetailFilters.contains($0) }) {
            check.fail("[\(filter.joined(separator: ", "))]", at: "filter",
                       mustText: "satisfy constraint: [Member must satisfy enum value set: [\(Self.authorizationDetailFilters.joined(separator: ", "))]]")
        }
        check.member(marker, at: "marker")
        check.member(maxItems, at: "maxItems")
        try check.check()
        try authorize(caller, "iam:GetAccountAuthorizationDetails", on: "*", in: lab)
        let kinds = Set(filter.flatMap { $0.isEmpty ? nil : $0 } ?? Self.authorizationDetailFilters)
        let accountID = caller.accountID
        var all: [AuthorizationDetail] = []
        if kinds.contains("User") {
            all += try lab.fetchAll(User.self, in: accountID).map(AuthorizationDetail.user)
        }
        if kinds.contains("Group") {
            all += try lab.fetchAll(Group.self, in: accountID).map(AuthorizationDetail.group)
        }
        if kinds.contains("Role") {
            for role in try lab.fetchAll(Role.self, in: accountID) {
                var profiles: [AuthorizationDetail.InstanceProfileWithRoles] = []
                for profile in try instanceProfiles(containing: role, in: lab) {
                    profiles.append(.init(profile: profile, roles: try roles(of: profile, in: lab)))
                }
                all.append(.role(role, instanceProfiles: profiles))
            }
        }
        all += try managedPolicyDetails(kinds: kinds, accountID: accountID, in: lab)
        all.sort { $0.pageKey < $1.pageKey }
        return try Page.of(all, key: \.pageKey, marker: marker, maxItems: maxItems)
    }

    /// The managed policies the filter asks for, each with every version (newest first).
    private func managedPolicyDetails(kinds: Set<String>, accountID: String, in lab: some LabRepository) throws(ServiceError) -> [AuthorizationDetail] {
        var details: [AuthorizationDetail] = []
        if kinds.contains("AWSManagedPolicy") {
            let counts = try requireAccount(accountID, in: lab).awsManagedAttachmentCounts
            var boundaryUses: [String: Int] = [:]
            for arn in try lab.fetchAll(User.self, in: accountID).compactMap(\.permissionsBoundaryARN)
                + lab.fetchAll(Role.self, in: accountID).compactMap(\.permissionsBoundaryARN) {
                boundaryUses[arn, default: 0] += 1
            }
            for policy in AWSManagedPolicies.all where (counts[policy.arn] ?? 0) > 0 || boundaryUses[policy.arn] != nil {
                var info = PolicyInfo(policy, attachmentCount: counts[policy.arn] ?? 0)
                info.permissionsBoundaryUsageCount = boundaryUses[policy.arn] ?? 0
                let version = ManagedPolicyVersion(versionID: policy.defaultVersionID, document: policy.document, isDefaultVersion: true,
                                                   createDate: policy.updateDate)
                details.append(.policy(info, versions: [version]))
            }
        }
        if kinds.contains("LocalManagedPolicy") {
            for policy in try lab.fetchAll(ManagedPolicy.self, in: accountID) {
                details.append(.policy(PolicyInfo(policy), versions: policy.versions.reversed()))
            }
        }
        return details
    }
}

/// One entry of GetAccountAuthorizationDetails: a user, group, role or managed policy with what
/// the response lists beside it.
public enum AuthorizationDetail: Sendable {
    /// A role's instance profile with the roles it holds (the response's `InstanceProfileList`).
    public struct InstanceProfileWithRoles: Sendable {
        /// The instance profile.
        public var profile: InstanceProfile
        /// Its roles.
        public var roles: [Role]
    }

    /// A user (`UserDetailList`).
    case user(User)
    /// A group (`GroupDetailList`).
    case group(Group)
    /// A role (`RoleDetailList`) and the instance profiles holding it.
    case role(Role, instanceProfiles: [InstanceProfileWithRoles])
    /// A managed policy (`Policies`) and its versions, newest first.
    case policy(PolicyInfo, versions: [ManagedPolicyVersion])

    /// Orders the combined listing (users, groups, roles, policies; each by name) and serves
    /// as the `Marker`.
    var pageKey: String {
        switch self {
        case .user(let user): "1:\(user.userName.lowercased())"
        case .group(let group): "2:\(group.groupName.lowercased())"
        case .role(let role, _): "3:\(role.roleName.lowercased())"
        case .policy(let policy, _): "4:\(policy.policyName.lowercased()):\(policy.arn)"
        }
    }
}
