import IAMPolicy
import Testing
@testable import IAMKit

/// SimulatePrincipalPolicy and SimulateCustomPolicy in AWS's EvaluationResults shape.
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_EvaluationResult.html
@Suite struct SimulateTests {
    static let policy = """
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::example_bucket"},
        {"Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*"}
      ]
    }
    """

    @Test(arguments: [("s3:ListBucket", "allowed", 1), ("s3:DeleteBucket", "explicitDeny", 1), ("s3:GetObject", "implicitDeny", 0)])
    func principalPolicyDecisions(action: String, decision: String, matched: Int) throws {
        var fixture = LabFixture()
        try fixture.role("R", trust: LabFixture.seedTrust)
        try fixture.service.putRolePolicy(roleName: "R", policyName: "inline", policyDocument: Self.policy, caller: fixture.prodRoot, in: &fixture.lab)
        let results = try fixture.service.simulatePrincipalPolicy(policySourceArn: "arn:aws:iam::111111111111:role/R", actionNames: [action],
                                                                  resourceArns: ["arn:aws:s3:::example_bucket"], caller: fixture.prodRoot, in: fixture.lab)
        #expect(results.count == 1)
        #expect(results[0].evalDecision == decision)
        #expect(results[0].matchedStatements.count == matched)
        if let first = results[0].matchedStatements.first {
            #expect(first.sourcePolicyID == "inline")
            #expect(first.sourcePolicyType == "role")
            #expect(first.start.line == (decision == "allowed" ? 4 : 5))
        }
    }

    @Test func sessionARNStandsForItsRole() throws {
        var fixture = LabFixture()
        try fixture.role("R", trust: LabFixture.seedTrust)
        try fixture.service.attachRolePolicy(roleName: "R", policyArn: "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess", caller: fixture.prodRoot, in: &fixture.lab)
        let results = try fixture.service.simulatePrincipalPolicy(
            policySourceArn: "arn:aws:sts::111111111111:assumed-role/R/alice", actionNames: ["s3:GetObject"], caller: fixture.prodRoot, in: fixture.lab)
        #expect(results.first?.evalDecision == "allowed")
        #expect(results.first?.matchedStatements.first?.sourcePolicyID == "AmazonS3ReadOnlyAccess")
        #expect(results.first?.matchedStatements.first?.sourcePolicyType == "aws-managed")
    }

    @Test func contextEntriesAreTheWholeContext() throws {
        let fixture = LabFixture()
        let policy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}"#
        let without = try fixture.service.simulateCustomPolicy(policyInputList: [policy], actionNames: ["s3:ListBucket"], caller: fixture.prodRoot, in: fixture.lab)
        #expect(without.first?.evalDecision == "implicitDeny")
        #expect(without.first?.missingContextValues == ["aws:MultiFactorAuthPresent"])
        let with = try fixture.service.simulateCustomPolicy(policyInputList: [policy], actionNames: ["s3:ListBucket"],
                                                            contextEntries: [ContextEntry(key: "aws:MultiFactorAuthPresent", values: ["true"], type: "boolean")],
                                                            caller: fixture.prodRoot, in: fixture.lab)
        #expect(with.first?.evalDecision == "allowed")
        #expect(with.first?.matchedStatements.first?.sourcePolicyID == "PolicyInputList.1")
        #expect(with.first?.matchedStatements.first?.sourcePolicyType == "IAM Policy")
    }

    @Test func boundaryDecisionDetail() throws {
        let fixture = LabFixture()
        let results = try fixture.service.simulateCustomPolicy(policyInputList: [LabFixture.allow("s3:*")], actionNames: ["s3:GetObject", "s3:ListBucket"],
                                                               permissionsBoundaryPolicyInputList: [LabFixture.allow("s3:ListBucket")],
                                                               caller: fixture.prodRoot, in: fixture.lab)
        #expect(results.map(\.evalDecision) == ["implicitDeny", "allowed"])
        #expect(results.map(\.allowedByPermissionsBoundary) == [false, true])
    }

    @Test func dynamicCallShape() throws {
        var fixture = LabFixture()
        let output = try fixture.service.call(service: "iam", operation: "SimulateCustomPolicy", parameters: [
            "PolicyInputList": [.string(Self.policy)], "ActionNames": ["s3:ListBucket"], "ResourceArns": ["arn:aws:s3:::example_bucket"],
        ], caller: fixture.prodRoot, in: &fixture.lab)
        let result = try #require(output["EvaluationResults"]?[0])
        #expect(result.objectValue?.keys == ["EvalActionName", "EvalResourceName", "EvalDecision", "MatchedStatements", "MissingContextValues"])
        #expect(result["EvalDecision"] == "allowed")
        let statement = try #require(result["MatchedStatements"]?[0])
        #expect(statement["SourcePolicyId"] == "PolicyInputList.1")
        #expect(statement["StartPosition"]?["Line"] == 4)
        #expect(statement["StartPosition"]?["Column"] != nil && statement["EndPosition"]?["Line"] != nil)
    }
}
