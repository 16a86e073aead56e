import IAMPolicy
import Testing
@testable import IAMKit

/// The lengths and patterns IAMKit checks come from AWS's models (`ModelConstraints`, generated
/// by rolecall-codegen), so constraints no hand-written check covered now give AWS's
/// ValidationError too, and the models' Java patterns match as Java matches them.
/// Source: botocore 1.43.11 `data/iam/2010-05-08/service-2.json` (roleNameType, markerType).
@Suite struct ModelConstraintTests {
    /// GetRolePolicy's RoleName is `roleNameType` (1–64); the shared hand-written check allowed 128.
    @Test func getRolePolicyRefusesARoleNameLongerThanTheModelAllows() throws {
        var fixture = LabFixture()
        _ = try fixture.role("ProdRole", trust: LabFixture.seedTrust)
        let name = String(repeating: "r", count: 65)
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.getRolePolicy(roleName: name, policyName: "p", caller: fixture.prodRoot, in: fixture.lab)
        }
        #expect(error?.code == "ValidationError")
        #expect(error?.message == "1 validation error detected: Value '\(name)' at 'roleName' failed to satisfy constraint: "
            + "Member must have length less than or equal to 64")
    }

    /// A Marker is `markerType`: 1–320 characters of `[\u0020-\u00FF]+`; the hand-written check only measured it.
    @Test func listRolesRefusesAMarkerOutsideTheModelsPattern() {
        let fixture = LabFixture()
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.listRoles(marker: "page\u{7}2", caller: fixture.prodRoot, in: fixture.lab)
        }
        #expect(error?.code == "ValidationError")
        #expect(error?.message == "1 validation error detected: Value 'page\u{7}2' at 'marker' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\u0020-\\u00FF]+")
    }

    @Test func patternsMatchTheWholeValueWithJavaSemantics() throws {
        let name = try #require(ModelPattern("[\\w+=,.@-]+"))
        #expect(name.matches("Prod-Role_1@x.y"))
        #expect(!name.matches("rôle"), "Java's \\w is ASCII")
        #expect(!name.matches("my role"))
        #expect(!name.matches(""))
        let alias = try #require(ModelPattern("^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$"))
        #expect(alias.matches("my-lab-1") && !alias.matches("my--lab") && !alias.matches("-lab") && !alias.matches("Lab1"))
        let path = try #require(ModelPattern("(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"))
        #expect(path.matches("/") && path.matches("/dev/team/") && !path.matches("/dev") && !path.matches("//"))
        let policyPath = try #require(ModelPattern("((/[A-Za-z0-9\\.,\\+@=_-]+)*)/"))
        #expect(policyPath.matches("/") && policyPath.matches("/a/b.c/") && !policyPath.matches("/a//") && !policyPath.matches("/a*/"))
        let version = try #require(ModelPattern("v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?"))
        #expect(version.matches("v12") && version.matches("v1.beta") && !version.matches("v0"))
        let tag = try #require(ModelPattern("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*"))
        #expect(tag.matches("") && tag.matches("Équipe 7") && !tag.matches("a*b"))
        // Java reads `\u10000-\u10FFFF` as U+1000, `0`-U+10FF, `F`, `F`: a supplementary character is outside it.
        let wide = try #require(ModelPattern("[\\u0009\\u0020-\\u007E\\u10000-\\u10FFFF]+"))
        #expect(wide.matches("ok\tF") && !wide.matches("\u{1F600}"))
        let document = try #require(ModelPattern("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"))
        #expect(document.matches(String(repeating: "{\"a\": 1}\n", count: 20_000)), "a long document is matched without deep recursion")
        #expect(ModelPattern("[a-z") == nil && ModelPattern("(?<=x)") == nil && ModelPattern("\\q") == nil)
    }

    @Test func everyOfferedOperationsInputMembersHaveShapes() {
        for (operation, members) in ModelConstraints.inputMembers {
            for (member, key) in members {
                #expect(ModelConstraints.shape(key) != nil, "\(operation).\(member) → \(key)")
            }
        }
        #expect(ModelConstraints.shape(of: "roleName", in: "CreateRole")?.maximum == 64)
        #expect(ModelConstraints.shape(of: "userName", in: "GetUser")?.maximum == 128)
    }
}
