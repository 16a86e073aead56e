import IAMPolicy
import Testing
@testable import IAMKit

/// Issue #19: IAM user and role tag keys are case-insensitive on create as on tag. One request
/// naming `Team` and `team` fails with AWS's `InvalidInput` and stores nothing; separate
/// requests overwrite (the later spelling wins), as TagRole always did.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html
@Suite struct DuplicateTagKeyTests {
    static let duplicates = [Tag(key: "Team", value: "blue"), Tag(key: "team", value: "red")]
    static let expected = ServiceError(code: "InvalidInput",
                                       message: "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
                                       httpStatus: 400)

    @Test func createRoleRefusesTeamAndTeamAndStoresNoRole() throws {
        var fixture = LabFixture()
        #expect(throws: Self.expected) {
            try fixture.service.createRole(roleName: "Tagged", assumeRolePolicyDocument: LabFixture.seedTrust,
                                           tags: Self.duplicates, caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(try fixture.lab.fetch(Role.self, Role.key(LabFixture.production, "Tagged")) == nil)
    }

    @Test func createUserRefusesTeamAndTeamAndStoresNoUser() throws {
        var fixture = LabFixture()
        #expect(throws: Self.expected) {
            try fixture.service.createUser(userName: "carol", tags: Self.duplicates, caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(try fixture.lab.fetch(User.self, User.key(LabFixture.production, "carol")) == nil)
    }

    @Test func tagRoleAndTagUserRefuseTheSameKeyTwiceInOneRequest() throws {
        var fixture = LabFixture()
        try fixture.role("Deploy", trust: LabFixture.seedTrust)
        _ = try fixture.service.createUser(userName: "carol", caller: fixture.prodRoot, in: &fixture.lab)
        #expect(throws: Self.expected) {
            try fixture.service.tagRole(roleName: "Deploy", tags: Self.duplicates, caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(throws: Self.expected) {
            try fixture.service.tagUser(userName: "carol", tags: Self.duplicates, caller: fixture.prodRoot, in: &fixture.lab)
        }
        // In two requests the second overwrites the first, whatever its case.
        try fixture.service.tagRole(roleName: "Deploy", tags: [Self.duplicates[0]], caller: fixture.prodRoot, in: &fixture.lab)
        try fixture.service.tagRole(roleName: "Deploy", tags: [Self.duplicates[1]], caller: fixture.prodRoot, in: &fixture.lab)
        #expect(try fixture.service.listRoleTags(roleName: "Deploy", caller: fixture.prodRoot, in: fixture.lab).items == [Self.duplicates[1]])
    }

    @Test func distinctKeysStillCreate() throws {
        var fixture = LabFixture()
        let role = try fixture.service.createRole(roleName: "Tagged", assumeRolePolicyDocument: LabFixture.seedTrust,
                                                  tags: [Tag(key: "Team", value: "blue"), Tag(key: "project", value: "x")],
                                                  caller: fixture.prodRoot, in: &fixture.lab)
        #expect(role.tags.count == 2)
    }
}
