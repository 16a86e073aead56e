import AWSCommandLine
import Foundation
import IAMKit
import Testing

/// docs/cli.md, help and completion are generated from the operation table, so they cannot
/// drift from what the parser accepts (issue #4 "Surface").
@Suite struct CLIReferenceTests {
    static let docPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../docs/cli.md").standardized.path

    @Test func docsCLIMatchesTheOperationTable() throws {
        let expected = CLIReference.markdown()
        if ProcessInfo.processInfo.environment["ROLECALL_REGENERATE_DOCS"] == "1" {
            try expected.write(toFile: Self.docPath, atomically: true, encoding: .utf8)
            Issue.record("docs/cli.md regenerated; run the tests again without ROLECALL_REGENERATE_DOCS")
            return
        }
        let current = (try? String(contentsOfFile: Self.docPath, encoding: .utf8)) ?? ""
        #expect(current == expected, "docs/cli.md is stale: regenerate with `ROLECALL_REGENERATE_DOCS=1 swift test --filter CLIReferenceTests`")
    }

    @Test func everyOperationOfTheDomainIsInTheTable() {
        let names = Set(OperationTable.operations(of: .iam).map(\.name))
        for name in ["CreateRole", "AttachRolePolicy", "PutRolePolicy", "SimulatePrincipalPolicy", "SimulateCustomPolicy",
                     "CreateVirtualMFADevice", "EnableMFADevice", "SetDefaultPolicyVersion", "PutRolePermissionsBoundary"] {
            #expect(names.contains(name), "\(name)")
        }
        #expect(OperationTable.operations(of: .sts).map(\.cliName) == ["assume-role", "get-session-token", "get-caller-identity"])
        // Both ways: the CLI offers exactly what IAMKit's dynamic entry point runs.
        #expect(names == Set(IAMService.operations(of: "iam")))
        #expect(Set(OperationTable.operations(of: .sts).map(\.name)) == Set(IAMService.operations(of: "sts")))
    }

    @Test func operationHelpShowsFlagsTypesAndConstraints() {
        let (result, _) = runCLI(["iam", "create-role", "help"])
        #expect(result.stdout.contains("--role-name (string)"))
        #expect(result.stdout.contains("Constraints: length 1 to 64."))
        #expect(result.stdout.contains("[--max-session-duration <value>]"))
        let (tags, _) = runCLI(["iam", "tag-role", "--help"])
        #expect(tags.stdout.contains("Shorthand Syntax: Key=string,Value=string Key=string,Value=string ..."))
    }

    @Test func serviceAndTopLevelHelpListWhatExists() {
        #expect(runCLI(["sts", "help"]).0.stdout.contains("assume-role"))
        let top = runCLI(["--help"]).0
        #expect(top.exitCode == .success)
        #expect(top.stdout.contains("--explain"))
    }

    @Test(arguments: CompletionScript.Shell.allCases)
    func completionScriptsKnowEveryOperationAndFlag(_ shell: CompletionScript.Shell) {
        let (result, _) = runCLI(["completion", shell.rawValue])
        #expect(result.exitCode == .success)
        #expect(result.stdout.contains("create-role"))
        #expect(result.stdout.contains("role-session-name"))
        #expect(result.stdout.contains("switch-role"))
    }
}
