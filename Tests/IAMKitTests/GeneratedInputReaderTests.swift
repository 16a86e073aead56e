import IAMPolicy
import Testing
@testable import IAMKit

/// The typed inputs generated from AWS's models (`OperationInput.*`) are what the dynamic entry
/// point reads: every dispatched operation has one, required-ness is the model's, and the
/// errors are AWS's wire texts.
@Suite struct GeneratedInputReaderTests {
    @Test func everyDispatchedOperationHasAGeneratedInputAndNoInputLacksAHandler() {
        #expect(OperationInput.iam.map { $0.operationName }.sorted() == IAMService.operations(of: "iam"))
        #expect(OperationInput.sts.map { $0.operationName }.sorted() == IAMService.operations(of: "sts"))
    }

    @Test func readOnlyComesFromAWSAccessLevels() {
        let readOnly = Set((OperationInput.iam + OperationInput.sts).filter { $0.isReadOnly }.map { $0.operationName })
        #expect(readOnly.contains("GetRole") && readOnly.contains("ListRoles") && readOnly.contains("SimulatePrincipalPolicy"))
        #expect(readOnly.contains("GetAccountAuthorizationDetails") && readOnly.contains("GetCallerIdentity"))
        // Read in AWS's access levels, but they write to the lab.
        #expect(!readOnly.contains("GetSessionToken") && !readOnly.contains("GenerateCredentialReport"))
        #expect(!readOnly.contains("CreateRole") && !readOnly.contains("TagRole") && !readOnly.contains("AssumeRole"))
    }

    @Test func readerTypesMembersAsTheModelDeclaresThem() throws {
        let input = try OperationInput.CreateRole(ServiceParameters([
            "RoleName": "R", "AssumeRolePolicyDocument": "{}", "MaxSessionDuration": "7200",
            "Tags": [["Key": "team", "Value": "blue"]],
        ]))
        #expect(input.roleName == "R")
        #expect(input.maxSessionDuration == 7200)
        #expect(input.tags == [Tag(key: "team", value: "blue")])
        #expect(input.path == nil)
        let assume = try OperationInput.AssumeRole(ServiceParameters([
            "RoleArn": "arn:aws:iam::111111111111:role/R", "RoleSessionName": "s",
            "PolicyArns": [["arn": "arn:aws:iam::aws:policy/ReadOnlyAccess"]],
        ]))
        #expect(assume.policyArns == ["arn:aws:iam::aws:policy/ReadOnlyAccess"])
    }

    @Test(arguments: [
        // The first missing required member, in the model's order.
        ("CreateRole", JSONValue.object([:]),
         "1 validation error detected: Value null at 'roleName' failed to satisfy constraint: Member must not be null"),
        ("CreateRole", JSONValue.object(["RoleName": "R", "AssumeRolePolicyDocument": .null]),
         "1 validation error detected: Value null at 'assumeRolePolicyDocument' failed to satisfy constraint: Member must not be null"),
        // A required list the hand-written reader used to take as empty: AWS says null.
        ("TagRole", JSONValue.object(["RoleName": "R"]),
         "1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null"),
        ("UntagRole", JSONValue.object(["RoleName": "R"]),
         "1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must not be null"),
        ("SimulateCustomPolicy", JSONValue.object(["PolicyInputList": ["{}"]]),
         "1 validation error detected: Value null at 'actionNames' failed to satisfy constraint: Member must not be null"),
        ("CreateRole", JSONValue.object(["RoleName": ["R"], "AssumeRolePolicyDocument": "{}"]),
         "Invalid type for parameter RoleName, value: [\"R\"], type: array, valid types: string"),
        ("ListRoles", JSONValue.object(["MaxItems": "ten"]),
         "Invalid type for parameter MaxItems, value: \"ten\", type: string, valid types: integer"),
    ] as [(String, JSONValue, String)])
    func missingAndMistypedMembersFailAsAWSSays(operation: String, parameters: JSONValue, message: String) {
        var fixture = LabFixture()
        _ = try? fixture.role("R", trust: LabFixture.seedTrust)
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.call(service: "iam", operation: operation, parameters: parameters, caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(error?.code == "ValidationError")
        #expect(error?.message == message)
    }

    @Test func deactivatingAnMFADeviceStillNeedsTheUserName() {
        var fixture = LabFixture()
        let error = LabFixture.error { () throws(ServiceError) in
            _ = try fixture.service.call(service: "iam", operation: "DeactivateMFADevice",
                                         parameters: ["SerialNumber": "arn:aws:iam::111111111111:mfa/x"],
                                         caller: fixture.prodRoot, in: &fixture.lab)
        }
        #expect(error?.message == "1 validation error detected: Value null at 'userName' failed to satisfy constraint: Member must not be null")
    }
}
