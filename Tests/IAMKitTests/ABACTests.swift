import IAMPolicy
import Testing
@testable import IAMKit

/// Attribute-based access control: the tags of the role being assumed or the role/user an IAM
/// action targets (`aws:ResourceTag/<key>`, `iam:ResourceTag/<key>`), the tags a request passes
/// (`aws:RequestTag/<key>`) and their keys (`aws:TagKeys`) are in the request context.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/tutorial_attribute-based-access-control.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_iam-tags.html
@Suite struct ABACTests {
    static let production = LabFixture.production
    static let development = LabFixture.development

    /// An identity policy allowing `action` on every resource under `condition`.
    static func allow(_ action: String, condition: String) -> String {
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"\#(action)","Resource":"*","Condition":\#(condition)}]}"#
    }

    /// A user of `account` tagged `tags` with `policy` inline.
    static func taggedUser(_ name: String, tags: [IAMKit.Tag], policy: String, account: String,
                           in fixture: inout LabFixture) throws -> Caller {
        let root = Caller.root(accountID: account)
        try fixture.service.createUser(userName: name, tags: tags, caller: root, in: &fixture.lab)
        try fixture.service.putUserPolicy(userName: name, policyName: "abac", policyDocument: policy, caller: root, in: &fixture.lab)
        return Caller.user(account, name)
    }

    // MARK: sts:AssumeRole (the ABAC tutorial's access-assume-role policy)

    struct AssumeCase: Sendable, CustomTestStringConvertible {
        var name: String
        var conditionKey: String
        var roleTags: [IAMKit.Tag]
        var allowed: Bool
        var testDescription: String { name }
    }

    static let assumeCases: [AssumeCase] = [
        AssumeCase(name: "aws:ResourceTag, same team", conditionKey: "aws:ResourceTag/team", roleTags: [Tag(key: "team", value: "blue")], allowed: true),
        AssumeCase(name: "iam:ResourceTag as in the tutorial, same team", conditionKey: "iam:ResourceTag/team",
                   roleTags: [Tag(key: "team", value: "blue")], allowed: true),
        AssumeCase(name: "key case differs", conditionKey: "aws:ResourceTag/Team", roleTags: [Tag(key: "TEAM", value: "blue")], allowed: true),
        AssumeCase(name: "other team", conditionKey: "aws:ResourceTag/team", roleTags: [Tag(key: "team", value: "red")], allowed: false),
        AssumeCase(name: "role without the tag", conditionKey: "iam:ResourceTag/team", roleTags: [Tag(key: "project", value: "blue")], allowed: false),
        AssumeCase(name: "untagged role", conditionKey: "aws:ResourceTag/team", roleTags: [], allowed: false),
    ]

    @Test(arguments: assumeCases)
    func assumeRoleMatchesTheRoleTagsToThePrincipalTags(_ test: AssumeCase) throws {
        var fixture = LabFixture()
        let policy = Self.allow("sts:AssumeRole", condition: #"{"StringEquals":{"\#(test.conditionKey)":"${aws:PrincipalTag/team}"}}"#)
        let alice = try Self.taggedUser("alice", tags: [Tag(key: "team", value: "blue")], policy: policy, account: Self.development, in: &fixture)
        let role = try fixture.service.createRole(roleName: "access-role", assumeRolePolicyDocument: LabFixture.trust(principal: "arn:aws:iam::123456789012:root"),
                                                  tags: test.roleTags, caller: fixture.prodRoot, in: &fixture.lab)
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.assumeRole(.init(roleArn: role.arn, roleSessionName: "s1"), caller: alice, in: &fixture.lab)
        }
        if test.allowed {
            #expect(error == nil)
        } else {
            #expect(error?.code == "AccessDenied")
            #expect(error?.message == "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: sts:AssumeRole on resource: \(role.arn)")
        }
    }

    // MARK: IAM actions on a tagged role or user

    struct EntityCase: Sendable, CustomTestStringConvertible {
        var name: String
        var action: String
        var target: String
        var allowed: Bool
        var testDescription: String { name }
    }

