import Foundation
import Testing
@testable import RolecallCodegen

/// The committed `Sources/AWSCommandLine/Generated/` and `Sources/IAMKit/Generated/` must be
/// exactly what the generator makes from the committed models: no hand edits, no stale files.
@Suite struct GeneratedFilesMatchTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func regeneratingIntoATemporaryFolderChangesNothing() throws {
        let folders = try CodeGenerator.generate(models: try CodeGenerator.loadModels(packageRoot: Self.packageRoot))
        #expect(Set(folders.keys) == [CodeGenerator.outputFolder, CodeGenerator.domainOutputFolder])
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("rolecall-codegen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        for (folder, files) in folders {
            let fresh = temporary.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: fresh, withIntermediateDirectories: true)
            for (name, text) in files { try Data(text.utf8).write(to: fresh.appendingPathComponent(name)) }
            let committedFolder = Self.packageRoot.appendingPathComponent(folder)
            let committed = Set(try FileManager.default.contentsOfDirectory(atPath: committedFolder.path))
            #expect(committed == Set(files.keys), "files in \(folder) that the generator does not make, or the reverse")
            for name in files.keys.sorted() {
                let made = try String(contentsOf: fresh.appendingPathComponent(name), encoding: .utf8)
                let onDisk = (try? String(contentsOf: committedFolder.appendingPathComponent(name), encoding: .utf8)) ?? ""
                let firstDifference = zip(made.split(separator: "\n", omittingEmptySubsequences: false),
                                          onDisk.split(separator: "\n", omittingEmptySubsequences: false))
                    .enumerated().first { $0.element.0 != $0.element.1 }
                #expect(made == onDisk, "\(folder)/\(name) differs from the generator's output at line \((firstDifference?.offset ?? 0) + 1): run `swift run rolecall-codegen generate`")
            }
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
