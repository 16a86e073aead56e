import IAMPolicy
import Testing
@testable import IAMKit

/// CreateRole, GetRole, ListRoles, UpdateRole, DeleteRole and role policies: shapes, AWS's
/// validation text, quotas and errors.
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
@Suite struct RoleOperationTests {
    @Test func createRoleReturnsAWSShapes() throws {
        var fixture = LabFixture()
        let role = try fixture.role("ProdRole", trust: LabFixture.seedTrust, path: "/dev/")
        #expect(role.arn == "arn:aws:iam::111111111111:role/dev/ProdRole")
        #expect(role.roleID.hasPrefix("AROA") && role.roleID.count == 21)
        #expect(role.roleID.dropFirst(4).allSatisfy { ("A"..."Z").contains($0) || ("2"..."7").contains($0) })
        #expect(role.maxSessionDuration == 3600)
        #expect(role.attachedPolicies.isEmpty && role.inlinePolicies.isEmpty)
        #expect(role.createDate == LabFixture.now)
    }

    @Test(arguments: [
        ("", "1 validation error detected: Value '' at 'roleName' failed to satisfy constraint: Member must have length greater than or equal to 1"),
        (String(repeating: "a", count: 65), "1 validation error detected: Value '\(String(repeating: "a", count: 65))' at 'roleName' failed to satisfy constraint: Member must have length less than or equal to 64"),
        ("my role", "1 validation error detected: Value 'my role' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+"),
        ("rôle", "1 validation error detected: Value 'rôle' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+"),
    ])
    func roleNameValidation(name: String, message: String) {
        var fixture = LabFixture()
        let error = LabFixture.error { () throws(ServiceError) in _ = try fixture.role(name, trust: LabFixture.seedTrust) }
        #expect(error?.code == "ValidationError")
        #expect(error?.httpStatus == 400)
        #expect(error?.message == message)
    }

