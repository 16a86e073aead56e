// Generated from botocore's AWS API models (iam 2010-05-08, sts 2011-06-15) by a throw-away
// script; do not edit by hand. Facts: names, CLI names, types, required, min/max, enums, docs.

extension OperationSpec {
    static let deleteRolePolicy = OperationSpec(
        service: .iam, name: "DeleteRolePolicy", cliName: "delete-role-policy",
        summary: "Deletes the specified inline policy that is embedded in the specified IAM role.",
        parameters: [
            Member("RoleName", "role-name", ShapeCatalog.roleNameType, required: true, "The name (friendly name, not ARN) identifying the role that the policy is embedded in."),
            Member("PolicyName", "policy-name", ShapeCatalog.policyNameType, required: true, "The name of the inline policy to delete from the specified IAM role."),
        ],
        pagination: nil
    )

    static let listRolePolicies = OperationSpec(
        service: .iam, name: "ListRolePolicies", cliName: "list-role-policies",
        summary: "Lists the names of the inline policies that are embedded in the specified IAM role.",
        parameters: [
            Member("RoleName", "role-name", ShapeCatalog.roleNameType, required: true, "The name of the role to list policies for."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["PolicyNames"])
    )

    static let putRolePermissionsBoundary = OperationSpec(
        service: .iam, name: "PutRolePermissionsBoundary", cliName: "put-role-permissions-boundary",
        summary: "Adds or updates the policy that is specified as the IAM role's permissions boundary.",
        parameters: [
            Member("RoleName", "role-name", ShapeCatalog.roleNameType, required: true, "The name (friendly name, not ARN) of the IAM role for which you want to set the permissions boundary."),
            Member("PermissionsBoundary", "permissions-boundary", ShapeCatalog.arnType, required: true, "The ARN of the managed policy that is used to set the permissions boundary for the role."),
        ],
        pagination: nil
    )

    static let deleteRolePermissionsBoundary = OperationSpec(
        service: .iam, name: "DeleteRolePermissionsBoundary", cliName: "delete-role-permissions-boundary",
        summary: "Deletes the permissions boundary for the specified IAM role.",
        parameters: [
            Member("RoleName", "role-name", ShapeCatalog.roleNameType, required: true, "The name (friendly name, not ARN) of the IAM role from which you want to remove the permissions boundary."),
        ],
        pagination: nil
    )

    static let tagRole = OperationSpec(
        service: .iam, name: "TagRole", cliName: "tag-role",
        summary: "Adds one or more tags to an IAM role.",
        parameters: [
            Member("RoleName", "role-name", ShapeCatalog.roleNameType, required: true, "The name of the IAM role to which you want to add tags."),
            Member("Tags", "tags", ShapeCatalog.tagListType, required: true, "The list of tags that you want to attach to the IAM role."),
        ],
        pagination: nil
    )

    static let untagRole = OperationSpec(
        service: .iam, name: "UntagRole", cliName: "untag-role",
        summary: "Removes the specified tags from the role.",
        parameters: [
            Member("RoleName", "role-name", ShapeCatalog.roleNameType, required: true, "The name of the IAM role from which you want to remove tags."),
            Member("TagKeys", "tag-keys", ShapeCatalog.tagKeyListType, required: true, "A list of key names as a simple array of strings."),
        ],
        pagination: nil
    )

    static let listRoleTags = OperationSpec(
        service: .iam, name: "ListRoleTags", cliName: "list-role-tags",
        summary: "Lists the tags that are attached to the specified role.",
        parameters: [
            Member("RoleName", "role-name", ShapeCatalog.roleNameType, required: true, "The name of the IAM role for which you want to see the list of tags."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["Tags"])
    )

    static let createUser = OperationSpec(
        service: .iam, name: "CreateUser", cliName: "create-user",
        summary: "Creates a new IAM user for your Amazon Web Services account.",
        parameters: [
            Member("Path", "path", ShapeCatalog.pathType, "The path for the user name."),
            Member("UserName", "user-name", ShapeCatalog.userNameType, required: true, "The name of the user to create."),
            Member("PermissionsBoundary", "permissions-boundary", ShapeCatalog.arnType, "The ARN of the managed policy that is used to set the permissions boundary for the user."),
            Member("Tags", "tags", ShapeCatalog.tagListType, "A list of tags that you want to attach to the new user."),
        ],
        pagination: nil
    )

    static let getUser = OperationSpec(
        service: .iam, name: "GetUser", cliName: "get-user",
        summary: "Retrieves information about the specified IAM user, including the user's creation date, path, unique ID, and ARN.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.existingUserNameType, "The name of the user to get information about."),
        ],
        pagination: nil
    )

    static let listUsers = OperationSpec(
        service: .iam, name: "ListUsers", cliName: "list-users",
        summary: "Lists the IAM users that have the specified path prefix.",
        parameters: [
            Member("PathPrefix", "path-prefix", ShapeCatalog.pathPrefixType, "The path prefix for filtering the results."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["Users"])
    )

    static let deleteUser = OperationSpec(
        service: .iam, name: "DeleteUser", cliName: "delete-user",
        summary: "Deletes the specified IAM user.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.existingUserNameType, required: true, "The name of the user to delete."),
        ],
        pagination: nil
    )

    static let putUserPolicy = OperationSpec(
        service: .iam, name: "PutUserPolicy", cliName: "put-user-policy",
        summary: "Adds or updates an inline policy document that is embedded in the specified IAM user.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.existingUserNameType, required: true, "The name of the user to associate the policy with."),
            Member("PolicyName", "policy-name", ShapeCatalog.policyNameType, required: true, "The name of the policy document."),
            Member("PolicyDocument", "policy-document", ShapeCatalog.policyDocumentType, required: true, "The policy document."),
        ],
        pagination: nil
    )
}
