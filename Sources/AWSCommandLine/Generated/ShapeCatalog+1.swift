// Generated from botocore's AWS API models (iam 2010-05-08, sts 2011-06-15) by a throw-away
// script; do not edit by hand. Facts: names, CLI names, types, required, min/max, enums, docs.

extension ShapeCatalog {
    static let accessKeyIdType = Shape("accessKeyIdType", .string, min: 16, max: 128)
    static let actionNameListType = Shape("ActionNameListType", .list(ShapeCatalog.actionNameType))
    static let actionNameType = Shape("ActionNameType", .string, min: 3, max: 128)
    static let arnType = Shape("arnType", .string, min: 20, max: 2048)
    static let assignmentStatusType = Shape("assignmentStatusType", .string, enumValues: ["Assigned", "Unassigned", "Any"])
    static let authenticationCodeType = Shape("authenticationCodeType", .string, min: 6, max: 6)
    static let booleanType = Shape("booleanType", .boolean)
    static let contextEntry = Shape("ContextEntry", .structure([
        Member("ContextKeyName", "context-key-name", ShapeCatalog.contextKeyNameType, "The full name of a condition context key, including the service prefix."),
        Member("ContextKeyValues", "context-key-values", ShapeCatalog.contextKeyValueListType, "The value (or values, if the condition context key supports multiple values) to provide to the simulation when the key is referenced by a Condition element in an input policy."),
        Member("ContextKeyType", "context-key-type", ShapeCatalog.contextKeyTypeEnum, "The data type of the value (or values) specified in the ContextKeyValues parameter."),
    ]))
    static let contextEntryListType = Shape("ContextEntryListType", .list(ShapeCatalog.contextEntry))
    static let contextKeyNameType = Shape("ContextKeyNameType", .string, min: 5, max: 256)
    static let contextKeyTypeEnum = Shape("ContextKeyTypeEnum", .string, enumValues: ["string", "stringList", "numeric", "numericList", "boolean", "booleanList", "ip", "ipList", "binary", "binaryList", "date", "dateList"])
    static let contextKeyValueListType = Shape("ContextKeyValueListType", .list(ShapeCatalog.contextKeyValueType))
    static let contextKeyValueType = Shape("ContextKeyValueType", .string)
    static let entityType = Shape("EntityType", .string, enumValues: ["User", "Role", "Group", "LocalManagedPolicy", "AWSManagedPolicy"])
    static let existingUserNameType = Shape("existingUserNameType", .string, min: 1, max: 128)
    static let groupNameType = Shape("groupNameType", .string, min: 1, max: 128)
    static let markerType = Shape("markerType", .string, min: 1, max: 320)
    static let maxItemsType = Shape("maxItemsType", .integer, min: 1, max: 1000)
    static let pathPrefixType = Shape("pathPrefixType", .string, min: 1, max: 512)
    static let pathType = Shape("pathType", .string, min: 1, max: 512)
    static let policyDescriptionType = Shape("policyDescriptionType", .string, max: 1000)
    static let policyDocumentType = Shape("policyDocumentType", .string, min: 1, max: 131072)
    static let policyNameType = Shape("policyNameType", .string, min: 1, max: 128)
    static let policyPathType = Shape("policyPathType", .string, min: 1, max: 512)
    static let policyScopeType = Shape("policyScopeType", .string, enumValues: ["All", "AWS", "Local"])
    static let policyUsageType = Shape("PolicyUsageType", .string, enumValues: ["PermissionsPolicy", "PermissionsBoundary"])
    static let policyVersionIdType = Shape("policyVersionIdType", .string)
    static let resourceHandlingOptionType = Shape("ResourceHandlingOptionType", .string, min: 1, max: 64)
    static let resourceNameListType = Shape("ResourceNameListType", .list(ShapeCatalog.resourceNameType))
    static let resourceNameType = Shape("ResourceNameType", .string, min: 1, max: 2048)
    static let roleDescriptionType = Shape("roleDescriptionType", .string, max: 1000)
    static let roleMaxSessionDurationType = Shape("roleMaxSessionDurationType", .integer, min: 3600, max: 43200)
    static let roleNameType = Shape("roleNameType", .string, min: 1, max: 64)
    static let serialNumberType = Shape("serialNumberType", .string, min: 9, max: 256)
    static let simulationPolicyListType = Shape("SimulationPolicyListType", .list(ShapeCatalog.policyDocumentType))
    static let statusType = Shape("statusType", .string, enumValues: ["Active", "Inactive", "Expired"])
    static let stsArnType = Shape("arnType", .string, min: 20, max: 2048)
    static let stsContextAssertionType = Shape("contextAssertionType", .string, min: 4, max: 2048)
    static let stsDurationSecondsType = Shape("durationSecondsType", .integer, min: 900, max: 129600)
    static let stsExternalIdType = Shape("externalIdType", .string, min: 2, max: 1224)
    static let stsPolicyDescriptorListType = Shape("policyDescriptorListType", .list(ShapeCatalog.stsPolicyDescriptorType))
    static let stsPolicyDescriptorType = Shape("PolicyDescriptorType", .structure([
        Member("arn", "arn", ShapeCatalog.stsArnType, "The Amazon Resource Name (ARN) of the IAM managed policy to use as a session policy for the role."),
    ]))
    static let stsProvidedContext = Shape("ProvidedContext", .structure([
        Member("ProviderArn", "provider-arn", ShapeCatalog.stsArnType, "The context provider ARN from which the trusted context assertion was generated."),
        Member("ContextAssertion", "context-assertion", ShapeCatalog.stsContextAssertionType, "The signed and encrypted trusted context assertion generated by the context provider."),
    ]))
    static let stsProvidedContextsListType = Shape("ProvidedContextsListType", .list(ShapeCatalog.stsProvidedContext), min: 1, max: 5)
    static let stsRoleDurationSecondsType = Shape("roleDurationSecondsType", .integer, min: 900, max: 43200)
    static let stsRoleSessionNameType = Shape("roleSessionNameType", .string, min: 2, max: 64)
    static let stsSerialNumberType = Shape("serialNumberType", .string, min: 9, max: 256)
    static let stsSourceIdentityType = Shape("sourceIdentityType", .string, min: 2, max: 64)
    static let stsTag = Shape("Tag", .structure([
        Member("Key", "key", ShapeCatalog.stsTagKeyType, required: true, "The key for a session tag."),
        Member("Value", "value", ShapeCatalog.stsTagValueType, required: true, "The value for a session tag."),
    ]))
    static let stsTagKeyListType = Shape("tagKeyListType", .list(ShapeCatalog.stsTagKeyType), max: 50)
    static let stsTagKeyType = Shape("tagKeyType", .string, min: 1, max: 128)
    static let stsTagListType = Shape("tagListType", .list(ShapeCatalog.stsTag), max: 50)
    static let stsTagValueType = Shape("tagValueType", .string, min: 0, max: 256)
    static let stsTokenCodeType = Shape("tokenCodeType", .string, min: 6, max: 6)
    static let stsUnrestrictedSessionPolicyDocumentType = Shape("unrestrictedSessionPolicyDocumentType", .string, min: 1)
    static let tag = Shape("Tag", .structure([
        Member("Key", "key", ShapeCatalog.tagKeyType, required: true, "The key name that can be used to look up or retrieve the associated value."),
        Member("Value", "value", ShapeCatalog.tagValueType, required: true, "The value associated with this tag."),
    ]))
    static let tagKeyListType = Shape("tagKeyListType", .list(ShapeCatalog.tagKeyType), max: 50)
    static let tagKeyType = Shape("tagKeyType", .string, min: 1, max: 128)
    static let tagListType = Shape("tagListType", .list(ShapeCatalog.tag), max: 50)
    static let tagValueType = Shape("tagValueType", .string, min: 0, max: 256)
    static let userNameType = Shape("userNameType", .string, min: 1, max: 64)
    static let virtualMFADeviceName = Shape("virtualMFADeviceName", .string, min: 1)
}
