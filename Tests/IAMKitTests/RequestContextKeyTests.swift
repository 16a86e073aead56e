import IAMPolicy
import Testing
@testable import IAMKit

/// Every IAM and STS operation's request context, key by key: the global keys with AWS's
/// presence rules plus the keys the Service Authorization Reference declares for its action.
/// A user without permissions calls each operation; the AccessDenied carries the context the
/// engine saw. A new operation without a row here (or without a declared key list) fails.
/// https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
@Suite struct RequestContextKeyTests {
    static let account = LabFixture.development
    static let policyARN = "arn:aws:iam::123456789012:policy/P"
    static let fence = "arn:aws:iam::123456789012:policy/Fence"
    static let serial = "arn:aws:iam::123456789012:mfa/probe-device"
    static let document = LabFixture.allow("s3:ListBucket")

    /// Keys of every request of a long-term-key user with the tag `dept`.
    static let userGlobals: Set<String> = [
        "aws:CurrentTime", "aws:EpochTime", "aws:PrincipalAccount", "aws:PrincipalArn", "aws:PrincipalIsAWSService",
        "aws:PrincipalTag/dept", "aws:PrincipalType", "aws:RequestedRegion", "aws:SecureTransport", "aws:userid", "aws:username",
        "aws:ViaAWSService",
    ]
    static let userResource: Set<String> = ["aws:ResourceTag/team", "iam:ResourceTag/team"]
    static let boundedUser = userResource.union(["iam:PermissionsBoundary"])
    static let policyResource: Set<String> = ["aws:ResourceTag/team"]
    static let requestTags: Set<String> = ["aws:RequestTag/k", "aws:TagKeys"]

