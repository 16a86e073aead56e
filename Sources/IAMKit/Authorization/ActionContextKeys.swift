/// The service-specific condition keys AWS's Service Authorization Reference lists for each
/// IAM and STS action the lab implements: the keys of the action itself and of the resource
/// types it acts on. A key ending in `/` stands for the tag family (`aws:ResourceTag/<key>`).
/// The request context of an action holds only keys from its list (plus the global keys);
/// an action without a list is refused, so a new operation cannot skip this table.
/// Web-identity and SAML keys (`accounts.google.com:aud`, `saml:sub`, ...) are left out: the
/// lab has no federation, so they can never be present.
/// Sources: https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html,
/// https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html
enum ActionContextKeys {
    /// Declared keys by action (`iam:AttachUserPolicy`), as written in the reference.
    static let declared: [String: Set<String>] = [
        "iam:AddUserToGroup": [],
        "iam:AttachGroupPolicy": ["iam:PolicyARN"],
        "iam:AttachRolePolicy": ["aws:ResourceTag/", "iam:PermissionsBoundary", "iam:PolicyARN", "iam:ResourceTag/"],
        "iam:AttachUserPolicy": ["aws:ResourceTag/", "iam:PermissionsBoundary", "iam:PolicyARN", "iam:ResourceTag/"],
        "iam:CreateAccessKey": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:CreateGroup": [],
        "iam:CreatePolicy": ["aws:RequestTag/", "aws:ResourceTag/", "aws:TagKeys"],
        "iam:CreatePolicyVersion": ["aws:ResourceTag/"],
        "iam:CreateRole": ["aws:RequestTag/", "aws:ResourceTag/", "aws:TagKeys", "iam:PermissionsBoundary", "iam:ResourceTag/"],
        "iam:CreateUser": ["aws:RequestTag/", "aws:ResourceTag/", "aws:TagKeys", "iam:PermissionsBoundary", "iam:ResourceTag/"],
        "iam:CreateVirtualMFADevice": ["aws:RequestTag/", "aws:ResourceTag/", "aws:TagKeys"],
        "iam:DeactivateMFADevice": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:DeleteAccessKey": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:DeleteGroup": [],
        "iam:DeleteGroupPolicy": [],
        "iam:DeletePolicy": ["aws:ResourceTag/"],
        "iam:DeletePolicyVersion": ["aws:ResourceTag/"],
        "iam:DeleteRole": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:DeleteRolePermissionsBoundary": ["aws:ResourceTag/", "iam:PermissionsBoundary", "iam:ResourceTag/"],
        "iam:DeleteRolePolicy": ["aws:ResourceTag/", "iam:PermissionsBoundary", "iam:ResourceTag/"],
        "iam:DeleteUser": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:DeleteUserPermissionsBoundary": ["aws:ResourceTag/", "iam:PermissionsBoundary", "iam:ResourceTag/"],
        "iam:DeleteUserPolicy": ["aws:ResourceTag/", "iam:PermissionsBoundary", "iam:ResourceTag/"],
        "iam:DeleteVirtualMFADevice": ["aws:ResourceTag/"],
        "iam:DetachGroupPolicy": ["iam:PolicyARN"],
        "iam:DetachRolePolicy": ["aws:ResourceTag/", "iam:PermissionsBoundary", "iam:PolicyARN", "iam:ResourceTag/"],
        "iam:DetachUserPolicy": ["aws:ResourceTag/", "iam:PermissionsBoundary", "iam:PolicyARN", "iam:ResourceTag/"],
        "iam:EnableMFADevice": ["aws:ResourceTag/", "iam:FIDO-FIPS-140-2-certification", "iam:FIDO-FIPS-140-3-certification", "iam:FIDO-certification", "iam:RegisterSecurityKey", "iam:ResourceTag/"],
        "iam:GetAccessKeyLastUsed": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:GetAccountSummary": [],
        "iam:GetGroup": [],
        "iam:GetGroupPolicy": [],
        "iam:GetPolicy": ["aws:ResourceTag/"],
        "iam:GetPolicyVersion": ["aws:ResourceTag/"],
        "iam:GetRole": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:GetRolePolicy": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:GetUser": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:GetUserPolicy": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:ListAccessKeys": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:ListAttachedGroupPolicies": [],
        "iam:ListAttachedRolePolicies": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:ListAttachedUserPolicies": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:ListEntitiesForPolicy": ["aws:ResourceTag/"],
        "iam:ListGroupPolicies": [],
        "iam:ListGroups": [],
        "iam:ListGroupsForUser": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:ListMFADevices": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:ListPolicies": [],
        "iam:ListPolicyTags": ["aws:ResourceTag/"],
        "iam:ListPolicyVersions": ["aws:ResourceTag/"],
        "iam:ListRolePolicies": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:ListRoleTags": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:ListRoles": [],
        "iam:ListUserPolicies": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:ListUserTags": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:ListUsers": [],
        "iam:ListVirtualMFADevices": [],
        "iam:PutGroupPolicy": [],
        "iam:PutRolePermissionsBoundary": ["aws:ResourceTag/", "iam:PermissionsBoundary", "iam:ResourceTag/"],
        "iam:PutRolePolicy": ["aws:ResourceTag/", "iam:PermissionsBoundary", "iam:ResourceTag/"],
        "iam:PutUserPermissionsBoundary": ["aws:ResourceTag/", "iam:PermissionsBoundary", "iam:ResourceTag/"],
        "iam:PutUserPolicy": ["aws:ResourceTag/", "iam:PermissionsBoundary", "iam:ResourceTag/"],
        "iam:RemoveUserFromGroup": [],
        "iam:SetDefaultPolicyVersion": ["aws:ResourceTag/"],
        "iam:SimulateCustomPolicy": [],
        "iam:SimulatePrincipalPolicy": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:TagPolicy": ["aws:RequestTag/", "aws:ResourceTag/", "aws:TagKeys"],
        "iam:TagRole": ["aws:RequestTag/", "aws:ResourceTag/", "aws:TagKeys", "iam:ResourceTag/"],
        "iam:TagUser": ["aws:RequestTag/", "aws:ResourceTag/", "aws:TagKeys", "iam:ResourceTag/"],
        "iam:UntagPolicy": ["aws:ResourceTag/", "aws:TagKeys"],
        "iam:UntagRole": ["aws:ResourceTag/", "aws:TagKeys", "iam:ResourceTag/"],
        "iam:UntagUser": ["aws:ResourceTag/", "aws:TagKeys", "iam:ResourceTag/"],
        "iam:UpdateAccessKey": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:UpdateAssumeRolePolicy": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:UpdateGroup": [],
        "iam:UpdateRole": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:UpdateRoleDescription": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "iam:UpdateUser": ["aws:ResourceTag/", "iam:ResourceTag/"],
        "sts:AssumeRole": ["aws:RequestTag/", "aws:ResourceTag/", "aws:TagKeys", "iam:ResourceTag/", "sts:ExternalId", "sts:RoleSessionName", "sts:SourceIdentity", "sts:TransitiveTagKeys"],
        "sts:GetCallerIdentity": [],
        "sts:GetSessionToken": [],
        "sts:SetSourceIdentity": ["aws:ResourceTag/", "iam:ResourceTag/", "sts:SourceIdentity"],
        "sts:TagSession": ["aws:RequestTag/", "aws:ResourceTag/", "aws:TagKeys", "iam:ResourceTag/", "sts:TransitiveTagKeys"],
    ]

    /// Whether `key` (any case) is in `list`; a tag key matches its family (`aws:ResourceTag/`).
    static func isDeclared(_ key: String, in list: Set<String>) -> Bool {
        let folded = key.lowercased()
        return list.contains { declared in
            let lowered = declared.lowercased()
            return lowered.hasSuffix("/") ? folded.hasPrefix(lowered) : folded == lowered
        }
    }
}
