import IAMPolicy
import Testing
@testable import IAMKit

/// The dynamic entry point the CLI uses: API parameter names in, AWS CLI output shapes out.
/// https://docs.aws.amazon.com/cli/latest/reference/iam/create-role.html
/// https://docs.aws.amazon.com/cli/latest/reference/sts/assume-role.html
@Suite struct ServiceCallTests {
    @Test func listRolesOmitsTagsAsTheAPIDoes() throws {
        // https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRoles.html: ListRoles does not
        // return PermissionsBoundary, RoleLastUsed or Tags.
        var fixture = LabFixture()
        _ = try fixture.service.call(service: "iam", operation: "CreateRole", parameters: [
            "RoleName": "Tagged", "AssumeRolePolicyDocument": .string(LabFixture.seedTrust),
            "Tags": [["Key": "team", "Value": "blue"]],
        ], caller: fixture.prodRoot, in: &fixture.lab)
        let output = try fixture.service.call(service: "iam", operation: "ListRoles", parameters: [:],
                                              caller: fixture.prodRoot, in: &fixture.lab)
        let role = try #require(output["Roles"]?[0]?.objectValue)
        #expect(role["Tags"] == nil)
        #expect(role["MaxSessionDuration"] == 3600)
    }

    @Test func createRoleOutputShape() throws {
        var fixture = LabFixture()
        let output = try fixture.service.call(service: "iam", operation: "CreateRole", parameters: [
            "RoleName": "Test-UserAccess-Role", "AssumeRolePolicyDocument": .string(LabFixture.seedTrust), "Description": "seed",
        ], caller: fixture.prodRoot, in: &fixture.lab)
        let role = try #require(output["Role"]?.objectValue)
        // As `aws iam create-role` prints it: no MaxSessionDuration (GetRole and ListRoles have it).
        #expect(role.keys == ["Path", "RoleName", "RoleId", "Arn", "CreateDate", "AssumeRolePolicyDocument", "Description"])
        #expect(role["CreateDate"] == "2026-11-29T06:00:00+00:00")
        #expect(role["Arn"] == "arn:aws:iam::111111111111:role/Test-UserAccess-Role")
        #expect(role["AssumeRolePolicyDocument"]?["Statement"]?[0]?["Principal"]?["AWS"] == "arn:aws:iam::123456789012:root")
        let text = JSONWriter.string(for: output, style: .awsCLI)
        #expect(text.hasPrefix("{\n    \"Role\": {\n        \"Path\": \"/\",\n        \"RoleName\": \"Test-UserAccess-Role\""))
    }

    @Test func getRoleAddsLastUsed() throws {
        var fixture = LabFixture()
        _ = try fixture.role("R", trust: LabFixture.seedTrust)
        let output = try fixture.service.call(service: "iam", operation: "GetRole", parameters: ["RoleName": "r"], caller: fixture.prodRoot, in: &fixture.lab)
        #expect(output["Role"]?.objectValue?.keys.last == "RoleLastUsed")
        #expect(output["Role"]?["RoleName"] == "R")
    }

