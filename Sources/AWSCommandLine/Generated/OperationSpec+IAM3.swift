// Generated from botocore's AWS API models (iam 2010-05-08, sts 2011-06-15) by a throw-away
// script; do not edit by hand. Facts: names, CLI names, types, required, min/max, enums, docs.

extension OperationSpec {
    static let getUserPolicy = OperationSpec(
        service: .iam, name: "GetUserPolicy", cliName: "get-user-policy",
        summary: "Retrieves the specified inline policy document that is embedded in the specified IAM user.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.existingUserNameType, required: true, "The name of the user who the policy is associated with."),
            Member("PolicyName", "policy-name", ShapeCatalog.policyNameType, required: true, "The name of the policy document to get."),
        ],
        pagination: nil
    )

    static let deleteUserPolicy = OperationSpec(
        service: .iam, name: "DeleteUserPolicy", cliName: "delete-user-policy",
        summary: "Deletes the specified inline policy that is embedded in the specified IAM user.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.existingUserNameType, required: true, "The name (friendly name, not ARN) identifying the user that the policy is embedded in."),
            Member("PolicyName", "policy-name", ShapeCatalog.policyNameType, required: true, "The name identifying the policy document to delete."),
        ],
        pagination: nil
    )

    static let listUserPolicies = OperationSpec(
        service: .iam, name: "ListUserPolicies", cliName: "list-user-policies",
        summary: "Lists the names of the inline policies embedded in the specified IAM user.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.existingUserNameType, required: true, "The name of the user to list policies for."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["PolicyNames"])
    )

    static let attachUserPolicy = OperationSpec(
        service: .iam, name: "AttachUserPolicy", cliName: "attach-user-policy",
        summary: "Attaches the specified managed policy to the specified user.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.userNameType, required: true, "The name (friendly name, not ARN) of the IAM user to attach the policy to."),
            Member("PolicyArn", "policy-arn", ShapeCatalog.arnType, required: true, "The Amazon Resource Name (ARN) of the IAM policy you want to attach."),
        ],
        pagination: nil
    )

    static let detachUserPolicy = OperationSpec(
        service: .iam, name: "DetachUserPolicy", cliName: "detach-user-policy",
        summary: "Removes the specified managed policy from the specified user.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.userNameType, required: true, "The name (friendly name, not ARN) of the IAM user to detach the policy from."),
            Member("PolicyArn", "policy-arn", ShapeCatalog.arnType, required: true, "The Amazon Resource Name (ARN) of the IAM policy you want to detach."),
        ],
        pagination: nil
    )

    static let listAttachedUserPolicies = OperationSpec(
        service: .iam, name: "ListAttachedUserPolicies", cliName: "list-attached-user-policies",
        summary: "Lists all managed policies that are attached to the specified IAM user.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.userNameType, required: true, "The name (friendly name, not ARN) of the user to list attached policies for."),
            Member("PathPrefix", "path-prefix", ShapeCatalog.policyPathType, "The path prefix for filtering the results."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["AttachedPolicies"])
    )

    static let putUserPermissionsBoundary = OperationSpec(
        service: .iam, name: "PutUserPermissionsBoundary", cliName: "put-user-permissions-boundary",
        summary: "Adds or updates the policy that is specified as the IAM user's permissions boundary.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.userNameType, required: true, "The name (friendly name, not ARN) of the IAM user for which you want to set the permissions boundary."),
            Member("PermissionsBoundary", "permissions-boundary", ShapeCatalog.arnType, required: true, "The ARN of the managed policy that is used to set the permissions boundary for the user."),
        ],
        pagination: nil
    )

    static let deleteUserPermissionsBoundary = OperationSpec(
        service: .iam, name: "DeleteUserPermissionsBoundary", cliName: "delete-user-permissions-boundary",
        summary: "Deletes the permissions boundary for the specified IAM user.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.userNameType, required: true, "The name (friendly name, not ARN) of the IAM user from which you want to remove the permissions boundary."),
        ],
        pagination: nil
    )

    static let createGroup = OperationSpec(
        service: .iam, name: "CreateGroup", cliName: "create-group",
        summary: "Creates a new group.",
        parameters: [
            Member("Path", "path", ShapeCatalog.pathType, "The path to the group."),
            Member("GroupName", "group-name", ShapeCatalog.groupNameType, required: true, "The name of the group to create."),
        ],
        pagination: nil
    )

    static let getGroup = OperationSpec(
        service: .iam, name: "GetGroup", cliName: "get-group",
        summary: "Returns a list of IAM users that are in the specified IAM group.",
        parameters: [
            Member("GroupName", "group-name", ShapeCatalog.groupNameType, required: true, "The name of the group."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["Users"])
    )

    static let listGroups = OperationSpec(
        service: .iam, name: "ListGroups", cliName: "list-groups",
        summary: "Lists the IAM groups that have the specified path prefix.",
        parameters: [
            Member("PathPrefix", "path-prefix", ShapeCatalog.pathPrefixType, "The path prefix for filtering the results."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["Groups"])
    )

    static let deleteGroup = OperationSpec(
        service: .iam, name: "DeleteGroup", cliName: "delete-group",
        summary: "Deletes the specified IAM group.",
        parameters: [
            Member("GroupName", "group-name", ShapeCatalog.groupNameType, required: true, "The name of the IAM group to delete."),
        ],
        pagination: nil
    )
}
