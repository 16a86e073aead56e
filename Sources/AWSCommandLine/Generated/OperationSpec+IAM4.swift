// Generated from botocore's AWS API models (iam 2010-05-08, sts 2011-06-15) by a throw-away
// script; do not edit by hand. Facts: names, CLI names, types, required, min/max, enums, docs.

extension OperationSpec {
    static let addUserToGroup = OperationSpec(
        service: .iam, name: "AddUserToGroup", cliName: "add-user-to-group",
        summary: "Adds the specified user to the specified group.",
        parameters: [
            Member("GroupName", "group-name", ShapeCatalog.groupNameType, required: true, "The name of the group to update."),
            Member("UserName", "user-name", ShapeCatalog.existingUserNameType, required: true, "The name of the user to add."),
        ],
        pagination: nil
    )

    static let removeUserFromGroup = OperationSpec(
        service: .iam, name: "RemoveUserFromGroup", cliName: "remove-user-from-group",
        summary: "Removes the specified user from the specified group.",
        parameters: [
            Member("GroupName", "group-name", ShapeCatalog.groupNameType, required: true, "The name of the group to update."),
            Member("UserName", "user-name", ShapeCatalog.existingUserNameType, required: true, "The name of the user to remove."),
        ],
        pagination: nil
    )

    static let listGroupsForUser = OperationSpec(
        service: .iam, name: "ListGroupsForUser", cliName: "list-groups-for-user",
        summary: "Lists the IAM groups that the specified IAM user belongs to.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.existingUserNameType, required: true, "The name of the user to list groups for."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["Groups"])
    )

    static let putGroupPolicy = OperationSpec(
        service: .iam, name: "PutGroupPolicy", cliName: "put-group-policy",
        summary: "Adds or updates an inline policy document that is embedded in the specified IAM group.",
        parameters: [
            Member("GroupName", "group-name", ShapeCatalog.groupNameType, required: true, "The name of the group to associate the policy with."),
            Member("PolicyName", "policy-name", ShapeCatalog.policyNameType, required: true, "The name of the policy document."),
            Member("PolicyDocument", "policy-document", ShapeCatalog.policyDocumentType, required: true, "The policy document."),
        ],
        pagination: nil
    )

    static let getGroupPolicy = OperationSpec(
        service: .iam, name: "GetGroupPolicy", cliName: "get-group-policy",
        summary: "Retrieves the specified inline policy document that is embedded in the specified IAM group.",
        parameters: [
            Member("GroupName", "group-name", ShapeCatalog.groupNameType, required: true, "The name of the group the policy is associated with."),
            Member("PolicyName", "policy-name", ShapeCatalog.policyNameType, required: true, "The name of the policy document to get."),
        ],
        pagination: nil
    )

    static let deleteGroupPolicy = OperationSpec(
        service: .iam, name: "DeleteGroupPolicy", cliName: "delete-group-policy",
        summary: "Deletes the specified inline policy that is embedded in the specified IAM group.",
        parameters: [
            Member("GroupName", "group-name", ShapeCatalog.groupNameType, required: true, "The name (friendly name, not ARN) identifying the group that the policy is embedded in."),
            Member("PolicyName", "policy-name", ShapeCatalog.policyNameType, required: true, "The name identifying the policy document to delete."),
        ],
        pagination: nil
    )

    static let listGroupPolicies = OperationSpec(
        service: .iam, name: "ListGroupPolicies", cliName: "list-group-policies",
        summary: "Lists the names of the inline policies that are embedded in the specified IAM group.",
        parameters: [
            Member("GroupName", "group-name", ShapeCatalog.groupNameType, required: true, "The name of the group to list policies for."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["PolicyNames"])
    )

    static let attachGroupPolicy = OperationSpec(
        service: .iam, name: "AttachGroupPolicy", cliName: "attach-group-policy",
        summary: "Attaches the specified managed policy to the specified IAM group.",
        parameters: [
            Member("GroupName", "group-name", ShapeCatalog.groupNameType, required: true, "The name (friendly name, not ARN) of the group to attach the policy to."),
            Member("PolicyArn", "policy-arn", ShapeCatalog.arnType, required: true, "The Amazon Resource Name (ARN) of the IAM policy you want to attach."),
        ],
        pagination: nil
    )

    static let detachGroupPolicy = OperationSpec(
        service: .iam, name: "DetachGroupPolicy", cliName: "detach-group-policy",
        summary: "Removes the specified managed policy from the specified IAM group.",
        parameters: [
            Member("GroupName", "group-name", ShapeCatalog.groupNameType, required: true, "The name (friendly name, not ARN) of the IAM group to detach the policy from."),
            Member("PolicyArn", "policy-arn", ShapeCatalog.arnType, required: true, "The Amazon Resource Name (ARN) of the IAM policy you want to detach."),
        ],
        pagination: nil
    )

    static let listAttachedGroupPolicies = OperationSpec(
        service: .iam, name: "ListAttachedGroupPolicies", cliName: "list-attached-group-policies",
        summary: "Lists all managed policies that are attached to the specified IAM group.",
        parameters: [
            Member("GroupName", "group-name", ShapeCatalog.groupNameType, required: true, "The name (friendly name, not ARN) of the group to list attached policies for."),
            Member("PathPrefix", "path-prefix", ShapeCatalog.policyPathType, "The path prefix for filtering the results."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["AttachedPolicies"])
    )

    static let createPolicy = OperationSpec(
        service: .iam, name: "CreatePolicy", cliName: "create-policy",
        summary: "Creates a new managed policy for your Amazon Web Services account.",
        parameters: [
            Member("PolicyName", "policy-name", ShapeCatalog.policyNameType, required: true, "The friendly name of the policy."),
            Member("Path", "path", ShapeCatalog.policyPathType, "The path for the policy."),
            Member("PolicyDocument", "policy-document", ShapeCatalog.policyDocumentType, required: true, "The JSON policy document that you want to use as the content for the new policy."),
            Member("Description", "description", ShapeCatalog.policyDescriptionType, "A friendly description of the policy."),
            Member("Tags", "tags", ShapeCatalog.tagListType, "A list of tags that you want to attach to the new IAM customer managed policy."),
        ],
        pagination: nil
    )

    static let getPolicy = OperationSpec(
        service: .iam, name: "GetPolicy", cliName: "get-policy",
        summary: "Retrieves information about the specified managed policy, including the policy's default version and the total number of IAM users, groups, and roles to which the policy is attached.",
        parameters: [
            Member("PolicyArn", "policy-arn", ShapeCatalog.arnType, required: true, "The Amazon Resource Name (ARN) of the managed policy that you want information about."),
        ],
        pagination: nil
    )
}
