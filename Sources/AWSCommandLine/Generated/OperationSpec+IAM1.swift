// Generated from botocore's AWS API models (iam 2010-05-08, sts 2011-06-15) by a throw-away
// script; do not edit by hand. Facts: names, CLI names, types, required, min/max, enums, docs.

extension OperationSpec {
    static let createRole = OperationSpec(
        service: .iam, name: "CreateRole", cliName: "create-role",
        summary: "Creates a new role for your Amazon Web Services account.",
        parameters: [
            Member("Path", "path", ShapeCatalog.pathType, "The path to the role."),
            Member("RoleName", "role-name", ShapeCatalog.roleNameType, required: true, "The name of the role to create."),
            Member("AssumeRolePolicyDocument", "assume-role-policy-document", ShapeCatalog.policyDocumentType, required: true, "The trust relationship policy document that grants an entity permission to assume the role."),
            Member("Description", "description", ShapeCatalog.roleDescriptionType, "A description of the role."),
            Member("MaxSessionDuration", "max-session-duration", ShapeCatalog.roleMaxSessionDurationType, "The maximum session duration (in seconds) that you want to set for the specified role."),
            Member("PermissionsBoundary", "permissions-boundary", ShapeCatalog.arnType, "The ARN of the managed policy that is used to set the permissions boundary for the role."),
            Member("Tags", "tags", ShapeCatalog.tagListType, "A list of tags that you want to attach to the new role."),
        ],
        pagination: nil
    )

    static let getRole = OperationSpec(
        service: .iam, name: "GetRole", cliName: "get-role",
        summary: "Retrieves information about the specified role, including the role's path, GUID, ARN, and the role's trust policy that grants permission to assume the role.",
        parameters: [
            Member("RoleName", "role-name", ShapeCatalog.roleNameType, required: true, "The name of the IAM role to get information about."),
        ],
        pagination: nil
    )

    static let listRoles = OperationSpec(
        service: .iam, name: "ListRoles", cliName: "list-roles",
        summary: "Lists the IAM roles that have the specified path prefix.",
        parameters: [
            Member("PathPrefix", "path-prefix", ShapeCatalog.pathPrefixType, "The path prefix for filtering the results."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["Roles"])
    )

    static let updateRole = OperationSpec(
        service: .iam, name: "UpdateRole", cliName: "update-role",
        summary: "Updates the description or maximum session duration setting of a role.",
        parameters: [
            Member("RoleName", "role-name", ShapeCatalog.roleNameType, required: true, "The name of the role that you want to modify."),
            Member("Description", "description", ShapeCatalog.roleDescriptionType, "The new description that you want to apply to the specified role."),
            Member("MaxSessionDuration", "max-session-duration", ShapeCatalog.roleMaxSessionDurationType, "The maximum session duration (in seconds) that you want to set for the specified role."),
        ],
        pagination: nil
    )

    static let updateRoleDescription = OperationSpec(
        service: .iam, name: "UpdateRoleDescription", cliName: "update-role-description",
        summary: "Use UpdateRole instead.",
        parameters: [
            Member("RoleName", "role-name", ShapeCatalog.roleNameType, required: true, "The name of the role that you want to modify."),
            Member("Description", "description", ShapeCatalog.roleDescriptionType, required: true, "The new description that you want to apply to the specified role."),
        ],
        pagination: nil
    )

    static let updateAssumeRolePolicy = OperationSpec(
        service: .iam, name: "UpdateAssumeRolePolicy", cliName: "update-assume-role-policy",
        summary: "Updates the policy that grants an IAM entity permission to assume a role.",
        parameters: [
            Member("RoleName", "role-name", ShapeCatalog.roleNameType, required: true, "The name of the role to update with the new policy."),
            Member("PolicyDocument", "policy-document", ShapeCatalog.policyDocumentType, required: true, "The policy that grants an entity permission to assume the role."),
        ],
        pagination: nil
    )

    static let deleteRole = OperationSpec(
        service: .iam, name: "DeleteRole", cliName: "delete-role",
        summary: "Deletes the specified role.",
        parameters: [
            Member("RoleName", "role-name", ShapeCatalog.roleNameType, required: true, "The name of the role to delete."),
        ],
        pagination: nil
    )

    static let attachRolePolicy = OperationSpec(
        service: .iam, name: "AttachRolePolicy", cliName: "attach-role-policy",
        summary: "Attaches the specified managed policy to the specified IAM role.",
        parameters: [
            Member("RoleName", "role-name", ShapeCatalog.roleNameType, required: true, "The name (friendly name, not ARN) of the role to attach the policy to."),
            Member("PolicyArn", "policy-arn", ShapeCatalog.arnType, required: true, "The Amazon Resource Name (ARN) of the IAM policy you want to attach."),
        ],
        pagination: nil
    )

    static let detachRolePolicy = OperationSpec(
        service: .iam, name: "DetachRolePolicy", cliName: "detach-role-policy",
        summary: "Removes the specified managed policy from the specified role.",
        parameters: [
            Member("RoleName", "role-name", ShapeCatalog.roleNameType, required: true, "The name (friendly name, not ARN) of the IAM role to detach the policy from."),
            Member("PolicyArn", "policy-arn", ShapeCatalog.arnType, required: true, "The Amazon Resource Name (ARN) of the IAM policy you want to detach."),
        ],
        pagination: nil
    )

    static let listAttachedRolePolicies = OperationSpec(
        service: .iam, name: "ListAttachedRolePolicies", cliName: "list-attached-role-policies",
        summary: "Lists all managed policies that are attached to the specified IAM role.",
        parameters: [
            Member("RoleName", "role-name", ShapeCatalog.roleNameType, required: true, "The name (friendly name, not ARN) of the role to list attached policies for."),
            Member("PathPrefix", "path-prefix", ShapeCatalog.policyPathType, "The path prefix for filtering the results."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["AttachedPolicies"])
    )

    static let putRolePolicy = OperationSpec(
        service: .iam, name: "PutRolePolicy", cliName: "put-role-policy",
        summary: "Adds or updates an inline policy document that is embedded in the specified IAM role.",
        parameters: [
            Member("RoleName", "role-name", ShapeCatalog.roleNameType, required: true, "The name of the role to associate the policy with."),
            Member("PolicyName", "policy-name", ShapeCatalog.policyNameType, required: true, "The name of the policy document."),
            Member("PolicyDocument", "policy-document", ShapeCatalog.policyDocumentType, required: true, "The policy document."),
        ],
        pagination: nil
    )

    static let getRolePolicy = OperationSpec(
        service: .iam, name: "GetRolePolicy", cliName: "get-role-policy",
        summary: "Retrieves the specified inline policy document that is embedded with the specified IAM role.",
        parameters: [
            Member("RoleName", "role-name", ShapeCatalog.roleNameType, required: true, "The name of the role associated with the policy."),
            Member("PolicyName", "policy-name", ShapeCatalog.policyNameType, required: true, "The name of the policy document to get."),
        ],
        pagination: nil
    )
}
