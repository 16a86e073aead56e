/// What the generator emits: which operations rolecall offers, in which order and which
/// file. Adding an operation: list it here, run `rolecall-codegen trim` with botocore's
/// models, then `rolecall-codegen generate` (docs/architecture.md, "The generator").
public enum CodegenManifest {
    /// The botocore release the committed models were trimmed from.
    public static let botocoreVersion = "1.43.11"

    /// One emitted file of operation specs.
    public struct OperationFile: Sendable {
        /// The file name under `Sources/AWSCommandLine/Generated/`.
        public let fileName: String
        /// `iam` or `sts`.
        public let service: String
        /// API names, in table order.
        public let operations: [String]
    }

    /// The operation files, in table order (IAM in the domain's issue order, then STS).
    public static let operationFiles: [OperationFile] = [
        OperationFile(fileName: "OperationSpec+IAM1.swift", service: "iam", operations: [
            "CreateRole", "GetRole", "ListRoles", "UpdateRole", "UpdateRoleDescription", "UpdateAssumeRolePolicy",
            "DeleteRole", "AttachRolePolicy", "DetachRolePolicy", "ListAttachedRolePolicies", "PutRolePolicy", "GetRolePolicy",
        ]),
        OperationFile(fileName: "OperationSpec+IAM2.swift", service: "iam", operations: [
            "DeleteRolePolicy", "ListRolePolicies", "PutRolePermissionsBoundary", "DeleteRolePermissionsBoundary", "TagRole",
            "UntagRole", "ListRoleTags", "CreateUser", "GetUser", "ListUsers", "DeleteUser", "PutUserPolicy",
        ]),
        OperationFile(fileName: "OperationSpec+IAM3.swift", service: "iam", operations: [
            "GetUserPolicy", "DeleteUserPolicy", "ListUserPolicies", "AttachUserPolicy", "DetachUserPolicy",
            "ListAttachedUserPolicies", "PutUserPermissionsBoundary", "DeleteUserPermissionsBoundary", "CreateGroup",
            "GetGroup", "ListGroups", "DeleteGroup",
        ]),
        OperationFile(fileName: "OperationSpec+IAM4.swift", service: "iam", operations: [
            "AddUserToGroup", "RemoveUserFromGroup", "ListGroupsForUser", "PutGroupPolicy", "GetGroupPolicy",
            "DeleteGroupPolicy", "ListGroupPolicies", "AttachGroupPolicy", "DetachGroupPolicy", "ListAttachedGroupPolicies",
            "CreatePolicy", "GetPolicy",
        ]),
        OperationFile(fileName: "OperationSpec+IAM5.swift", service: "iam", operations: [
            "GetPolicyVersion", "CreatePolicyVersion", "ListPolicies", "ListPolicyVersions", "DeletePolicy",
            "DeletePolicyVersion", "SetDefaultPolicyVersion", "CreateAccessKey", "ListAccessKeys", "DeleteAccessKey",
            "CreateVirtualMFADevice", "EnableMFADevice",
        ]),
        OperationFile(fileName: "OperationSpec+IAM6.swift", service: "iam", operations: [
            "ListMFADevices", "ListVirtualMFADevices", "DeactivateMFADevice", "DeleteVirtualMFADevice",
            "SimulatePrincipalPolicy", "SimulateCustomPolicy",
        ]),
        OperationFile(fileName: "OperationSpec+IAM7.swift", service: "iam", operations: [
            "ListEntitiesForPolicy", "GetAccountSummary", "TagUser", "UntagUser", "ListUserTags", "TagPolicy",
            "UntagPolicy", "ListPolicyTags", "UpdateUser", "UpdateGroup", "GetAccessKeyLastUsed", "UpdateAccessKey",
        ]),
        OperationFile(fileName: "OperationSpec+IAM8.swift", service: "iam", operations: [
            "CreateLoginProfile", "GetLoginProfile", "UpdateLoginProfile", "DeleteLoginProfile", "ChangePassword",
            "UpdateAccountPasswordPolicy", "GetAccountPasswordPolicy", "DeleteAccountPasswordPolicy", "CreateAccountAlias",
            "ListAccountAliases", "DeleteAccountAlias",
        ]),
        OperationFile(fileName: "OperationSpec+IAM9.swift", service: "iam", operations: [
            "CreateInstanceProfile", "GetInstanceProfile", "ListInstanceProfiles", "DeleteInstanceProfile",
            "AddRoleToInstanceProfile", "RemoveRoleFromInstanceProfile", "ListInstanceProfilesForRole",
        ]),
        OperationFile(fileName: "OperationSpec+IAM10.swift", service: "iam", operations: [
            "GenerateCredentialReport", "GetCredentialReport", "GetAccountAuthorizationDetails",
        ]),
        OperationFile(fileName: "OperationSpec+STS.swift", service: "sts", operations: [
            "AssumeRole", "GetSessionToken", "GetCallerIdentity",
        ]),
    ]

    /// A parameter rolecall adds to an AWS operation (never sent by the AWS CLI), with a shape
    /// of the same model and a summary that says it is not AWS's.
    public struct ExtensionMember: Sendable {
        /// The API name (`SessionPolicyInputList`).
        public let name: String
        /// The model shape it takes.
        public let shape: String
        /// The help text.
        public let summary: String
    }

    /// rolecall's own parameters, appended after the model's members.
    public static let extensionMembers: [String: [ExtensionMember]] = [
        "SimulatePrincipalPolicy": [sessionPolicyInputList],
        "SimulateCustomPolicy": [sessionPolicyInputList],
    ]

    private static let sessionPolicyInputList = ExtensionMember(
        name: "SessionPolicyInputList", shape: "SimulationPolicyListType",
        summary: "rolecall extension: session policies (JSON documents) that further limit the caller; not an AWS parameter.")

    /// Operations that read the lab but still write to it: GetSessionToken issues a session.
    public static let writesDespiteName: Set<String> = ["GetSessionToken"]

    /// Whether `operation` only reads the lab: the IAM/STS read verbs (Get, List, Simulate) that
    /// AWS's Service Authorization Reference files under the Read and List access levels,
    /// except those that create state in the lab.
    /// Source: https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html
    public static func isReadOnly(_ operation: String) -> Bool {
        ["Get", "List", "Simulate"].contains { operation.hasPrefix($0) } && !writesDespiteName.contains(operation)
    }

    /// The operations of `service`, in table order.
    public static func operations(of service: String) -> [String] {
        operationFiles.filter { $0.service == service }.flatMap(\.operations)
    }
}
