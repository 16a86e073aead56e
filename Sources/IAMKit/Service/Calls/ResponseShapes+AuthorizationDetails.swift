import IAMPolicy

/// GetAccountAuthorizationDetails's response as the AWS CLI prints it: members in the model's
/// order (`UserDetail`, `GroupDetail`, `RoleDetail`, `ManagedPolicyDetail`), policy documents
/// decoded (botocore's `json_decode_policies` decodes every `policyDocumentType` member of an IAM
/// response, this operation's included; on the wire they are URL-encoded). Inline policy lists
/// of users appear only when there are some, the other lists always, as in the API reference's
/// example response.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html
extension ResponseShapes {
    static func authorizationDetails(_ page: Page<AuthorizationDetail>) -> JSONValue {
        var users: [JSONValue] = [], groups: [JSONValue] = [], roles: [JSONValue] = [], policies: [JSONValue] = []
        for item in page.items {
            switch item {
            case .user(let user): users.append(userDetail(user))
            case .group(let group): groups.append(groupDetail(group))
            case .role(let role, let profiles): roles.append(roleDetail(role, profiles))
            case .policy(let policy, let versions): policies.append(managedPolicyDetail(policy, versions))
            }
        }
        var object = JSONObject(pairs: [
            ("UserDetailList", .array(users)), ("GroupDetailList", .array(groups)), ("RoleDetailList", .array(roles)),
            ("Policies", .array(policies)), ("IsTruncated", .bool(page.isTruncated)),
        ])
        if let marker = page.marker { object["Marker"] = .string(marker) }
        return .object(object)
    }

    /// `PolicyDetail`: an inline policy.
    static func inlinePolicyDetails(_ policies: [InlinePolicy]) -> JSONValue {
        .array(policies.map { .object(JSONObject(pairs: [("PolicyName", .string($0.name)), ("PolicyDocument", document($0.document))])) })
    }

    static func userDetail(_ user: User) -> JSONValue {
        var object = userHead(user)
        if !user.inlinePolicies.isEmpty { object["UserPolicyList"] = inlinePolicyDetails(user.inlinePolicies) }
        object["GroupList"] = .array(user.groupNames.map { .string($0) })
        object["AttachedManagedPolicies"] = .array(user.attachedPolicies.map(attached))
        if let boundary = boundary(user.permissionsBoundaryARN) { object["PermissionsBoundary"] = boundary }
        if !user.tags.isEmpty { object["Tags"] = tags(user.tags) }
        return .object(object)
    }

    static func groupDetail(_ group: Group) -> JSONValue {
        .object(JSONObject(pairs: [
            ("Path", .string(group.path)), ("GroupName", .string(group.groupName)), ("GroupId", .string(group.groupID)),
            ("Arn", .string(group.arn)), ("CreateDate", date(group.createDate)),
            ("GroupPolicyList", inlinePolicyDetails(group.inlinePolicies)),
            ("AttachedManagedPolicies", .array(group.attachedPolicies.map(attached))),
        ]))
    }

    static func roleDetail(_ role: Role, _ profiles: [AuthorizationDetail.InstanceProfileWithRoles]) -> JSONValue {
        var object = JSONObject(pairs: [
            ("Path", .string(role.path)), ("RoleName", .string(role.roleName)), ("RoleId", .string(role.roleID)),
            ("Arn", .string(role.arn)), ("CreateDate", date(role.createDate)),
            ("AssumeRolePolicyDocument", document(role.assumeRolePolicyDocument)),
            ("InstanceProfileList", .array(profiles.map { OperationTable.instanceProfile($0.profile, roles: $0.roles) })),
            ("RolePolicyList", inlinePolicyDetails(role.inlinePolicies)),
            ("AttachedManagedPolicies", .array(role.attachedPolicies.map(attached))),
        ])
        if let boundary = boundary(role.permissionsBoundaryARN) { object["PermissionsBoundary"] = boundary }
        if !role.tags.isEmpty { object["Tags"] = tags(role.tags) }
        object["RoleLastUsed"] = roleLastUsed(role)
        return .object(object)
    }

    static func managedPolicyDetail(_ policy: PolicyInfo, _ versions: [ManagedPolicyVersion]) -> JSONValue {
        var object = JSONObject(pairs: [
            ("PolicyName", .string(policy.policyName)), ("PolicyId", .string(policy.policyID)), ("Arn", .string(policy.arn)),
            ("Path", .string(policy.path)), ("DefaultVersionId", .string(policy.defaultVersionID)),
            ("AttachmentCount", .number(JSONNumber(policy.attachmentCount))),
            ("PermissionsBoundaryUsageCount", .number(JSONNumber(policy.permissionsBoundaryUsageCount))),
            ("IsAttachable", .bool(policy.isAttachable)),
        ])
        if let description = policy.description { object["Description"] = .string(description) }
        object["CreateDate"] = date(policy.createDate)
        object["UpdateDate"] = date(policy.updateDate)
        object["PolicyVersionList"] = .array(versions.map { policyVersion($0, withDocument: true) })
        return .object(object)
    }
}