    /// Operation → (parameters, keys beyond the globals).
    static let rows: [String: ([String: JSONValue], Set<String>)] = [
        "AddUserToGroup": (["GroupName": "G", "UserName": "target"], []),
        "AttachGroupPolicy": (["GroupName": "G", "PolicyArn": .string(policyARN)], ["iam:PolicyARN"]),
        "AttachRolePolicy": (["RoleName": "R", "PolicyArn": .string(policyARN)], boundedUser.union(["iam:PolicyARN"])),
        "AttachUserPolicy": (["UserName": "target", "PolicyArn": .string(policyARN)], boundedUser.union(["iam:PolicyARN"])),
        "CreateAccessKey": (["UserName": "target"], userResource),
        "CreateGroup": (["GroupName": "G2"], []),
        "CreatePolicy": (["PolicyName": "P2", "PolicyDocument": .string(document), "Tags": tags], requestTags),
        "CreatePolicyVersion": (["PolicyArn": .string(policyARN), "PolicyDocument": .string(document)], policyResource),
        "CreateRole": (["RoleName": "R2", "AssumeRolePolicyDocument": .string(LabFixture.seedTrust), "PermissionsBoundary": .string(fence),
                        "Tags": tags], requestTags.union(["iam:PermissionsBoundary"])),
        "CreateUser": (["UserName": "u2", "PermissionsBoundary": .string(fence), "Tags": tags], requestTags.union(["iam:PermissionsBoundary"])),
        "CreateVirtualMFADevice": (["VirtualMFADeviceName": "d2"], []),
        "DeactivateMFADevice": (["UserName": "target", "SerialNumber": .string(serial)], userResource),
        "DeleteAccessKey": (["UserName": "target", "AccessKeyId": "AKIAEXAMPLEEXAMPLE12"], userResource),
        "DeleteGroup": (["GroupName": "G"], []),
        "DeleteGroupPolicy": (["GroupName": "G", "PolicyName": "x"], []),
        "DeletePolicy": (["PolicyArn": .string(policyARN)], policyResource),
        "DeletePolicyVersion": (["PolicyArn": .string(policyARN), "VersionId": "v1"], policyResource),
        "DeleteRole": (["RoleName": "R"], userResource),
        "DeleteRolePermissionsBoundary": (["RoleName": "R"], boundedUser),
        "DeleteRolePolicy": (["RoleName": "R", "PolicyName": "x"], boundedUser),
        "DeleteUser": (["UserName": "target"], userResource),
        "DeleteUserPermissionsBoundary": (["UserName": "target"], boundedUser),
        "DeleteUserPolicy": (["UserName": "target", "PolicyName": "x"], boundedUser),
        "DeleteVirtualMFADevice": (["SerialNumber": .string(serial)], []),
        "DetachGroupPolicy": (["GroupName": "G", "PolicyArn": .string(policyARN)], ["iam:PolicyARN"]),
        "DetachRolePolicy": (["RoleName": "R", "PolicyArn": .string(policyARN)], boundedUser.union(["iam:PolicyARN"])),
        "DetachUserPolicy": (["UserName": "target", "PolicyArn": .string(policyARN)], boundedUser.union(["iam:PolicyARN"])),
        "EnableMFADevice": (["UserName": "target", "SerialNumber": .string(serial), "AuthenticationCode1": "123456",
                             "AuthenticationCode2": "654321"], userResource),
        "GetAccessKeyLastUsed": (["AccessKeyId": "TARGETKEY"], userResource),
        "GetAccountSummary": ([:], []),
        "GetGroup": (["GroupName": "G"], []),
        "GetGroupPolicy": (["GroupName": "G", "PolicyName": "x"], []),
        "GetPolicy": (["PolicyArn": .string(policyARN)], policyResource),
        "GetPolicyVersion": (["PolicyArn": .string(policyARN), "VersionId": "v1"], policyResource),
        "GetRole": (["RoleName": "R"], userResource),
        "GetRolePolicy": (["RoleName": "R", "PolicyName": "x"], userResource),
        "GetUser": (["UserName": "target"], userResource),
        "GetUserPolicy": (["UserName": "target", "PolicyName": "x"], userResource),
        "ListAccessKeys": (["UserName": "target"], userResource),
        "ListAttachedGroupPolicies": (["GroupName": "G"], []),
        "ListAttachedRolePolicies": (["RoleName": "R"], userResource),
        "ListAttachedUserPolicies": (["UserName": "target"], userResource),
        "ListEntitiesForPolicy": (["PolicyArn": .string(policyARN)], policyResource),
        "ListGroupPolicies": (["GroupName": "G"], []),
        "ListGroups": ([:], []),
        "ListGroupsForUser": (["UserName": "target"], userResource),
        "ListMFADevices": (["UserName": "target"], userResource),
        "ListPolicies": ([:], []),
        "ListPolicyTags": (["PolicyArn": .string(policyARN)], policyResource),
        "ListPolicyVersions": (["PolicyArn": .string(policyARN)], policyResource),
        "ListRolePolicies": (["RoleName": "R"], userResource),
        "ListRoleTags": (["RoleName": "R"], userResource),
        "ListRoles": ([:], []),
        "ListUserPolicies": (["UserName": "target"], userResource),
        "ListUserTags": (["UserName": "target"], userResource),
        "ListUsers": ([:], []),
        "ListVirtualMFADevices": ([:], []),
        "PutGroupPolicy": (["GroupName": "G", "PolicyName": "x", "PolicyDocument": .string(document)], []),
        "PutRolePermissionsBoundary": (["RoleName": "R", "PermissionsBoundary": .string(fence)], boundedUser),
        "PutRolePolicy": (["RoleName": "R", "PolicyName": "x", "PolicyDocument": .string(document)], boundedUser),
        "PutUserPermissionsBoundary": (["UserName": "target", "PermissionsBoundary": .string(fence)], boundedUser),
        "PutUserPolicy": (["UserName": "target", "PolicyName": "x", "PolicyDocument": .string(document)], boundedUser),
        "RemoveUserFromGroup": (["GroupName": "G", "UserName": "target"], []),
        "SetDefaultPolicyVersion": (["PolicyArn": .string(policyARN), "VersionId": "v1"], policyResource),
        "SimulateCustomPolicy": (["PolicyInputList": .array([.string(document)]), "ActionNames": .array(["s3:ListBucket"])], []),
        "SimulatePrincipalPolicy": (["PolicySourceArn": "arn:aws:iam::123456789012:user/target", "ActionNames": .array(["s3:ListBucket"])], []),
        "TagPolicy": (["PolicyArn": .string(policyARN), "Tags": tags], policyResource.union(requestTags)),
        "TagRole": (["RoleName": "R", "Tags": tags], userResource.union(requestTags)),
        "TagUser": (["UserName": "target", "Tags": tags], userResource.union(requestTags)),
        "UntagPolicy": (["PolicyArn": .string(policyARN), "TagKeys": .array(["k"])], policyResource.union(["aws:TagKeys"])),
        "UntagRole": (["RoleName": "R", "TagKeys": .array(["k"])], userResource.union(["aws:TagKeys"])),
        "UntagUser": (["UserName": "target", "TagKeys": .array(["k"])], userResource.union(["aws:TagKeys"])),
        "UpdateAccessKey": (["UserName": "target", "AccessKeyId": "AKIAEXAMPLEEXAMPLE12", "Status": "Inactive"], userResource),
        "UpdateAssumeRolePolicy": (["RoleName": "R", "PolicyDocument": .string(LabFixture.seedTrust)], userResource),
        "UpdateGroup": (["GroupName": "G", "NewGroupName": "G3"], []),
        "UpdateRole": (["RoleName": "R"], userResource),
        "UpdateRoleDescription": (["RoleName": "R", "Description": "d"], userResource),
        "UpdateUser": (["UserName": "target", "NewUserName": "target2"], userResource),
        "CreateLoginProfile": (["UserName": "target", "Password": "Str0ng-Passw0rd"], userResource),
        "GetLoginProfile": (["UserName": "target"], userResource),
        "UpdateLoginProfile": (["UserName": "target", "Password": "Str0ng-Passw0rd"], userResource),
        "DeleteLoginProfile": (["UserName": "target"], userResource),
        "ChangePassword": (["OldPassword": "Old-Passw0rd", "NewPassword": "N3w-Passw0rd"], ["aws:ResourceTag/dept", "iam:ResourceTag/dept"]),
        "UpdateAccountPasswordPolicy": (["MinimumPasswordLength": 12], []),
        "GetAccountPasswordPolicy": ([:], []),
        "GenerateCredentialReport": ([:], []),
        "GetCredentialReport": ([:], []),
        "GetAccountAuthorizationDetails": ([:], []),
        "DeleteAccountPasswordPolicy": ([:], []),
        "CreateAccountAlias": (["AccountAlias": "probe-alias"], []),
        "ListAccountAliases": ([:], []),
        "DeleteAccountAlias": (["AccountAlias": "development"], []),
        "CreateInstanceProfile": (["InstanceProfileName": "IP2", "Tags": tags], requestTags),
        "GetInstanceProfile": (["InstanceProfileName": "IP"], policyResource),
        "ListInstanceProfiles": ([:], []),
        "DeleteInstanceProfile": (["InstanceProfileName": "IP"], policyResource),
        "AddRoleToInstanceProfile": (["InstanceProfileName": "IP", "RoleName": "R"], policyResource),
        "RemoveRoleFromInstanceProfile": (["InstanceProfileName": "IP", "RoleName": "R"], policyResource),
        "ListInstanceProfilesForRole": (["RoleName": "R"], userResource),
    ]
    static let tags: JSONValue = .array([.object(JSONObject(pairs: [("Key", "k"), ("Value", "v")]))])
    /// STS operations that AWS does not authorize with policies (GetCallerIdentity needs no
    /// permission; GetSessionToken "cannot be controlled by policies"); AssumeRole has its own test.
    static let unauthorized: Set<String> = ["GetCallerIdentity", "GetSessionToken", "AssumeRole"]

