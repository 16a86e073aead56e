import IAMPolicy
import Testing
@testable import IAMKit

/// ListEntitiesForPolicy and the AttachmentCount GetPolicy reports for the same policy.
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListEntitiesForPolicy.html
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicy.html
@Suite struct PolicyEntitiesTests {
    static let readOnly = "arn:aws:iam::aws:policy/ReadOnlyAccess"

    /// Production with policy Ops attached to group Admins, users alice and /ops/bob, role Deploy;
    /// Ops is also bob's permissions boundary and role Audit's boundary.
    static func prepared() throws -> (LabFixture, String) {
        var fixture = LabFixture()
        let root = fixture.prodRoot
        let ops = try fixture.service.createPolicy(policyName: "Ops", policyDocument: LabFixture.allow("s3:ListBucket"), caller: root, in: &fixture.lab).arn
        _ = try fixture.service.createGroup(groupName: "Admins", caller: root, in: &fixture.lab)
        _ = try fixture.service.createUser(userName: "alice", caller: root, in: &fixture.lab)
        _ = try fixture.service.createUser(userName: "bob", path: "/ops/", permissionsBoundary: ops, caller: root, in: &fixture.lab)
        try fixture.role("Deploy", trust: LabFixture.seedTrust)
        try fixture.service.createRole(roleName: "Audit", assumeRolePolicyDocument: LabFixture.seedTrust, permissionsBoundary: ops, caller: root, in: &fixture.lab)
        try fixture.service.attachGroupPolicy(groupName: "Admins", policyArn: ops, caller: root, in: &fixture.lab)
        try fixture.service.attachUserPolicy(userName: "alice", policyArn: ops, caller: root, in: &fixture.lab)
        try fixture.service.attachUserPolicy(userName: "bob", policyArn: ops, caller: root, in: &fixture.lab)
        try fixture.service.attachRolePolicy(roleName: "Deploy", policyArn: ops, caller: root, in: &fixture.lab)
        return (fixture, ops)
    }

    static func names(_ page: Page<PolicyEntity>) -> [String] { page.items.map(\.name) }

    @Test(arguments: [
        (nil, nil, nil, ["Admins", "alice", "bob", "Audit", "Deploy"]),
        ("User", nil, nil, ["alice", "bob"]),
        ("Role", nil, nil, ["Audit", "Deploy"]),
        ("Group", nil, nil, ["Admins"]),
        ("LocalManagedPolicy", nil, nil, []),
        (nil, "/ops/", nil, ["bob"]),
        (nil, nil, "PermissionsPolicy", ["Admins", "alice", "bob", "Deploy"]),
        (nil, nil, "PermissionsBoundary", ["bob", "Audit"]),
        ("Role", nil, "PermissionsBoundary", ["Audit"]),
    ] as [(String?, String?, String?, [String])])
    func filters(entityFilter: String?, pathPrefix: String?, usage: String?, expected: [String]) throws {
        let (fixture, ops) = try Self.prepared()
        let page = try fixture.service.listEntitiesForPolicy(policyArn: ops, entityFilter: entityFilter, pathPrefix: pathPrefix,
                                                             policyUsageFilter: usage, caller: fixture.prodRoot, in: fixture.lab)
        #expect(Self.names(page) == expected)
        #expect(!page.isTruncated)
    }

    @Test func pagesAcrossTheThreeLists() throws {
        let (fixture, ops) = try Self.prepared()
        var seen: [String] = []
        var marker: String?
        repeat {
            let page = try fixture.service.listEntitiesForPolicy(policyArn: ops, marker: marker, maxItems: 2, caller: fixture.prodRoot, in: fixture.lab)
            #expect(page.items.count <= 2)
            seen += Self.names(page)
            marker = page.marker
            #expect(page.isTruncated == (marker != nil))
        } while marker != nil
        #expect(seen == ["Admins", "alice", "bob", "Audit", "Deploy"])
    }

    @Test func responseShapeHasTheThreeListsWithNamesAndIDs() throws {
        let (fixture, ops) = try Self.prepared()
        var lab = fixture.lab
        let response = try fixture.service.call(service: "iam", operation: "ListEntitiesForPolicy",
                                                parameters: .object(JSONObject(pairs: [("PolicyArn", .string(ops)), ("EntityFilter", "Group")])),
                                                caller: fixture.prodRoot, in: &lab)
        let object = try #require(response.objectValue)
        #expect(object.members.map(\.key) == ["PolicyGroups", "PolicyUsers", "PolicyRoles", "IsTruncated"])
        let group = try #require(response["PolicyGroups"]?.arrayValue?.first)
        #expect(group["GroupName"]?.stringValue == "Admins")
        #expect(group["GroupId"]?.stringValue?.hasPrefix("AGPA") == true)
        #expect(response["PolicyUsers"]?.arrayValue?.isEmpty == true)
    }

