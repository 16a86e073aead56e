/// ListEntitiesForPolicy: who a managed policy is attached to, and whose permissions boundary it is.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListEntitiesForPolicy.html
/// (EntityFilter User/Role/Group/LocalManagedPolicy/AWSManagedPolicy, PathPrefix of the entities,
/// PolicyUsageFilter PermissionsPolicy/PermissionsBoundary, Marker/MaxItems paging over the three
/// lists together); action `iam:ListEntitiesForPolicy` on the policy ARN
/// (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html).
extension IAMService {
    /// The `EntityFilter` values (botocore `EntityType`).
    static let entityFilters = ["User", "Role", "Group", "LocalManagedPolicy", "AWSManagedPolicy"]
    /// The `PolicyUsageFilter` values (botocore `PolicyUsageType`).
    static let policyUsageFilters = ["PermissionsPolicy", "PermissionsBoundary"]

    /// ListEntitiesForPolicy: the caller's account's groups, users and roles that have the policy
    /// attached (PermissionsPolicy) or as permissions boundary (PermissionsBoundary; users and
    /// roles only), both without a usage filter. `LocalManagedPolicy`/`AWSManagedPolicy` as entity
    /// filter name policy kinds, not entities, so they select no group, user or role.
    public func listEntitiesForPolicy(policyArn: String, entityFilter: String? = nil, pathPrefix: String? = nil,
                                      policyUsageFilter: String? = nil, marker: String? = nil, maxItems: Int? = nil,
                                      caller: Caller, in lab: some LabRepository) throws(ServiceError) -> Page<PolicyEntity> {
        var check = ParameterValidator(operation: "ListEntitiesForPolicy")
        check.member(policyArn, at: "policyArn")
        check.member(entityFilter, at: "entityFilter")
        // The model types PathPrefix here as a path (`pathType`), not as a path prefix.
        check.member(pathPrefix, at: "pathPrefix")
        check.member(policyUsageFilter, at: "policyUsageFilter")
        check.member(marker, at: "marker")
        check.member(maxItems, at: "maxItems")
        try check.check()
        try authorize(caller, "iam:ListEntitiesForPolicy", on: policyArn, tags: policyResourceTags(policyArn, in: lab), in: lab)
        let arn = try existingManagedPolicyARN(policyArn, in: lab)
        let accountID = caller.accountID
        let wantsAttached = policyUsageFilter != "PermissionsBoundary"
        let wantsBoundary = policyUsageFilter != "PermissionsPolicy"
        func wanted(_ kind: String) -> Bool { entityFilter == nil || entityFilter == kind }
        var entities: [PolicyEntity] = []
        if wanted("Group"), wantsAttached {
            for group in try lab.fetchAll(Group.self, in: accountID) where group.attachedPolicies.contains(where: { $0.policyARN == arn }) {
                entities.append(PolicyEntity(kind: .group, name: group.groupName, id: group.groupID, path: group.path))
            }
        }
        if wanted("User") {
            for user in try lab.fetchAll(User.self, in: accountID)
            where Self.uses(arn, user.attachedPolicies, user.permissionsBoundaryARN, attached: wantsAttached, boundary: wantsBoundary) {
                entities.append(PolicyEntity(kind: .user, name: user.userName, id: user.userID, path: user.path))
            }
        }
        if wanted("Role") {
            for role in try lab.fetchAll(Role.self, in: accountID)
            where Self.uses(arn, role.attachedPolicies, role.permissionsBoundaryARN, attached: wantsAttached, boundary: wantsBoundary) {
                entities.append(PolicyEntity(kind: .role, name: role.roleName, id: role.roleID, path: role.path))
            }
        }
        let prefix = pathPrefix ?? "/"
        let shown = entities.filter { $0.path.hasPrefix(prefix) }.sorted { $0.pageKey < $1.pageKey }
        return try Page.of(shown, key: \.pageKey, marker: marker, maxItems: maxItems)
    }

    /// Whether an identity uses policy `arn` in one of the wanted ways.
    private static func uses(_ arn: String, _ attached: [AttachedPolicy], _ boundaryARN: String?,
                             attached wantsAttached: Bool, boundary wantsBoundary: Bool) -> Bool {
        (wantsAttached && attached.contains { $0.policyARN == arn }) || (wantsBoundary && boundaryARN == arn)
    }

    /// The ARN of an existing AWS or customer managed policy: `InvalidInput` for an ARN that is
    /// not a policy ARN, `NoSuchEntity` ("Policy X does not exist or is not attachable.") otherwise.
    func existingManagedPolicyARN(_ arn: String, in lab: some LabRepository) throws(ServiceError) -> String {
        if let aws = AWSManagedPolicies.policy(arn: arn) { return aws.arn }
        if IAMARN.parse(arn)?.accountID == "aws" {
            throw ServiceError.noSuchEntity("Policy \(arn) does not exist or is not attachable.")
        }
        return try requireCustomerPolicy(arn, in: lab).arn
    }
}
