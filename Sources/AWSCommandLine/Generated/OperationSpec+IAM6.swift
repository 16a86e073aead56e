// Generated from botocore's AWS API models (iam 2010-05-08, sts 2011-06-15) by a throw-away
// script; do not edit by hand. Facts: names, CLI names, types, required, min/max, enums, docs.

extension OperationSpec {
    static let listMFADevices = OperationSpec(
        service: .iam, name: "ListMFADevices", cliName: "list-mfa-devices",
        summary: "Lists the MFA devices for an IAM user.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.existingUserNameType, "The name of the user whose MFA devices you want to list."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["MFADevices"])
    )

    static let listVirtualMFADevices = OperationSpec(
        service: .iam, name: "ListVirtualMFADevices", cliName: "list-virtual-mfa-devices",
        summary: "Lists the virtual MFA devices defined in the Amazon Web Services account by assignment status.",
        parameters: [
            Member("AssignmentStatus", "assignment-status", ShapeCatalog.assignmentStatusType, "The status (Unassigned or Assigned) of the devices to list."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["VirtualMFADevices"])
    )

    static let deactivateMFADevice = OperationSpec(
        service: .iam, name: "DeactivateMFADevice", cliName: "deactivate-mfa-device",
        summary: "Deactivates the specified MFA device and removes it from association with the user name for which it was originally enabled.",
        parameters: [
            Member("UserName", "user-name", ShapeCatalog.existingUserNameType, "The name of the user whose MFA device you want to deactivate."),
            Member("SerialNumber", "serial-number", ShapeCatalog.serialNumberType, required: true, "The serial number that uniquely identifies the MFA device."),
        ],
        pagination: nil
    )

    static let deleteVirtualMFADevice = OperationSpec(
        service: .iam, name: "DeleteVirtualMFADevice", cliName: "delete-virtual-mfa-device",
        summary: "Deletes a virtual MFA device.",
        parameters: [
            Member("SerialNumber", "serial-number", ShapeCatalog.serialNumberType, required: true, "The serial number that uniquely identifies the MFA device."),
        ],
        pagination: nil
    )

    static let simulatePrincipalPolicy = OperationSpec(
        service: .iam, name: "SimulatePrincipalPolicy", cliName: "simulate-principal-policy",
        summary: "Simulate how a set of IAM policies attached to an IAM entity works with a list of API operations and Amazon Web Services resources to determine the policies' effective permissions.",
        parameters: [
            Member("PolicySourceArn", "policy-source-arn", ShapeCatalog.arnType, required: true, "The Amazon Resource Name (ARN) of a user, group, or role whose policies you want to include in the simulation."),
            Member("PolicyInputList", "policy-input-list", ShapeCatalog.simulationPolicyListType, "An optional list of additional policy documents to include in the simulation."),
            Member("PermissionsBoundaryPolicyInputList", "permissions-boundary-policy-input-list", ShapeCatalog.simulationPolicyListType, "The IAM permissions boundary policy to simulate."),
            Member("ActionNames", "action-names", ShapeCatalog.actionNameListType, required: true, "A list of names of API operations to evaluate in the simulation."),
            Member("ResourceArns", "resource-arns", ShapeCatalog.resourceNameListType, "A list of ARNs of Amazon Web Services resources to include in the simulation."),
            Member("ResourcePolicy", "resource-policy", ShapeCatalog.policyDocumentType, "A resource-based policy to include in the simulation provided as a string."),
            Member("ResourceOwner", "resource-owner", ShapeCatalog.resourceNameType, "An Amazon Web Services account ID that specifies the owner of any simulated resource that does not identify its owner in the resource ARN."),
            Member("CallerArn", "caller-arn", ShapeCatalog.resourceNameType, "The ARN of the IAM user that you want to specify as the simulated caller of the API operations."),
            Member("ContextEntries", "context-entries", ShapeCatalog.contextEntryListType, "A list of context keys and corresponding values for the simulation to use."),
            Member("ResourceHandlingOption", "resource-handling-option", ShapeCatalog.resourceHandlingOptionType, "Specifies the type of simulation to run."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("SessionPolicyInputList", "session-policy-input-list", ShapeCatalog.simulationPolicyListType, "rolecall extension: session policies (JSON documents) that further limit the caller; not an AWS parameter."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["EvaluationResults"])
    )

    static let simulateCustomPolicy = OperationSpec(
        service: .iam, name: "SimulateCustomPolicy", cliName: "simulate-custom-policy",
        summary: "Simulate how a set of IAM policies and optionally a resource-based policy works with a list of API operations and Amazon Web Services resources to determine the policies' effective permissions.",
        parameters: [
            Member("PolicyInputList", "policy-input-list", ShapeCatalog.simulationPolicyListType, required: true, "A list of policy documents to include in the simulation."),
            Member("PermissionsBoundaryPolicyInputList", "permissions-boundary-policy-input-list", ShapeCatalog.simulationPolicyListType, "The IAM permissions boundary policy to simulate."),
            Member("ActionNames", "action-names", ShapeCatalog.actionNameListType, required: true, "A list of names of API operations to evaluate in the simulation."),
            Member("ResourceArns", "resource-arns", ShapeCatalog.resourceNameListType, "A list of ARNs of Amazon Web Services resources to include in the simulation."),
            Member("ResourcePolicy", "resource-policy", ShapeCatalog.policyDocumentType, "A resource-based policy to include in the simulation provided as a string."),
            Member("ResourceOwner", "resource-owner", ShapeCatalog.resourceNameType, "An ARN representing the Amazon Web Services account ID that specifies the owner of any simulated resource that does not identify its owner in the resource ARN."),
            Member("CallerArn", "caller-arn", ShapeCatalog.resourceNameType, "The ARN of the IAM user that you want to use as the simulated caller of the API operations."),
            Member("ContextEntries", "context-entries", ShapeCatalog.contextEntryListType, "A list of context keys and corresponding values for the simulation to use."),
            Member("ResourceHandlingOption", "resource-handling-option", ShapeCatalog.resourceHandlingOptionType, "Specifies the type of simulation to run."),
            Member("MaxItems", "max-items", ShapeCatalog.maxItemsType, "Use this only when paginating results to indicate the maximum number of items you want in the response."),
            Member("Marker", "marker", ShapeCatalog.markerType, "Use this parameter only when paginating results and only after you receive a response indicating that the results are truncated."),
            Member("SessionPolicyInputList", "session-policy-input-list", ShapeCatalog.simulationPolicyListType, "rolecall extension: session policies (JSON documents) that further limit the caller; not an AWS parameter."),
        ],
        pagination: Pagination(inputToken: "Marker", outputToken: "Marker", moreResults: "IsTruncated", limitKey: "MaxItems", resultKeys: ["EvaluationResults"])
    )
}
