import IAMPolicy
import Testing
@testable import IAMKit

/// Issue #16: `IAMFullAccess`, `AmazonEC2FullAccess` and `service-role/AWSLambdaBasicExecutionRole`
/// were NoSuchEntity. They exist now with AWS's published path, version and document.
@Suite struct PublishedManagedPolicyTests {
    @Test(arguments: [
        ("arn:aws:iam::aws:policy/IAMFullAccess", "v2", "ANPAI7XKCFMBPM3QQRRVQ"),
        ("arn:aws:iam::aws:policy/AmazonEC2FullAccess", "v5", "ANPAI3VAJF5ZCRZ7MCQE6"),
        ("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole", "v1", "ANPAJNCQGXC42545SKXIK"),
        ("arn:aws:iam::aws:policy/IAMUserChangePassword", "v3", "ANPAJ4L4MM2A7QIEB56MS"),
    ])
    func theIssuesPoliciesExist(arn: String, version: String, id: String) throws {
        let fixture = LabFixture()
        let policy = try fixture.service.getPolicy(policyArn: arn, caller: fixture.prodRoot, in: fixture.lab)
        #expect(policy.defaultVersionID == version && policy.policyID == id)
        #expect(throws: Never.self) {
            try PolicyChecks.validateAWSManagedPolicy(try #require(AWSManagedPolicies.policy(arn: arn)).document)
        }
    }

    @Test func attachingAPublishedPolicyGrantsWhatItsDocumentSays() throws {
        var fixture = LabFixture()
        let ops = try fixture.user("ops")
        try fixture.service.attachUserPolicy(userName: "ops", policyArn: "arn:aws:iam::aws:policy/IAMUserChangePassword",
                                             caller: fixture.devRoot, in: &fixture.lab)
        try fixture.service.createLoginProfile(userName: "ops", password: "Str0ng-Passw0rd", caller: fixture.devRoot, in: &fixture.lab)
        try fixture.service.changePassword(oldPassword: "Str0ng-Passw0rd", newPassword: "N3w-Passw0rd!", caller: ops, in: &fixture.lab)
        #expect(throws: ServiceError.self) { try fixture.service.listUsers(caller: ops, in: fixture.lab) }
    }
}
