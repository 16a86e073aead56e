import IAMPolicy
import Testing
@testable import IAMKit

/// `iam:PermissionsBoundary` in CreateRole and CreateUser requests: the key AWS's delegation
/// pattern conditions on ("create roles only with this boundary").
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html#access_policies_boundaries-delegate
@Suite("iam:PermissionsBoundary in create requests")
struct PermissionsBoundaryConditionTests {
    static let boundary = "arn:aws:iam::123456789012:policy/DeveloperBoundary"
    static let delegation = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:CreateRole","iam:CreateUser"],"Resource":"*","Condition":{"StringEquals":{"iam:PermissionsBoundary":"arn:aws:iam::123456789012:policy/DeveloperBoundary"}}}]}"#
    static let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#

    private func lab() throws -> (LabFixture, Caller) {
        var fixture = LabFixture()
        _ = try fixture.service.createPolicy(policyName: "DeveloperBoundary", policyDocument: LabFixture.allow("s3:*"),
                                             caller: fixture.devRoot, in: &fixture.lab)
        let dana = try fixture.user("dana", policy: Self.delegation)
        return (fixture, dana)
    }

    @Test("A role created with the named boundary is allowed; without it, AccessDenied")
    func createRoleSeesTheBoundary() throws {
        var (fixture, dana) = try lab()
        #expect(throws: ServiceError.self) {
            _ = try fixture.service.createRole(roleName: "free", assumeRolePolicyDocument: Self.trust, caller: dana, in: &fixture.lab)
        }
        let role = try fixture.service.createRole(roleName: "bounded", assumeRolePolicyDocument: Self.trust, permissionsBoundary: Self.boundary,
                                                  caller: dana, in: &fixture.lab)
        #expect(role.permissionsBoundaryARN == Self.boundary)
    }

    @Test("CreateUser sees the boundary too")
    func createUserSeesTheBoundary() throws {
        var (fixture, dana) = try lab()
        #expect(throws: ServiceError.self) {
            _ = try fixture.service.createUser(userName: "free", caller: dana, in: &fixture.lab)
        }
        _ = try fixture.service.createUser(userName: "bounded", permissionsBoundary: Self.boundary, caller: dana, in: &fixture.lab)
    }
}