    /// A lab where every targeted entity exists, tagged `team=blue`, with boundaries.
    static func lab() throws -> (IAMService, InMemoryLab, Caller, String) {
        var fixture = LabFixture()
        let root = fixture.devRoot
        let team = [Tag(key: "team", value: "blue")]
        _ = try fixture.service.createPolicy(policyName: "Fence", policyDocument: LabFixture.allow("s3:*"), caller: root, in: &fixture.lab)
        _ = try fixture.service.createPolicy(policyName: "P", policyDocument: document, tags: team, caller: root, in: &fixture.lab)
        _ = try fixture.service.createUser(userName: "probe", tags: [Tag(key: "dept", value: "eng")], caller: root, in: &fixture.lab)
        _ = try fixture.service.createUser(userName: "target", permissionsBoundary: fence, tags: team, caller: root, in: &fixture.lab)
        _ = try fixture.service.createRole(roleName: "R", assumeRolePolicyDocument: LabFixture.seedTrust, permissionsBoundary: fence,
                                           tags: team, caller: root, in: &fixture.lab)
        _ = try fixture.service.createGroup(groupName: "G", caller: root, in: &fixture.lab)
        _ = try fixture.service.createInstanceProfile(name: "IP", tags: team, caller: root, in: &fixture.lab)
        _ = try fixture.service.createVirtualMFADevice(virtualMFADeviceName: "probe-device", caller: root, in: &fixture.lab)
        let key = try fixture.service.createAccessKey(userName: "target", caller: root, in: &fixture.lab)
        return (fixture.service, fixture.lab, Caller.user(account, "probe"), key.accessKeyID)
    }

    @Test func everyOperationHasADeclaredKeyListAndARow() {
        for operation in IAMService.operations(of: "iam") {
            #expect(ActionContextKeys.declared["iam:\(operation)"] != nil, "iam:\(operation) has no declared context keys")
            #expect(Self.rows[operation] != nil, "iam:\(operation) has no row in RequestContextKeyTests.rows")
        }
        for operation in IAMService.operations(of: "sts") {
            #expect(ActionContextKeys.declared["sts:\(operation)"] != nil, "sts:\(operation) has no declared context keys")
            #expect(Self.unauthorized.contains(operation), "sts:\(operation) needs a context test")
        }
    }

