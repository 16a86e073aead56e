// Generated from botocore's AWS API models (iam 2010-05-08, sts 2011-06-15) by a throw-away
// script; do not edit by hand. Facts: names, CLI names, types, required, min/max, enums, docs.

extension OperationSpec {
    static let assumeRole = OperationSpec(
        service: .sts, name: "AssumeRole", cliName: "assume-role",
        summary: "Returns a set of temporary security credentials that you can use to access Amazon Web Services resources.",
        parameters: [
            Member("RoleArn", "role-arn", ShapeCatalog.stsArnType, required: true, "The Amazon Resource Name (ARN) of the role to assume."),
            Member("RoleSessionName", "role-session-name", ShapeCatalog.stsRoleSessionNameType, required: true, "An identifier for the assumed role session."),
            Member("PolicyArns", "policy-arns", ShapeCatalog.stsPolicyDescriptorListType, "The Amazon Resource Names (ARNs) of the IAM managed policies that you want to use as managed session policies."),
            Member("Policy", "policy", ShapeCatalog.stsUnrestrictedSessionPolicyDocumentType, "An IAM policy in JSON format that you want to use as an inline session policy."),
            Member("DurationSeconds", "duration-seconds", ShapeCatalog.stsRoleDurationSecondsType, "The duration, in seconds, of the role session."),
            Member("Tags", "tags", ShapeCatalog.stsTagListType, "A list of session tags that you want to pass."),
            Member("TransitiveTagKeys", "transitive-tag-keys", ShapeCatalog.stsTagKeyListType, "A list of keys for session tags that you want to set as transitive."),
            Member("ExternalId", "external-id", ShapeCatalog.stsExternalIdType, "A unique identifier that might be required when you assume a role in another account."),
            Member("SerialNumber", "serial-number", ShapeCatalog.stsSerialNumberType, "The identification number of the MFA device that is associated with the user who is making the AssumeRole call."),
            Member("TokenCode", "token-code", ShapeCatalog.stsTokenCodeType, "The value provided by the MFA device, if the trust policy of the role being assumed requires MFA."),
            Member("SourceIdentity", "source-identity", ShapeCatalog.stsSourceIdentityType, "The source identity specified by the principal that is calling the AssumeRole operation."),
            Member("ProvidedContexts", "provided-contexts", ShapeCatalog.stsProvidedContextsListType, "A list of previously acquired trusted context assertions in the format of a JSON array."),
        ],
        pagination: nil
    )

    static let getSessionToken = OperationSpec(
        service: .sts, name: "GetSessionToken", cliName: "get-session-token",
        summary: "Returns a set of temporary credentials for an Amazon Web Services account or IAM user.",
        parameters: [
            Member("DurationSeconds", "duration-seconds", ShapeCatalog.stsDurationSecondsType, "The duration, in seconds, that the credentials should remain valid."),
            Member("SerialNumber", "serial-number", ShapeCatalog.stsSerialNumberType, "The identification number of the MFA device that is associated with the IAM user who is making the GetSessionToken call."),
            Member("TokenCode", "token-code", ShapeCatalog.stsTokenCodeType, "The value provided by the MFA device, if MFA is required."),
        ],
        pagination: nil
    )

    static let getCallerIdentity = OperationSpec(
        service: .sts, name: "GetCallerIdentity", cliName: "get-caller-identity",
        summary: "Returns details about the IAM user or role whose credentials are used to call the operation.",
        parameters: [
        ],
        pagination: nil
    )
}