    @Test func attachmentCountMatchesTheEntities() throws {
        var (fixture, ops) = try Self.prepared()
        let root = fixture.prodRoot
        func count() throws -> Int { try fixture.service.getPolicy(policyArn: ops, caller: root, in: fixture.lab).attachmentCount }
        let attached = try fixture.service.listEntitiesForPolicy(policyArn: ops, policyUsageFilter: "PermissionsPolicy", caller: root, in: fixture.lab)
        #expect(try count() == attached.items.count)
        #expect(try fixture.service.getPolicy(policyArn: ops, caller: root, in: fixture.lab).permissionsBoundaryUsageCount == 2)
        try fixture.service.attachUserPolicy(userName: "alice", policyArn: ops, caller: root, in: &fixture.lab)
        #expect(try count() == 4, "attaching twice is a no-op")
        try fixture.service.detachRolePolicy(roleName: "Deploy", policyArn: ops, caller: root, in: &fixture.lab)
        #expect(try count() == 3)
        // AWS managed policies count per account.
        try fixture.service.attachRolePolicy(roleName: "Deploy", policyArn: Self.readOnly, caller: root, in: &fixture.lab)
        #expect(try fixture.service.getPolicy(policyArn: Self.readOnly, caller: root, in: fixture.lab).attachmentCount == 1)
        let entities = try fixture.service.listEntitiesForPolicy(policyArn: Self.readOnly, caller: root, in: fixture.lab)
        #expect(Self.names(entities) == ["Deploy"])
        #expect(try fixture.service.getPolicy(policyArn: Self.readOnly, caller: fixture.devRoot, in: fixture.lab).attachmentCount == 0)
        #expect(try fixture.service.listEntitiesForPolicy(policyArn: Self.readOnly, caller: fixture.devRoot, in: fixture.lab).items.isEmpty)
    }

    @Test(arguments: [
        ("arn:aws:iam::111111111111:policy/Missing", nil, nil,
         ServiceError.noSuchEntity("Policy arn:aws:iam::111111111111:policy/Missing does not exist or is not attachable.")),
        ("arn:aws:iam::aws:policy/NoSuchAWSPolicy", nil, nil,
         ServiceError.noSuchEntity("Policy arn:aws:iam::aws:policy/NoSuchAWSPolicy does not exist or is not attachable.")),
        ("arn:aws:iam::111111111111:role/Deploy", nil, nil, ServiceError.invalidInput("ARN arn:aws:iam::111111111111:role/Deploy is not valid.")),
        ("short", nil, nil, ServiceError.validation(
            "1 validation error detected: Value 'short' at 'policyArn' failed to satisfy constraint: Member must have length greater than or equal to 20")),
        ("arn:aws:iam::111111111111:policy/Ops", "Users", nil, ServiceError.validation(
            "1 validation error detected: Value 'Users' at 'entityFilter' failed to satisfy constraint: Member must satisfy enum value set: [User, Role, Group, LocalManagedPolicy, AWSManagedPolicy]")),
        ("arn:aws:iam::111111111111:policy/Ops", nil, "Boundary", ServiceError.validation(
            "1 validation error detected: Value 'Boundary' at 'policyUsageFilter' failed to satisfy constraint: Member must satisfy enum value set: [PermissionsPolicy, PermissionsBoundary]")),
    ] as [(String, String?, String?, ServiceError)])
    func errors(arn: String, entityFilter: String?, usage: String?, expected: ServiceError) throws {
        let (fixture, _) = try Self.prepared()
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.listEntitiesForPolicy(policyArn: arn, entityFilter: entityFilter, policyUsageFilter: usage,
                                                          caller: fixture.prodRoot, in: fixture.lab)
        }
        #expect(error == expected)
    }

    @Test func pathPrefixIsValidatedAsAPath() throws {
        let (fixture, ops) = try Self.prepared()
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.listEntitiesForPolicy(policyArn: ops, pathPrefix: "/ops", caller: fixture.prodRoot, in: fixture.lab)
        }
        #expect(error?.message == "1 validation error detected: Value '/ops' at 'pathPrefix' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)")
    }

    @Test func authorizedOnThePolicyARN() throws {
        var (fixture, ops) = try Self.prepared()
        let carol = try fixture.user("carol", in: LabFixture.production, policy: LabFixture.allow("iam:ListEntitiesForPolicy", ops))
        #expect(try Self.names(fixture.service.listEntitiesForPolicy(policyArn: ops, entityFilter: "Group", caller: carol, in: fixture.lab)) == ["Admins"])
        let denied = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.listEntitiesForPolicy(policyArn: Self.readOnly, caller: carol, in: fixture.lab)
        }
        #expect(denied?.message == "User: arn:aws:iam::111111111111:user/carol is not authorized to perform: iam:ListEntitiesForPolicy on resource: "
            + "\(Self.readOnly) because no identity-based policy allows the iam:ListEntitiesForPolicy action")
    }

    /// A customer managed policy belongs to its account: another account cannot attach it (so
    /// its AttachmentCount and ListEntitiesForPolicy only ever see the owner's entities).
    /// MEDIUM CONFIDENCE on the text: AWS's NoSuchEntity for a policy the account cannot see.
    @Test func anotherAccountsPolicyCannotBeAttached() throws {
        var (fixture, ops) = try Self.prepared()
        try fixture.user("dev-user")
        let error = LabFixture.error { () throws(ServiceError) in
            try fixture.service.attachUserPolicy(userName: "dev-user", policyArn: ops, caller: fixture.devRoot, in: &fixture.lab)
        }
        #expect(error == ServiceError.noSuchEntity("Policy \(ops) does not exist or is not attachable."))
        #expect(try fixture.service.getPolicy(policyArn: ops, caller: fixture.prodRoot, in: fixture.lab).attachmentCount == 4)
    }
}
