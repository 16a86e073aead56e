// Generated from botocore's AWS API models (iam 2010-05-08, sts 2011-06-15) by a throw-away
// script; do not edit by hand. Facts: names, CLI names, types, required, min/max, enums, docs.

extension OperationSpec {
    static let getPolicyVersion = OperationSpec(
        service: .iam, name: "GetPolicyVersion", cliName: "get-policy-version",
        summary: "Retrieves information about the specified version of the specified managed policy, including the policy document.",
        parameters: [
            Member("PolicyArn", "policy-arn", ShapeCatalog.arnType, required: true, "The Amazon Resource Name (ARN) of the managed policy that you want information about."),
            Member("VersionId", "version-id", ShapeCatalog.policyVersionIdType, required: true, "Identifies the policy version to retrieve."),
        ],
        pagination: nil
    )

    static let createPolicyVersion = OperationSpec(
        service: .iam, name: "CreatePolicyVersion", cliName: "create-policy-version",
        summary: "Creates a new version of the specified managed policy.",
        parameters: [
            Member("PolicyArn", "policy-arn", ShapeCatalog.arnType, required: true, "The Amazon Resource Name (ARN) of the IAM policy to which you want to add a new version."),
            Member("PolicyDocument", "policy-document", ShapeCatalog.policyDocumentType, required: true, "The JSON policy document that you want to use as the content for this new version of the policy."),
            Member("SetAsDefault", "set-as-default", ShapeCatalog.booleanType, "Specifies whether to set this version as the policy's default version."),
        ],
        pagination: nil
    )

    static let listPolicies = OperationSpec(
        service: .iam, name: "ListPolicies", cliName: "list-policies",
        summary: "Lists all the managed policies that are available in your Amazon Web Services account, including your own customer-defined managed policies and all Amazon Web Services managed policies.",
        parameters: [
            Member("Scope", "scope", ShapeCatalog.policyScopeType, "The scope to use for filtering the results."),
            Member("OnlyAttached", "only-attached", ShapeCatalog.booleanType, "A flag to filter the results to only the attached policies."),
            Member("PathPrefix", "path-prefix", ShapeCatalog.policyPathType, "The path prefix for filtering the results."),
            Member("PolicyUsageFilter", "policy-usage-filter", ShapeCatalog.policyUsageType, "The policy usage method to use for filtering the results."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["Policies"])
    )

    static let listPolicyVersions = OperationSpec(
        service: .iam, name: "ListPolicyVersions", cliName: "list-policy-versions",
        summary: "Lists information about the versions of the specified managed policy, including the version that is currently set as the policy's default version.",
        parameters: [
            Member("PolicyArn", "policy-arn", ShapeCatalog.arnType, required: true, "The Amazon Resource Name (ARN) of the IAM policy for which you want the versions."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["Versions"])
    )

    static let deletePolicy = OperationSpec(
        service: .iam, name: "DeletePolicy", cliName: "delete-policy",
        summary: "Deletes the specified managed policy.",
        parameters: [
            Member("PolicyArn", "policy-arn", ShapeCatalog.arnType, required: true, "The Amazon Resource Name (ARN) of the IAM policy you want to delete."),
        ],
        pagination: nil
    )

    static let deletePolicyVersion = OperationSpec(
        service: .iam, name: "DeletePolicyVersion", cliName: "delete-policy-version",
        summary: "Deletes the specified version from the specified managed policy.",
        parameters: [
            Member("PolicyArn", "policy-arn", ShapeCatalog.arnType, required: true, "The Amazon Resource Name (ARN) of the IAM policy from which you want to delete a version."),
            Member("VersionId", "version-id", ShapeCatalog.policyVersionIdType, required: true, "The policy version to delete."),
        ],
        pagination: nil
    )

    static let setDefaultPolicyVersion = OperationSpec(
        service: .iam, name: "SetDefaultPolicyVersion", cliName: "set-default-policy-version",
        summary: "Sets the specified version of the specified policy as the policy's default (operative) version.",
        parameters: [
            Member("PolicyArn", "policy-arn", ShapeCatalog.arnType, required: true, "The Amazon Resource Name (ARN) of the IAM policy whose default version you want to set."),
            Member("VersionId", "version-id", ShapeCatalog.policyVersionIdType, required: true, "The version of the policy to set as the default (operative) version."),
        ],
        pagination: nil
    )

    static let createAccessKey = OperationSpec(
        service: .iam, name: "CreateAccessKey", cliName: "create-access-key",
        summary: "Creates a new Amazon Web Services secret access key and corresponding Amazon Web Services access key ID for the specified user.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.existingUserNameType, "The name of the IAM user that the new key will belong to."),
        ],
        pagination: nil
    )

    static let listAccessKeys = OperationSpec(
        service: .iam, name: "ListAccessKeys", cliName: "list-access-keys",
        summary: "Returns information about the access key IDs associated with the specified IAM user.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.existingUserNameType, "The name of the user."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["AccessKeyMetadata"])
    )

    static let deleteAccessKey = OperationSpec(
        service: .iam, name: "DeleteAccessKey", cliName: "delete-access-key",
        summary: "Deletes the access key pair associated with the specified IAM user.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.existingUserNameType, "The name of the user whose access key pair you want to delete."),
            Member("AccessKeyId", "access-key-id", ShapeCatalog.accessKeyIdType, required: true, "The access key ID for the access key ID and secret access key you want to delete."),
        ],
        pagination: nil
    )

    static let createVirtualMFADevice = OperationSpec(
        service: .iam, name: "CreateVirtualMFADevice", cliName: "create-virtual-mfa-device",
        summary: "Creates a new virtual MFA device for the Amazon Web Services account.",
        parameters: [
            Member("Path", "path", ShapeCatalog.pathType, "The path for the virtual MFA device."),
            Member("VirtualMFADeviceName", "virtual-mfa-device-name", ShapeCatalog.virtualMFADeviceName, required: true, "The name of the virtual MFA device, which must be unique."),
            Member("Tags", "tags", ShapeCatalog.tagListType, "A list of tags that you want to attach to the new IAM virtual MFA device."),
        ],
        pagination: nil
    )

    static let enableMFADevice = OperationSpec(
        service: .iam, name: "EnableMFADevice", cliName: "enable-mfa-device",
        summary: "Enables the specified MFA device and associates it with the specified IAM user.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.existingUserNameType, required: true, "The name of the IAM user for whom you want to enable the MFA device."),
            Member("SerialNumber", "serial-number", ShapeCatalog.serialNumberType, required: true, "The serial number that uniquely identifies the MFA device."),
            Member("AuthenticationCode1", "authentication-code1", ShapeCatalog.authenticationCodeType, required: true, "An authentication code emitted by the device."),
            Member("AuthenticationCode2", "authentication-code2", ShapeCatalog.authenticationCodeType, required: true, "A subsequent authentication code emitted by the device."),
        ],
        pagination: nil
    )
}
