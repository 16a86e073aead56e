import Foundation
import Testing
@testable import RolecallCodegen

/// The generator of IAMKit's typed inputs and of the read-only flags: both come from the
/// committed model data, and it stops rather than guess where the data says nothing.
@Suite struct InputEmitterTests {
    static func models() throws -> [String: ServiceModel] {
        try CodeGenerator.loadModels(packageRoot: GeneratedFilesMatchTests.packageRoot)
    }

    @Test func membersAndRequiredNessAreTheModels() throws {
        let emitter = InputEmitter(models: try Self.models())
        let iam = try #require(try Self.models()["iam"])
        let tagRole = try emitter.members(of: "TagRole", model: iam)
        #expect(tagRole.map(\.name) == ["RoleName", "Tags"])
        #expect(tagRole.map(\.type) == ["String", "[Tag]"])
        #expect(tagRole.map(\.required) == [true, true])
        let simulate = try emitter.members(of: "SimulatePrincipalPolicy", model: iam)
        // rolecall's extension member comes after the model's, never required.
        #expect(simulate.last?.name == "SessionPolicyInputList")
        #expect(simulate.last?.required == false)
        #expect(simulate.first { $0.name == "ContextEntries" }?.reader == "contextEntries")
    }

    @Test func readOnlyFollowsTheAccessLevelAndAnOperationWithoutOneStopsTheGenerator() throws {
        var models = try Self.models()
        let iam = try #require(models["iam"])
        #expect(try CodegenManifest.isReadOnly("ListRoles", in: iam))
        #expect(try CodegenManifest.isReadOnly("GetRole", in: iam))
        #expect(try CodegenManifest.isReadOnly("GenerateCredentialReport", in: iam) == false)
        #expect(try CodegenManifest.isReadOnly("UpdateAssumeRolePolicy", in: iam) == false)
        models["iam"]?.accessLevels["GetRole"] = nil
        #expect(throws: CodegenError.self) { _ = try CodeGenerator.generate(models: models) }
    }

    @Test func aListOfStructuresWithoutAReaderStopsTheGenerator() throws {
        let model = try ServiceModel(json: """
            {"operations": {"CreateRole": {"name": "CreateRole", "input": {"shape": "In"}}},
             "shapes": {"In": {"type": "structure", "members": {"Things": {"shape": "ThingList"}}},
                        "ThingList": {"type": "list", "member": {"shape": "Thing"}},
                        "Thing": {"type": "structure", "members": {}}}}
            """, service: "iam")
        #expect(throws: CodegenError.self) { _ = try InputEmitter(models: ["iam": model]).members(of: "CreateRole", model: model) }
    }

    @Test func accessLevelsAreTrimmedFromTheServiceAuthorizationReference() throws {
        var actions = ""
        for name in CodegenManifest.operations(of: "iam") { actions += "\"\(name)\": {\"access_level\": \"Write\"}," }
        var sts = ""
        for name in CodegenManifest.operations(of: "sts") { sts += "\"\(name)\": {\"access_level\": \"Read\"}," }
        let reference = "{\"services\": {\"iam\": {\"actions\": {\(actions.dropLast())}}, \"sts\": {\"actions\": {\(sts.dropLast())}}}}"
        let text = try ModelTrimmer.trimAccessLevels(reference: reference, sourceName: "sar.json")
        #expect(text.contains("\"CreateRole\": \"Write\""))
        #expect(text.contains("\"AssumeRole\": \"Read\""))
        #expect(throws: CodegenError.self) {
            _ = try ModelTrimmer.trimAccessLevels(reference: "{\"services\": {}}", sourceName: "sar.json")
        }
    }
}
