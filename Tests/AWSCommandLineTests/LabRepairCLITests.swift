import AWSCommandLine
import Foundation
import Testing

/// Issue #13: "a corrupt journal or change log wedges the lab for good". The journal case runs
/// through the binary (LabMaintenanceTests); this is the change log alone, in-process.
@Suite("lab check and repair on a corrupt change log")
struct LabRepairCLITests {
    static let trust = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}}"#

    @Test func aCorruptChangeLogIsReportedMovedAsideByRepairAndTheLabWorksAgain() throws {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        #expect(lab.run(["iam", "create-role", "--role-name", "kept", "--assume-role-policy-document", Self.trust]).exitCode == .success)
        let changes = try FileHandle(forWritingTo: URL(fileURLWithPath: lab.path + "/changes.log"))
        changes.seekToEndOfFile()
        changes.write(Data("{\"generation\": \"not a number\n".utf8))
        try changes.close()

        let check = lab.run(["lab", "check", "--output", "json"])
        #expect(check.exitCode == .problemsFound)
        let problems = TemporaryLab.json(check.stdout)["Problems"] as? [[String: Any]] ?? []
        #expect(problems.contains { $0["Code"] as? String == "corrupt-change-log" && $0["Path"] as? String == "changes.log" }, "\(check.stdout)")

        let repair = lab.run(["lab", "repair"])
        #expect(repair.exitCode == .success, "\(repair.stderr)")
        let quarantine = try #require(TemporaryLab.json(repair.stdout)["Quarantine"] as? String)
        #expect(FileManager.default.fileExists(atPath: lab.path + "/" + quarantine + "/changes.log"), "moved, never deleted")
        let roles = lab.run(["iam", "get-role", "--role-name", "kept"])
        #expect(roles.exitCode == .success, "\(roles.stderr)")
        #expect(lab.run(["iam", "tag-role", "--role-name", "kept", "--tags", "Key=a,Value=b"]).exitCode == .success)
        #expect(lab.run(["lab", "check", "--output", "json"]).exitCode == .success)
    }
}