    @Test(arguments: IAMService.operations(of: "iam"))
    func contextHoldsTheGlobalAndDeclaredKeys(operation: String) throws {
        var (service, lab, probe, targetKey) = try Self.lab()
        let row = try #require(Self.rows[operation])
        var parameters = row.0
        if parameters["AccessKeyId"] == "TARGETKEY" { parameters["AccessKeyId"] = .string(targetKey) }
        let object = JSONValue.object(JSONObject(pairs: parameters.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try service.call(service: "iam", operation: operation, parameters: object, caller: probe, in: &lab)
        }
        #expect(error?.code == "AccessDenied", "\(operation): \(String(describing: error))")
        let keys = Set(error?.requestContext?.keys ?? [])
        #expect(keys == Self.userGlobals.union(row.1), "\(operation): extra \(keys.subtracting(Self.userGlobals.union(row.1))), missing \(Self.userGlobals.union(row.1).subtracting(keys))")
        let declared = try #require(ActionContextKeys.declared["iam:\(operation)"])
        for key in keys.subtracting(Self.userGlobals) {
            #expect(ActionContextKeys.isDeclared(key, in: declared), "\(operation): \(key) is not declared")
        }
    }

    @Test func roleSessionAndSessionTokenGlobals() throws {
        var (service, lab, _, _) = try Self.lab()
        let root = Caller.root(accountID: Self.account)
        try service.putUserPolicy(userName: "probe", policyName: "assume", policyDocument: LabFixture.allow("sts:*"), caller: root, in: &lab)
        let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":["sts:AssumeRole","sts:SetSourceIdentity"]}]}"#
        try service.updateAssumeRolePolicy(roleName: "R", policyDocument: trust, caller: root, in: &lab)
        let session = try service.assumeRole(.init(roleArn: "arn:aws:iam::123456789012:role/R", roleSessionName: "s1", sourceIdentity: "probe"),
                                             caller: Caller.user(Self.account, "probe"), in: &lab)
        let denied = LabFixture.error { () throws(ServiceError) in _ = try service.listUsers(caller: session.caller, in: lab) }
        let keys = Set(denied?.requestContext?.keys ?? [])
        #expect(keys == ["aws:CurrentTime", "aws:EpochTime", "aws:PrincipalAccount", "aws:PrincipalArn", "aws:PrincipalIsAWSService",
                         "aws:PrincipalTag/team", "aws:PrincipalType", "aws:RequestedRegion", "aws:SecureTransport", "aws:SourceIdentity",
                         "aws:TokenIssueTime", "aws:userid", "aws:ViaAWSService"])
        let token = try service.getSessionToken(caller: Caller.user(Self.account, "probe"), in: &lab)
        let tokenCaller = try service.caller(accessKeyID: token.accessKeyID, in: lab)
        let tokenDenied = LabFixture.error { () throws(ServiceError) in _ = try service.listUsers(caller: tokenCaller, in: lab) }
        let tokenKeys = Set(tokenDenied?.requestContext?.keys ?? [])
        #expect(tokenKeys == Self.userGlobals.union(["aws:MultiFactorAuthPresent", "aws:TokenIssueTime"]))
        #expect(tokenDenied?.requestContext?["aws:MultiFactorAuthPresent"] == "false")
    }

    @Test func consoleSignInIsTemporaryCredentials() throws {
        var (service, lab, _, _) = try Self.lab()
        let session = try service.consoleSignIn(account: Self.account, userName: "probe", in: &lab)
        let denied = LabFixture.error { () throws(ServiceError) in _ = try service.listUsers(caller: session.signIn, in: lab) }
        #expect(Set(denied?.requestContext?.keys ?? []) == Self.userGlobals.union(["aws:MultiFactorAuthPresent", "aws:TokenIssueTime"]))
        #expect(denied?.requestContext?["aws:MultiFactorAuthPresent"] == "false")
    }

    @Test func assumeRoleContextHoldsTheSTSKeys() throws {
        var (service, lab, probe, _) = try Self.lab()
        let denied = LabFixture.error { () throws(ServiceError) in
            _ = try service.assumeRole(.init(roleArn: "arn:aws:iam::123456789012:role/R", roleSessionName: "s1", externalId: "xyz",
                                             sourceIdentity: "probe", tags: [Tag(key: "k", value: "v")], transitiveTagKeys: ["k"]),
                                       caller: probe, in: &lab)
        }
        #expect(denied?.code == "AccessDenied")
        let keys = Set(denied?.requestContext?.keys ?? [])
        #expect(keys == Self.userGlobals.union(["aws:ResourceTag/team", "iam:ResourceTag/team", "sts:RoleSessionName", "sts:ExternalId",
                                                "sts:SourceIdentity", "sts:TransitiveTagKeys", "aws:RequestTag/k", "aws:TagKeys"]))
    }
}
