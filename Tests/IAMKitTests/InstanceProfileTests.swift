import IAMPolicy
import Testing
@testable import IAMKit

/// Instance profiles, and DeleteRole's DeleteConflict while a role is in one.
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRole.html
@Suite struct InstanceProfileTests {
    @Test func aRoleInAnInstanceProfileCannotBeDeleted() throws {
        var fixture = LabFixture()
        try fixture.role("web", trust: LabFixture.trust(principal: "arn:aws:iam::111111111111:root"))
        let created = try fixture.service.createInstanceProfile(name: "web-profile", path: "/app/", caller: fixture.prodRoot, in: &fixture.lab)
        #expect(created.arn == "arn:aws:iam::111111111111:instance-profile/app/web-profile")
        #expect(created.instanceProfileID.hasPrefix("AIPA") && created.instanceProfileID.count == 21)
        try fixture.service.addRoleToInstanceProfile(name: "web-profile", roleName: "web", caller: fixture.prodRoot, in: &fixture.lab)
        #expect(throws: ServiceError.deleteConflict("Cannot delete entity, must remove roles from instance profile first.")) {
            try fixture.service.deleteRole(roleName: "web", caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(throws: ServiceError.deleteConflict("Cannot delete entity, must remove roles from instance profile first.")) {
            try fixture.service.deleteInstanceProfile(name: "web-profile", caller: fixture.prodRoot, in: &fixture.lab)
        }
        try fixture.role("other", trust: LabFixture.trust(principal: "arn:aws:iam::111111111111:root"))
        #expect(throws: ServiceError.limitExceeded("Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1")) {
            try fixture.service.addRoleToInstanceProfile(name: "web-profile", roleName: "other", caller: fixture.prodRoot, in: &fixture.lab)
        }
        let forRole = try fixture.service.listInstanceProfilesForRole(roleName: "web", caller: fixture.prodRoot, in: fixture.lab)
        #expect(forRole.items.map(\.name) == ["web-profile"])
        try fixture.service.removeRoleFromInstanceProfile(name: "web-profile", roleName: "web", caller: fixture.prodRoot, in: &fixture.lab)
        try fixture.service.deleteRole(roleName: "web", caller: fixture.prodRoot, in: &fixture.lab)
        try fixture.service.deleteInstanceProfile(name: "web-profile", caller: fixture.prodRoot, in: &fixture.lab)
        #expect(throws: ServiceError.noSuchEntity("Instance Profile web-profile cannot be found.")) {
            try fixture.service.getInstanceProfile(name: "web-profile", caller: fixture.prodRoot, in: fixture.lab)
        }
    }

    @Test func namesAreUniqueCaseInsensitivelyAndValidated() throws {
        var fixture = LabFixture()
        try fixture.service.createInstanceProfile(name: "Web", caller: fixture.prodRoot, in: &fixture.lab)
        #expect(throws: ServiceError.entityAlreadyExists("Instance Profile web already exists.")) {
            try fixture.service.createInstanceProfile(name: "web", caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(throws: ServiceError.self) {
            try fixture.service.createInstanceProfile(name: "bad name", caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(try fixture.service.listInstanceProfiles(caller: fixture.prodRoot, in: fixture.lab).items.map(\.name) == ["Web"])
    }

    @Test func addingARoleNeedsPassRole() throws {
        var fixture = LabFixture()
        try fixture.role("web", trust: LabFixture.trust(principal: "arn:aws:iam::111111111111:root"))
        try fixture.service.createInstanceProfile(name: "p", caller: fixture.prodRoot, in: &fixture.lab)
        let admin = try fixture.user("ops", in: LabFixture.production, policy: LabFixture.allow("iam:AddRoleToInstanceProfile"))
        do {
            try fixture.service.addRoleToInstanceProfile(name: "p", roleName: "web", caller: admin, in: &fixture.lab)
            Issue.record("added without iam:PassRole")
        } catch {
            #expect(error.code == "AccessDenied" && error.message.contains("iam:PassRole"))
        }
    }
}
