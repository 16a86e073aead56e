// Generated from botocore's AWS API models (iam 2010-05-08, sts 2011-06-15) by a throw-away
// script; do not edit by hand. Facts: names, CLI names, types, required, min/max, enums, docs.

extension OperationSpec {
    static let listEntitiesForPolicy = OperationSpec(
        service: .iam, name: "ListEntitiesForPolicy", cliName: "list-entities-for-policy",
        summary: "Lists all IAM users, groups, and roles that the specified managed policy is attached to.",
        parameters: [
            Member("PolicyArn", "policy-arn", ShapeCatalog.arnType, required: true, "The Amazon Resource Name (ARN) of the IAM policy for which you want the versions."),
            Member("EntityFilter", "entity-filter", ShapeCatalog.entityType, "The entity type to use for filtering the results."),
            Member("PathPrefix", "path-prefix", ShapeCatalog.pathType, "The path prefix for filtering the results."),
            Member("PolicyUsageFilter", "policy-usage-filter", ShapeCatalog.policyUsageType, "The policy usage method to use for filtering the results."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["PolicyGroups", "PolicyUsers", "PolicyRoles"])
    )

    static let getAccountSummary = OperationSpec(
        service: .iam, name: "GetAccountSummary", cliName: "get-account-summary",
        summary: "Retrieves information about IAM entity usage and IAM quotas in the Amazon Web Services account.",
        parameters: [],
        pagination: nil
    )

    static let tagUser = OperationSpec(
        service: .iam, name: "TagUser", cliName: "tag-user",
        summary: "Adds one or more tags to an IAM user.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.existingUserNameType, required: true, "The name of the IAM user to which you want to add tags."),
            Member("Tags", "tags", ShapeCatalog.tagListType, required: true, "The list of tags that you want to attach to the IAM user."),
        ],
        pagination: nil
    )

    static let untagUser = OperationSpec(
        service: .iam, name: "UntagUser", cliName: "untag-user",
        summary: "Removes the specified tags from the user.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.existingUserNameType, required: true, "The name of the IAM user from which you want to remove tags."),
            Member("TagKeys", "tag-keys", ShapeCatalog.tagKeyListType, required: true, "A list of key names as a simple array of strings."),
        ],
        pagination: nil
    )

    static let listUserTags = OperationSpec(
        service: .iam, name: "ListUserTags", cliName: "list-user-tags",
        summary: "Lists the tags that are attached to the specified IAM user.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.existingUserNameType, required: true, "The name of the IAM user whose tags you want to see."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["Tags"])
    )

    static let tagPolicy = OperationSpec(
        service: .iam, name: "TagPolicy", cliName: "tag-policy",
        summary: "Adds one or more tags to an IAM customer managed policy.",
        parameters: [
            Member("PolicyArn", "policy-arn", ShapeCatalog.arnType, required: true, "The ARN of the IAM customer managed policy to which you want to add tags."),
            Member("Tags", "tags", ShapeCatalog.tagListType, required: true, "The list of tags that you want to attach to the IAM customer managed policy."),
        ],
        pagination: nil
    )

    static let untagPolicy = OperationSpec(
        service: .iam, name: "UntagPolicy", cliName: "untag-policy",
        summary: "Removes the specified tags from the customer managed policy.",
        parameters: [
            Member("PolicyArn", "policy-arn", ShapeCatalog.arnType, required: true, "The ARN of the IAM customer managed policy from which you want to remove tags."),
            Member("TagKeys", "tag-keys", ShapeCatalog.tagKeyListType, required: true, "A list of key names as a simple array of strings."),
        ],
        pagination: nil
    )

    static let listPolicyTags = OperationSpec(
        service: .iam, name: "ListPolicyTags", cliName: "list-policy-tags",
        summary: "Lists the tags that are attached to the specified IAM customer managed policy.",
        parameters: [
            Member("PolicyArn", "policy-arn", ShapeCatalog.arnType, required: true, "The ARN of the IAM customer managed policy whose tags you want to see."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["Tags"])
    )

    static let updateUser = OperationSpec(
        service: .iam, name: "UpdateUser", cliName: "update-user",
        summary: "Updates the name and/or the path of the specified IAM user.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.existingUserNameType, required: true, "Name of the user to update."),
            Member("NewPath", "new-path", ShapeCatalog.pathType, "New path for the IAM user."),
            Member("NewUserName", "new-user-name", ShapeCatalog.userNameType, "New name for the user."),
        ],
        pagination: nil
    )

    static let updateGroup = OperationSpec(
        service: .iam, name: "UpdateGroup", cliName: "update-group",
        summary: "Updates the name and/or the path of the specified IAM group.",
        parameters: [
            Member("GroupName", "group-name", ShapeCatalog.groupNameType, required: true, "Name of the IAM group to update."),
            Member("NewPath", "new-path", ShapeCatalog.pathType, "New path for the IAM group."),
            Member("NewGroupName", "new-group-name", ShapeCatalog.groupNameType, "New name for the IAM group."),
        ],
        pagination: nil
    )

    static let getAccessKeyLastUsed = OperationSpec(
        service: .iam, name: "GetAccessKeyLastUsed", cliName: "get-access-key-last-used",
        summary: "Retrieves information about when the specified access key was last used.",
        parameters: [
            Member("AccessKeyId", "access-key-id", ShapeCatalog.accessKeyIdType, required: true, "The identifier of an access key."),
        ],
        pagination: nil
    )

    static let updateAccessKey = OperationSpec(
        service: .iam, name: "UpdateAccessKey", cliName: "update-access-key",
        summary: "Changes the status of the specified access key from Active to Inactive, or vice versa.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.existingUserNameType, "The name of the user whose key you want to update."),
            Member("AccessKeyId", "access-key-id", ShapeCatalog.accessKeyIdType, required: true, "The access key ID of the secret access key you want to update."),
            Member("Status", "status", ShapeCatalog.statusType, required: true, "The status you want to assign to the secret access key."),
        ],
        pagination: nil
    )
}