    static let entityCases: [EntityCase] = [
        EntityCase(name: "GetRole on the own team's role", action: "iam:GetRole", target: "BlueRole", allowed: true),
        EntityCase(name: "GetRole on another team's role", action: "iam:GetRole", target: "RedRole", allowed: false),
        EntityCase(name: "PutRolePolicy on the own team's role", action: "iam:PutRolePolicy", target: "BlueRole", allowed: true),
        EntityCase(name: "PutRolePolicy on another team's role", action: "iam:PutRolePolicy", target: "RedRole", allowed: false),
        EntityCase(name: "GetUser on the own team's user", action: "iam:GetUser", target: "blue-user", allowed: true),
        EntityCase(name: "GetUser on an untagged user", action: "iam:GetUser", target: "plain-user", allowed: false),
    ]

    @Test(arguments: entityCases)
    func iamActionsSeeTheTargetTags(_ test: EntityCase) throws {
        var fixture = LabFixture()
        let root = fixture.prodRoot
        let policy = Self.allow(test.action, condition: #"{"StringEquals":{"iam:ResourceTag/team":"${aws:PrincipalTag/team}"}}"#)
        let carol = try Self.taggedUser("carol", tags: [Tag(key: "team", value: "blue")], policy: policy, account: Self.production, in: &fixture)
        let trust = LabFixture.trust(principal: "arn:aws:iam::123456789012:root")
        try fixture.service.createRole(roleName: "BlueRole", assumeRolePolicyDocument: trust, tags: [Tag(key: "team", value: "blue")], caller: root, in: &fixture.lab)
        try fixture.service.createRole(roleName: "RedRole", assumeRolePolicyDocument: trust, tags: [Tag(key: "team", value: "red")], caller: root, in: &fixture.lab)
        try fixture.service.createUser(userName: "blue-user", tags: [Tag(key: "team", value: "blue")], caller: root, in: &fixture.lab)
        try fixture.service.createUser(userName: "plain-user", caller: root, in: &fixture.lab)
        let error = LabFixture.error { () throws(ServiceError) in
            switch test.action {
            case "iam:GetRole": _ = try fixture.service.getRole(roleName: test.target, caller: carol, in: fixture.lab)
            case "iam:GetUser": _ = try fixture.service.getUser(userName: test.target, caller: carol, in: fixture.lab)
            default: try fixture.service.putRolePolicy(roleName: test.target, policyName: "p", policyDocument: LabFixture.allow("s3:*"),
                                                       caller: carol, in: &fixture.lab)
            }
        }
        if test.allowed {
            #expect(error == nil)
        } else {
            let kind = test.action == "iam:GetUser" ? "user" : "role"
            #expect(error?.code == "AccessDenied")
            #expect(error?.message == "User: arn:aws:iam::111111111111:user/carol is not authorized to perform: \(test.action) on resource: "
                + "arn:aws:iam::111111111111:\(kind)/\(test.target) because no identity-based policy allows the \(test.action) action")
        }
    }

    // MARK: Tags passed in the request

    struct RequestCase: Sendable, CustomTestStringConvertible {
        var name: String
        var tags: [IAMKit.Tag]?
        var allowed: Bool
        var testDescription: String { name }
    }

    static let requestCases: [RequestCase] = [
        RequestCase(name: "no tags", tags: nil, allowed: false),
        RequestCase(name: "the required tag", tags: [Tag(key: "team", value: "blue")], allowed: true),
        RequestCase(name: "the required tag with another value", tags: [Tag(key: "team", value: "red")], allowed: false),
        RequestCase(name: "the required tag and another key", tags: [Tag(key: "team", value: "blue"), Tag(key: "cost", value: "1")], allowed: false),
    ]