    @Test(arguments: [
        ("iam", "CreateRole", JSONValue.object(["RoleName": "R"]), "ValidationError",
         "1 validation error detected: Value null at 'assumeRolePolicyDocument' failed to satisfy constraint: Member must not be null"),
        ("iam", "GetRole", JSONValue.object(["RoleName": "Missing"]), "NoSuchEntity", "The role with name Missing cannot be found."),
        ("iam", "FlyToTheMoon", JSONValue.object([:]), "InvalidAction", "Could not find operation FlyToTheMoon for version 2010-05-08"),
        ("iam", "CreateRole", JSONValue.object(["RoleName": "R", "AssumeRolePolicyDocument": "{not json"]), "MalformedPolicyDocument", nil),
    ] as [(String, String, JSONValue, String, String?)])
    func errorsComeThroughWithCodeAndMessage(service: String, operation: String, parameters: JSONValue, code: String, message: String?) {
        var fixture = LabFixture()
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.call(service: service, operation: operation, parameters: parameters, caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(error?.code == code)
        if let message { #expect(error?.message == message) }
    }

    @Test func failedCallLeavesTheLabUntouched() throws {
        var fixture = LabFixture()
        let before = fixture.lab.count
        _ = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.call(service: "iam", operation: "AttachRolePolicy", parameters: [
                "RoleName": "Nope", "PolicyArn": "arn:aws:iam::aws:policy/ReadOnlyAccess",
            ], caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(fixture.lab.count == before)
    }

    @Test func seedCommandsThroughTheEntryPoint() throws {
        var fixture = LabFixture()
        _ = try fixture.service.call(service: "iam", operation: "CreateRole", parameters: [
            "RoleName": "Test-UserAccess-Role", "AssumeRolePolicyDocument": .string(LabFixture.trust(principal: "arn:aws:iam::123456789012:root")),
        ], caller: fixture.prodRoot, in: &fixture.lab)
        _ = try fixture.service.call(service: "iam", operation: "PutRolePolicy", parameters: [
            "RoleName": "Test-UserAccess-Role", "PolicyName": "Policy", "PolicyDocument": .string(SeedStoryTests.seedPolicy),
        ], caller: fixture.prodRoot, in: &fixture.lab)
        _ = try fixture.service.call(service: "iam", operation: "CreateUser", parameters: ["UserName": "alice"], caller: fixture.devRoot, in: &fixture.lab)
        _ = try fixture.service.call(service: "iam", operation: "PutUserPolicy", parameters: [
            "UserName": "alice", "PolicyName": "assume", "PolicyDocument": .string(LabFixture.allow("sts:AssumeRole", SeedStoryTests.roleARN)),
        ], caller: fixture.devRoot, in: &fixture.lab)
        let alice = Caller.user(LabFixture.development, "alice")
        let assumed = try fixture.service.call(service: "sts", operation: "AssumeRole", parameters: [
            "RoleArn": .string(SeedStoryTests.roleARN), "RoleSessionName": "alice",
        ], caller: alice, in: &fixture.lab)
        #expect(assumed.objectValue?.keys == ["Credentials", "AssumedRoleUser"])
        #expect(assumed["Credentials"]?.objectValue?.keys == ["AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"])
        #expect(assumed["Credentials"]?["Expiration"] == "2026-11-29T07:00:00+00:00")
        #expect(assumed["AssumedRoleUser"]?["Arn"] == "arn:aws:sts::111111111111:assumed-role/Test-UserAccess-Role/alice")
        let keyID = try #require(assumed["Credentials"]?["AccessKeyId"]?.stringValue)
        let session = try fixture.service.caller(accessKeyID: keyID, in: fixture.lab)
        let identity = try fixture.service.call(service: "sts", operation: "GetCallerIdentity", parameters: [:], caller: session, in: &fixture.lab)
        #expect(identity.objectValue?.keys == ["UserId", "Account", "Arn"])
        #expect(identity["Account"] == "111111111111")
        let policy = try fixture.service.call(service: "iam", operation: "GetRolePolicy", parameters: [
            "RoleName": "Test-UserAccess-Role", "PolicyName": "Policy",
        ], caller: fixture.prodRoot, in: &fixture.lab)
        #expect(policy["PolicyDocument"]?["Statement"]?["Action"] == "s3:ListBucket")
    }

    @Test func listShapesCarryIsTruncated() throws {
        var fixture = LabFixture()
        for name in ["a", "b", "c"] { _ = try fixture.role(name, trust: LabFixture.seedTrust) }
        let page = try fixture.service.call(service: "iam", operation: "ListRoles", parameters: ["MaxItems": 2], caller: fixture.prodRoot, in: &fixture.lab)
        #expect(page.objectValue?.keys == ["Roles", "IsTruncated", "Marker"])
        #expect(page["IsTruncated"] == true)
        let rest = try fixture.service.call(service: "iam", operation: "ListRoles", parameters: ["Marker": page["Marker"] ?? .null],
                                            caller: fixture.prodRoot, in: &fixture.lab)
        #expect(rest["Roles"]?.arrayValue?.count == 1)
        let policies = try fixture.service.call(service: "iam", operation: "ListPolicies", parameters: ["Scope": "AWS", "MaxItems": 1],
                                                caller: fixture.prodRoot, in: &fixture.lab)
        #expect(policies["Policies"]?[0]?.objectValue?.keys == ["PolicyName", "PolicyId", "Arn", "Path", "DefaultVersionId", "AttachmentCount",
                                                                "PermissionsBoundaryUsageCount", "IsAttachable", "CreateDate", "UpdateDate"])
    }

    @Test func everyOperationOfTheIssueIsInTheTable() {
        let iam = Set(IAMService.operations(of: "iam"))
        for operation in ["CreateRole", "GetRole", "ListRoles", "UpdateRole", "UpdateRoleDescription", "UpdateAssumeRolePolicy", "DeleteRole",
                          "AttachRolePolicy", "DetachRolePolicy", "ListAttachedRolePolicies", "PutRolePolicy", "GetRolePolicy", "DeleteRolePolicy",
                          "ListRolePolicies", "CreateUser", "GetUser", "ListUsers", "DeleteUser", "CreateGroup", "GetGroup", "ListGroups", "DeleteGroup",
                          "AddUserToGroup", "RemoveUserFromGroup", "ListGroupsForUser", "PutUserPolicy", "GetUserPolicy", "DeleteUserPolicy",
                          "ListUserPolicies", "AttachUserPolicy", "DetachUserPolicy", "ListAttachedUserPolicies", "PutGroupPolicy", "GetGroupPolicy",
                          "DeleteGroupPolicy", "ListGroupPolicies", "AttachGroupPolicy", "DetachGroupPolicy", "ListAttachedGroupPolicies",
                          "CreatePolicy", "GetPolicy", "GetPolicyVersion", "CreatePolicyVersion", "ListPolicyVersions", "DeletePolicyVersion",
                          "SetDefaultPolicyVersion", "ListPolicies", "DeletePolicy", "PutRolePermissionsBoundary", "DeleteRolePermissionsBoundary",
                          "PutUserPermissionsBoundary", "DeleteUserPermissionsBoundary", "TagRole", "UntagRole", "ListRoleTags", "CreateAccessKey",
                          "ListAccessKeys", "DeleteAccessKey", "CreateVirtualMFADevice", "EnableMFADevice", "ListMFADevices", "ListVirtualMFADevices",
                          "DeactivateMFADevice", "DeleteVirtualMFADevice", "SimulatePrincipalPolicy", "SimulateCustomPolicy"] {
            #expect(iam.contains(operation), "\(operation)")
        }
        #expect(Set(IAMService.operations(of: "sts")) == ["AssumeRole", "GetSessionToken", "GetCallerIdentity"])
    }
}
