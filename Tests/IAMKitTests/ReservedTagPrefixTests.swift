import IAMPolicy
import Testing
@testable import IAMKit

/// Tag keys and values that begin with `aws:` (any case) are AWS's own: CreateRole, CreateUser,
/// TagRole, TagUser, CreatePolicy and TagPolicy refuse them and store nothing.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html ("You cannot create a
/// tag key or value that begins with the text aws:. This tag prefix is reserved for AWS
/// internal use.")
@Suite struct ReservedTagPrefixTests {
    static let expected = ServiceError(code: "InvalidInput",
                                       message: "You cannot create a tag key or value that begins with the text aws:. "
                                           + "This tag prefix is reserved for AWS internal use.",
                                       httpStatus: 400)

    @Test(arguments: [IAMKit.Tag(key: "aws:team", value: "blue"), Tag(key: "AWS:Team", value: "blue"), Tag(key: "Aws:x", value: ""),
                      Tag(key: "team", value: "aws:blue"), Tag(key: "team", value: "AWS:blue")])
    func createRoleAndCreateUserRefuseAndStoreNothing(tag: IAMKit.Tag) throws {
        var fixture = LabFixture()
        #expect(throws: Self.expected) {
            try fixture.service.createRole(roleName: "Tagged", assumeRolePolicyDocument: LabFixture.seedTrust,
                                           tags: [Tag(key: "project", value: "x"), tag], caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(try fixture.lab.fetch(Role.self, Role.key(LabFixture.production, "Tagged")) == nil)
        #expect(throws: Self.expected) {
            try fixture.service.createUser(userName: "carol", tags: [tag], caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(try fixture.lab.fetch(User.self, User.key(LabFixture.production, "carol")) == nil)
    }

    @Test func tagRoleTagUserAndTagPolicyRefuseAndKeepTheTagsTheyHad() throws {
        var fixture = LabFixture()
        try fixture.role("Deploy", trust: LabFixture.seedTrust)
        _ = try fixture.service.createUser(userName: "carol", caller: fixture.prodRoot, in: &fixture.lab)
        let policy = try fixture.service.createPolicy(policyName: "P", policyDocument: LabFixture.allow("s3:ListBucket"), caller: fixture.prodRoot, in: &fixture.lab)
        let reserved = [Tag(key: "team", value: "blue"), Tag(key: "aws:createdBy", value: "me")]
        #expect(throws: Self.expected) {
            try fixture.service.tagRole(roleName: "Deploy", tags: reserved, caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(throws: Self.expected) {
            try fixture.service.tagUser(userName: "carol", tags: reserved, caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(throws: Self.expected) {
            try fixture.service.tagPolicy(policyArn: policy.arn, tags: reserved, caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(try fixture.service.listRoleTags(roleName: "Deploy", caller: fixture.prodRoot, in: fixture.lab).items.isEmpty)
        #expect(try fixture.service.listUserTags(userName: "carol", caller: fixture.prodRoot, in: fixture.lab).items.isEmpty)
    }

    @Test func aKeyThatOnlyLooksLikeItIsAccepted() throws {
        var fixture = LabFixture()
        let tags = [Tag(key: "aws-team", value: "x"), Tag(key: "awsome", value: "aws"), Tag(key: "team:aws:", value: "arn:aws:iam::1:root")]
        let role = try fixture.service.createRole(roleName: "Tagged", assumeRolePolicyDocument: LabFixture.seedTrust, tags: tags,
                                                  caller: fixture.prodRoot, in: &fixture.lab)
        #expect(role.tags == tags)
    }

    @Test func aMalformedKeyIsAValidationErrorFirst() throws {
        var fixture = LabFixture()
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.createUser(userName: "carol", tags: [Tag(key: "aws:bad!", value: "x")], caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(error?.code == "ValidationError")
    }
}
