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

    /// Operations AWS files under the Read access level that still write to the lab:
    /// GetSessionToken issues a session, GenerateCredentialReport stores the report.
    public static let writesDespiteAccessLevel: Set<String> = ["GetSessionToken", "GenerateCredentialReport"]

    /// Whether `operation` only reads the lab: AWS's Service Authorization Reference files it
    /// under the Read or List access level (`Models/access-levels.json`), and it is not one of
    /// `writesDespiteAccessLevel`. An operation without an access level stops the generator.
    /// Source: https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html
    public static func isReadOnly(_ operation: String, in model: ServiceModel) throws(CodegenError) -> Bool {
        guard let level = model.accessLevels[operation] else {
            throw CodegenError("\(model.service) operation \(operation): no access level in \(CodeGenerator.accessLevelsFile) (run `rolecall-codegen trim`)")
        }
        return ["Read", "List"].contains(level) && !writesDespiteAccessLevel.contains(operation)
    }

    /// How the generated input readers read a list of structures, by the element's model
    /// shape: the Swift element type and the `ServiceParameters` reader. A structure list not
    /// named here stops the generator (add its reader to `ServiceParameters` and list it).
    public static let structureListReaders: [String: (elementType: String, reader: String)] = [
        "Tag": ("Tag", "tags"),
        "ContextEntry": ("ContextEntry", "contextEntries"),
        // STS's `PolicyArns`: `{"arn": …}` structures, read as the ARNs.
        "PolicyDescriptorType": ("String", "policyARNs"),
        // STS's `ProvidedContexts` (trusted identity propagation): kept as given.
        "ProvidedContext": ("JSONObject", "structures"),
    ]

    /// The operations of `service`, in table order.
    public static func operations(of service: String) -> [String] {
        operationFiles.filter { $0.service == service }.flatMap(\.operations)
    }
}