    @Test func severalValidationErrorsAreJoined() {
        var fixture = LabFixture()
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.createRole(roleName: "a b", assumeRolePolicyDocument: LabFixture.seedTrust, maxSessionDuration: 900,
                                               caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(error?.message == "2 validation errors detected: Value 'a b' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+; Value '900' at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600")
    }

    @Test(arguments: ["//", "dev", "/dev", "/a b/"])
    func invalidPathsAreRejected(path: String) {
        var fixture = LabFixture()
        let error = LabFixture.error { () throws(ServiceError) in _ = try fixture.role("R", trust: LabFixture.seedTrust, path: path) }
        #expect(error?.code == "ValidationError")
        #expect(error?.message.contains("at 'path'") == true)
    }

    @Test(arguments: ["Plain ASCII", "Café tab\there", ""])
    func acceptedDescriptions(description: String) throws {
        var fixture = LabFixture()
        let role = try fixture.service.createRole(roleName: "R", assumeRolePolicyDocument: LabFixture.seedTrust, description: description,
                                                  caller: fixture.prodRoot, in: &fixture.lab)
        #expect(role.description == description)
    }

    @Test(arguments: ["emoji 🙂", "euro €", String(repeating: "x", count: 1001)])
    func rejectedDescriptions(description: String) {
        var fixture = LabFixture()
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.createRole(roleName: "R", assumeRolePolicyDocument: LabFixture.seedTrust, description: description,
                                               caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(error?.code == "ValidationError")
        #expect(error?.message.contains("at 'description'") == true)
    }

    @Test func roleNamesAreUniqueRegardlessOfCase() throws {
        var fixture = LabFixture()
        try fixture.role("PRODROLE", trust: LabFixture.seedTrust)
        let error = LabFixture.error { () throws(ServiceError) in _ = try fixture.role("prodrole", trust: LabFixture.seedTrust) }
        #expect(error == ServiceError.entityAlreadyExists("Role with name prodrole already exists."))
        #expect(error?.httpStatus == 409)
        // Lookups are case-insensitive too, and return the name as typed.
        #expect(try fixture.service.getRole(roleName: "ProdRole", caller: fixture.prodRoot, in: fixture.lab).roleName == "PRODROLE")
    }

    @Test func missingRoleIsNoSuchEntity() {
        let fixture = LabFixture()
        let error = LabFixture.error { () throws(ServiceError) in _ = try fixture.service.getRole(roleName: "Nope", caller: fixture.prodRoot, in: fixture.lab) }
        #expect(error == ServiceError.noSuchEntity("The role with name Nope cannot be found."))
        #expect(error?.httpStatus == 404)
    }

    @Test func attachIsIdempotentAndQuotaIsTen() throws {
        var fixture = LabFixture()
        try fixture.role("R", trust: LabFixture.seedTrust)
        let arns = Array(AWSManagedPolicies.all.map(\.arn).prefix(10))
        #expect(arns.count == 10)
        for arn in arns {
            try fixture.service.attachRolePolicy(roleName: "R", policyArn: arn, caller: fixture.prodRoot, in: &fixture.lab)
        }
        try fixture.service.attachRolePolicy(roleName: "R", policyArn: arns[0], caller: fixture.prodRoot, in: &fixture.lab)
        let page = try fixture.service.listAttachedRolePolicies(roleName: "R", caller: fixture.prodRoot, in: fixture.lab)
        #expect(page.items.count == 10)
        _ = try fixture.service.createPolicy(policyName: "Eleventh", policyDocument: LabFixture.allow("s3:*"), caller: fixture.prodRoot, in: &fixture.lab)
        let error = LabFixture.error { () throws(ServiceError) in
            try fixture.service.attachRolePolicy(roleName: "R", policyArn: "arn:aws:iam::111111111111:policy/Eleventh", caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(error == ServiceError.limitExceeded("Cannot exceed quota for PoliciesPerRole: 10"))
        #expect(try fixture.service.getPolicy(policyArn: arns[0], caller: fixture.prodRoot, in: fixture.lab).attachmentCount == 1)
    }

    @Test(arguments: [
        ("arn:aws:iam::111111111111:role/R", "InvalidInput", "ARN arn:aws:iam::111111111111:role/R is not valid."),
        ("arn:aws:iam::aws:policy/NoSuchPolicy", "NoSuchEntity", "Policy arn:aws:iam::aws:policy/NoSuchPolicy does not exist or is not attachable."),
    ])
    func attachingSomethingElse(arn: String, code: String, message: String) throws {
        var fixture = LabFixture()
        try fixture.role("R", trust: LabFixture.seedTrust)
        let error = LabFixture.error { () throws(ServiceError) in
            try fixture.service.attachRolePolicy(roleName: "R", policyArn: arn, caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(error?.code == code)
        #expect(error?.message == message)
    }

    @Test func deleteRoleConflictsUntilPoliciesAreGone() throws {
        var fixture = LabFixture()
        try fixture.role("R", trust: LabFixture.seedTrust)
        let admin = "arn:aws:iam::aws:policy/AdministratorAccess"
        try fixture.service.attachRolePolicy(roleName: "R", policyArn: admin, caller: fixture.prodRoot, in: &fixture.lab)
        try fixture.service.putRolePolicy(roleName: "R", policyName: "inline", policyDocument: LabFixture.allow("s3:*"), caller: fixture.prodRoot, in: &fixture.lab)
        let first = LabFixture.error { () throws(ServiceError) in try fixture.service.deleteRole(roleName: "R", caller: fixture.prodRoot, in: &fixture.lab) }
        #expect(first == ServiceError.deleteConflict("Cannot delete entity, must detach all policies first."))
        try fixture.service.detachRolePolicy(roleName: "R", policyArn: admin, caller: fixture.prodRoot, in: &fixture.lab)
        let second = LabFixture.error { () throws(ServiceError) in try fixture.service.deleteRole(roleName: "R", caller: fixture.prodRoot, in: &fixture.lab) }
        #expect(second == ServiceError.deleteConflict("Cannot delete entity, must delete policies first."))
        try fixture.service.deleteRolePolicy(roleName: "R", policyName: "inline", caller: fixture.prodRoot, in: &fixture.lab)
        try fixture.service.deleteRole(roleName: "R", caller: fixture.prodRoot, in: &fixture.lab)
        #expect(LabFixture.error { () throws(ServiceError) in _ = try fixture.service.getRole(roleName: "R", caller: fixture.prodRoot, in: fixture.lab) }?.code == "NoSuchEntity")
    }

    @Test func inlinePoliciesAndTheirErrors() throws {
        var fixture = LabFixture()
        try fixture.role("R", trust: LabFixture.seedTrust)
        try fixture.service.putRolePolicy(roleName: "R", policyName: "p", policyDocument: LabFixture.allow("s3:ListBucket"), caller: fixture.prodRoot, in: &fixture.lab)
        #expect(try fixture.service.getRolePolicy(roleName: "R", policyName: "p", caller: fixture.prodRoot, in: fixture.lab).document == LabFixture.allow("s3:ListBucket"))
        #expect(try fixture.service.listRolePolicies(roleName: "R", caller: fixture.prodRoot, in: fixture.lab).items == ["p"])
        let missing = LabFixture.error { () throws(ServiceError) in try fixture.service.deleteRolePolicy(roleName: "R", policyName: "q", caller: fixture.prodRoot, in: &fixture.lab) }
        #expect(missing == ServiceError.noSuchEntity("The role policy with name q cannot be found."))
        let big = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::\#(String(repeating: "b", count: 10300))"}]}"#
        let tooLarge = LabFixture.error { () throws(ServiceError) in
            try fixture.service.putRolePolicy(roleName: "R", policyName: "big", policyDocument: big, caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(tooLarge == ServiceError.limitExceeded("Maximum policy size of 10240 bytes exceeded for role R"))
    }

    @Test func trustPolicySizeCountsNonWhitespace() throws {
        var fixture = LabFixture()
        let padded = LabFixture.seedTrust.replacingOccurrences(of: ",", with: ",          ") + String(repeating: " ", count: 3000)
        _ = try fixture.role("Spacey", trust: padded)
        let big = LabFixture.trust(principal: "arn:aws:iam::123456789012:root",
                                   condition: #"{"StringEquals":{"sts:ExternalId":"\#(String(repeating: "x", count: 2000))"}}"#)
        let error = LabFixture.error { () throws(ServiceError) in _ = try fixture.role("Big", trust: big) }
        #expect(error == ServiceError.limitExceeded("Cannot exceed quota for ACLSizePerRole: 2048"))
    }

    @Test func listRolesPagesWithMarker() throws {
        var fixture = LabFixture()
        for name in ["a", "b", "c", "d", "e"] { try fixture.role(name, trust: LabFixture.seedTrust, path: name == "e" ? "/x/" : nil) }
        let first = try fixture.service.listRoles(maxItems: 2, caller: fixture.prodRoot, in: fixture.lab)
        #expect(first.items.map(\.roleName) == ["a", "b"] && first.isTruncated)
        let second = try fixture.service.listRoles(marker: first.marker, maxItems: 2, caller: fixture.prodRoot, in: fixture.lab)
        #expect(second.items.map(\.roleName) == ["c", "d"])
        let filtered = try fixture.service.listRoles(pathPrefix: "/x/", caller: fixture.prodRoot, in: fixture.lab)
        #expect(filtered.items.map(\.roleName) == ["e"] && !filtered.isTruncated)
    }

    @Test func updateRoleChangesOnlyDescriptionAndDuration() throws {
        var fixture = LabFixture()
        try fixture.role("R", trust: LabFixture.seedTrust)
        try fixture.service.updateRole(roleName: "R", description: "new", maxSessionDuration: 7200, caller: fixture.prodRoot, in: &fixture.lab)
        let role = try fixture.service.getRole(roleName: "R", caller: fixture.prodRoot, in: fixture.lab)
        #expect(role.description == "new" && role.maxSessionDuration == 7200)
        let tooLong = LabFixture.error { () throws(ServiceError) in
            try fixture.service.updateRole(roleName: "R", maxSessionDuration: 43201, caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(tooLong?.message == "1 validation error detected: Value '43201' at 'maxSessionDuration' failed to satisfy constraint: Member must have value less than or equal to 43200")
    }

    @Test func tagsOverwriteCaseInsensitively() throws {
        var fixture = LabFixture()
        try fixture.role("R", trust: LabFixture.seedTrust)
        try fixture.service.tagRole(roleName: "R", tags: [Tag(key: "Team", value: "a")], caller: fixture.prodRoot, in: &fixture.lab)
        try fixture.service.tagRole(roleName: "R", tags: [Tag(key: "team", value: "b")], caller: fixture.prodRoot, in: &fixture.lab)
        #expect(try fixture.service.listRoleTags(roleName: "R", caller: fixture.prodRoot, in: fixture.lab).items == [Tag(key: "team", value: "b")])
        try fixture.service.untagRole(roleName: "R", tagKeys: ["TEAM"], caller: fixture.prodRoot, in: &fixture.lab)
        #expect(try fixture.service.listRoleTags(roleName: "R", caller: fixture.prodRoot, in: fixture.lab).items.isEmpty)
    }
}
