import IAMPolicy
import Testing
@testable import IAMKit

/// GetAccountAuthorizationDetails: filter, paging across the four lists, AWS's shape.
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html
@Suite struct AuthorizationDetailsTests {
    /// development: users alice (inline policy, in Developers) and bob; group Developers with
    /// ReadOnlyAccess; role Admin with a local policy, in instance profile web.
    static func fixture() throws -> LabFixture {
        var fixture = LabFixture()
        let root = fixture.devRoot
        try fixture.user("bob")
        try fixture.user("alice", policy: LabFixture.allow("s3:ListBucket"))
        _ = try fixture.service.createGroup(groupName: "Developers", caller: root, in: &fixture.lab)
        try fixture.service.addUserToGroup(groupName: "Developers", userName: "alice", caller: root, in: &fixture.lab)
        try fixture.service.attachGroupPolicy(groupName: "Developers", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess", caller: root, in: &fixture.lab)
        let trust = LabFixture.trust(principal: "arn:aws:iam::123456789012:root")
        _ = try fixture.service.createRole(roleName: "Admin", assumeRolePolicyDocument: trust, caller: root, in: &fixture.lab)
        let policy = try fixture.service.createPolicy(policyName: "Local", policyDocument: LabFixture.allow("ec2:*"), caller: root, in: &fixture.lab)
        try fixture.service.attachRolePolicy(roleName: "Admin", policyArn: policy.arn, caller: root, in: &fixture.lab)
        _ = try fixture.service.createInstanceProfile(name: "web", caller: root, in: &fixture.lab)
        try fixture.service.addRoleToInstanceProfile(name: "web", roleName: "Admin", caller: root, in: &fixture.lab)
        return fixture
    }

    static func names(_ page: Page<AuthorizationDetail>) -> [String] {
        page.items.map { item in
            switch item {
            case .user(let user): "user:\(user.userName)"
            case .group(let group): "group:\(group.groupName)"
            case .role(let role, let profiles): "role:\(role.roleName)[\(profiles.map(\.profile.name).joined())]"
            case .policy(let policy, let versions): "policy:\(policy.policyName)(\(versions.count))"
            }
        }
    }

    @Test func everythingWithoutAFilterInUsersGroupsRolesPoliciesOrder() throws {
        let fixture = try Self.fixture()
        let page = try fixture.service.getAccountAuthorizationDetails(caller: fixture.devRoot, in: fixture.lab)
        #expect(Self.names(page) == ["user:alice", "user:bob", "group:Developers", "role:Admin[web]", "policy:Local(1)", "policy:ReadOnlyAccess(1)"])
        #expect(!page.isTruncated && page.marker == nil)
    }

    @Test func filterKeepsOnlyTheNamedKinds() throws {
        let fixture = try Self.fixture()
        let roles = try fixture.service.getAccountAuthorizationDetails(filter: ["Role", "LocalManagedPolicy"], caller: fixture.devRoot, in: fixture.lab)
        #expect(Self.names(roles) == ["role:Admin[web]", "policy:Local(1)"])
        let aws = try fixture.service.getAccountAuthorizationDetails(filter: ["AWSManagedPolicy"], caller: fixture.devRoot, in: fixture.lab)
        #expect(Self.names(aws) == ["policy:ReadOnlyAccess(1)"])
        let bad = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.getAccountAuthorizationDetails(filter: ["Users"], caller: fixture.devRoot, in: fixture.lab)
        }
        #expect(bad?.code == "ValidationError")
        #expect(bad?.message == "1 validation error detected: Value '[Users]' at 'filter' failed to satisfy constraint: Member must satisfy "
            + "constraint: [Member must satisfy enum value set: [User, Role, Group, LocalManagedPolicy, AWSManagedPolicy]]")
    }

    @Test func pagesRunAcrossTheLists() throws {
        let fixture = try Self.fixture()
        var seen: [String] = []
        var marker: String?
        repeat {
            let page = try fixture.service.getAccountAuthorizationDetails(marker: marker, maxItems: 4, caller: fixture.devRoot, in: fixture.lab)
            #expect(page.items.count <= 4)
            seen += Self.names(page)
            marker = page.marker
            #expect(page.isTruncated == (marker != nil))
        } while marker != nil
        #expect(seen == ["user:alice", "user:bob", "group:Developers", "role:Admin[web]", "policy:Local(1)", "policy:ReadOnlyAccess(1)"])
    }

    @Test func authorizesOnStar() throws {
        var fixture = try Self.fixture()
        let reader = try fixture.user("auditor", policy: LabFixture.allow("iam:GetAccountAuthorizationDetails"))
        _ = try fixture.service.getAccountAuthorizationDetails(caller: reader, in: fixture.lab)
        let other = try fixture.user("nobody")
        let denied = LabFixture.error { () throws(ServiceError) in _ = try fixture.service.getAccountAuthorizationDetails(caller: other, in: fixture.lab) }
        #expect(denied?.message.hasSuffix("iam:GetAccountAuthorizationDetails on resource: * because no identity-based policy allows the iam:GetAccountAuthorizationDetails action") == true,
                "\(denied?.message ?? "")")
    }
}
