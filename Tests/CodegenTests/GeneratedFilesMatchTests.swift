import Foundation
import Testing
@testable import RolecallCodegen

/// The committed `Sources/AWSCommandLine/Generated/` must be exactly what the generator
/// makes from the committed models: no hand edits, no stale files.
@Suite struct GeneratedFilesMatchTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func regeneratingIntoATemporaryFolderChangesNothing() throws {
        let files = try CodeGenerator.generate(models: try CodeGenerator.loadModels(packageRoot: Self.packageRoot))
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("rolecall-codegen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temporary) }
        for (name, text) in files { try Data(text.utf8).write(to: temporary.appendingPathComponent(name)) }
        let committedFolder = Self.packageRoot.appendingPathComponent(CodeGenerator.outputFolder)
        let committed = Set(try FileManager.default.contentsOfDirectory(atPath: committedFolder.path))
        #expect(committed == Set(files.keys), "files in Generated/ that the generator does not make, or the reverse")
        for name in files.keys.sorted() {
            let fresh = try String(contentsOf: temporary.appendingPathComponent(name), encoding: .utf8)
            let onDisk = (try? String(contentsOf: committedFolder.appendingPathComponent(name), encoding: .utf8)) ?? ""
            let firstDifference = zip(fresh.split(separator: "\n", omittingEmptySubsequences: false),
                                      onDisk.split(separator: "\n", omittingEmptySubsequences: false))
                .enumerated().first { $0.element.0 != $0.element.1 }
            #expect(fresh == onDisk, "\(name) differs from the generator's output at line \((firstDifference?.offset ?? 0) + 1): run `swift run rolecall-codegen generate`")
        }
    }

    @Test func cliNamesFollowBotocore() {
        #expect(CLIName.of("RoleName") == "role-name")
        #expect(CLIName.of("PolicyARNs") == "policy-arns")
        #expect(CLIName.of("SAMLProviderArn") == "saml-provider-arn")
        #expect(CLIName.of("ListMFADevices") == "list-mfa-devices")
    }

    @Test func summariesAreTheFirstSentenceWithoutMarkup() {
        #expect(DocumentationSummary.firstSentence(of: "<p>Use <a href=\"x\">UpdateRole</a> instead.</p> <p>More. Text.</p>") == "Use UpdateRole instead.")
    }
}