    /// "Require that new roles carry team=<the creator's team> and no other tag key".
    static let requireTeamTag = allow("iam:CreateRole", condition:
        #"{"StringEquals":{"aws:RequestTag/team":"${aws:PrincipalTag/team}"},"ForAllValues:StringEquals":{"aws:TagKeys":["team"]}}"#)

    @Test(arguments: requestCases)
    func createRoleRequiresTheRequestTag(_ test: RequestCase) throws {
        var fixture = LabFixture()
        let carol = try Self.taggedUser("carol", tags: [Tag(key: "team", value: "blue")], policy: Self.requireTeamTag, account: Self.production, in: &fixture)
        let error = LabFixture.error { () throws(ServiceError) in
            try fixture.service.createRole(roleName: "New", assumeRolePolicyDocument: LabFixture.trust(principal: "arn:aws:iam::123456789012:root"),
                                           tags: test.tags, caller: carol, in: &fixture.lab)
        }
        if test.allowed {
            #expect(error == nil)
        } else {
            #expect(error?.code == "AccessDenied")
            #expect(error?.message == "User: arn:aws:iam::111111111111:user/carol is not authorized to perform: iam:CreateRole on resource: "
                + "arn:aws:iam::111111111111:role/New because no identity-based policy allows the iam:CreateRole action")
        }
    }

    @Test func tagAndUntagCallsSeeTheirTagKeys() throws {
        var fixture = LabFixture()
        let policy = Self.allow("iam:*", condition: #"{"ForAllValues:StringEquals":{"aws:TagKeys":["team"]}}"#)
        let carol = try Self.taggedUser("carol", tags: [], policy: policy, account: Self.production, in: &fixture)
        try fixture.service.createUser(userName: "dave", caller: fixture.prodRoot, in: &fixture.lab)
        try fixture.service.tagUser(userName: "dave", tags: [Tag(key: "team", value: "blue")], caller: carol, in: &fixture.lab)
        let tagOther = LabFixture.error { () throws(ServiceError) in
            try fixture.service.tagUser(userName: "dave", tags: [Tag(key: "cost", value: "1")], caller: carol, in: &fixture.lab)
        }
        #expect(tagOther?.code == "AccessDenied")
        try fixture.service.untagUser(userName: "dave", tagKeys: ["team"], caller: carol, in: &fixture.lab)
        let untagOther = LabFixture.error { () throws(ServiceError) in
            try fixture.service.untagUser(userName: "dave", tagKeys: ["cost"], caller: carol, in: &fixture.lab)
        }
        #expect(untagOther?.code == "AccessDenied")
        #expect(try fixture.service.getUser(userName: "dave", caller: fixture.prodRoot, in: fixture.lab).tags.isEmpty)
    }

    /// Renaming checks the user's old and new ARNs (id_users_manage.html#id_users_renaming);
    /// both checks see the user's tags, so a tag-scoped UpdateUser may rename.
    @Test func renamingATaggedUserSeesItsTagsOnBothARNs() throws {
        var fixture = LabFixture()
        let policy = Self.allow("iam:UpdateUser", condition: #"{"StringEquals":{"iam:ResourceTag/team":"blue"}}"#)
        let carol = try Self.taggedUser("carol", tags: [], policy: policy, account: Self.production, in: &fixture)
        try fixture.service.createUser(userName: "blue-user", tags: [Tag(key: "team", value: "blue")], caller: fixture.prodRoot, in: &fixture.lab)
        try fixture.service.createUser(userName: "red-user", tags: [Tag(key: "team", value: "red")], caller: fixture.prodRoot, in: &fixture.lab)
        try fixture.service.updateUser(userName: "blue-user", newUserName: "blue-user-2", caller: carol, in: &fixture.lab)
        #expect(try fixture.service.getUser(userName: "blue-user-2", caller: fixture.prodRoot, in: fixture.lab).tags.first?.value == "blue")
        let refused = LabFixture.error { () throws(ServiceError) in
            try fixture.service.updateUser(userName: "red-user", newUserName: "red-user-2", caller: carol, in: &fixture.lab)
        }
        #expect(refused?.code == "AccessDenied")
    }
}
