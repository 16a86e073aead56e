import Foundation
import Testing

/// `lab check`, `lab repair` and `lab reset` on damaged labs, and a copied record file, through
/// the real binary as a trainer would meet them.
@Suite("rolecall lab check, repair and reset on a damaged lab", .timeLimit(.minutes(2)))
struct LabMaintenanceTests {
    static let trust = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}}"#

    private func demoLab() throws -> CLIRunner {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        return runner
    }

    private func lab(_ runner: CLIRunner, _ relative: String) -> String {
        runner.directory.appendingPathComponent("lab").path + "/" + relative
    }

    @Test func aCleanLabChecksCleanWithExitZero() throws {
        let runner = try demoLab()
        let output = try runner.run(["lab", "check"])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(CLIRunner.json(output.stdout)["Clean"] as? Bool == true)
    }

    @Test func aCorruptJournalNoLongerWedgesTheLab() throws {
        let runner = try demoLab()
        try Data("{garbage".utf8).write(to: URL(fileURLWithPath: lab(runner, "journal.json")))
        #expect(try runner.run(["iam", "list-roles"]).status == 255)
        let check = try runner.run(["lab", "check"])
        #expect(check.status == 1)
        let problems = CLIRunner.json(check.stdout)["Problems"] as? [[String: Any]] ?? []
        #expect(problems.contains { $0["Code"] as? String == "corrupt-journal" }, "\(check.stdout)")
        let repair = try runner.run(["lab", "repair"])
        #expect(repair.status == 0, "\(repair.stderr)")
        let quarantine = CLIRunner.json(repair.stdout)["Quarantine"] as? String ?? ""
        #expect(FileManager.default.fileExists(atPath: lab(runner, quarantine + "/journal.json")), "moved, never deleted")
        #expect(FileManager.default.fileExists(atPath: lab(runner, quarantine + "/WHY.txt")))
        #expect(try runner.run(["iam", "list-roles"]).status == 0)
        #expect(try runner.run(["lab", "check"]).status == 0)
    }

    @Test func resetWorksOnADamagedLabAndKeepsABackup() throws {
        let runner = try demoLab()
        #expect(try runner.run(["iam", "create-role", "--role-name", "kept", "--assume-role-policy-document", Self.trust]).status == 0)
        let changes = try FileHandle(forWritingTo: URL(fileURLWithPath: lab(runner, "changes.log")))
        changes.seekToEndOfFile()
        changes.write(Data("not json\n".utf8))
        try changes.close()
        try Data("{garbage".utf8).write(to: URL(fileURLWithPath: lab(runner, "journal.json")))
        #expect(try runner.run(["iam", "list-roles"]).status == 255)
        let reset = try runner.run(["lab", "reset"])
        #expect(reset.status == 0, "\(reset.stderr)")
        #expect(try runner.run(["iam", "get-role", "--role-name", "kept"]).status == 254, "the lab is the demo lab again")
        let backups = try FileManager.default.contentsOfDirectory(atPath: lab(runner, "backup"))
        #expect(backups.count == 1)
        #expect(FileManager.default.fileExists(atPath: lab(runner, "backup/\(backups[0])/111122223333/role/kept.json")))
        #expect(try runner.run(["lab", "check"]).status == 0)
        #expect(try runner.run(["lab", "reset", "--no-backup"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: lab(runner, "backup")).count == 1)
    }

    @Test func aCopiedRoleFileIsRefusedAndTheOriginalSurvives() throws {
        let runner = try demoLab()
        #expect(try runner.run(["iam", "create-role", "--role-name", "r1", "--assume-role-policy-document", Self.trust]).status == 0)
        try FileManager.default.copyItem(atPath: lab(runner, "111122223333/role/r1.json"), toPath: lab(runner, "111122223333/role/r9.json"))
        let delete = try runner.run(["iam", "delete-role", "--role-name", "r9"])
        #expect(delete.status != 0)
        #expect(delete.stderr.contains("r9.json: the file holds the record 111122223333/role/r1"), "\(delete.stderr)")
        #expect(FileManager.default.fileExists(atPath: lab(runner, "111122223333/role/r1.json")))
        let before = try Data(contentsOf: URL(fileURLWithPath: lab(runner, "111122223333/role/r1.json")))
        #expect(try runner.run(["iam", "tag-role", "--role-name", "r9", "--tags", "Key=a,Value=b"]).status != 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: lab(runner, "111122223333/role/r1.json"))) == before)
        let check = try runner.run(["lab", "check"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("name-mismatch"))
    }

    @Test func checkReportsLinksModesDuplicateIDsAndDanglingReferencesWithoutChangingAnything() throws {
        let runner = try demoLab()
        try FileManager.default.createSymbolicLink(atPath: lab(runner, "123456789012/user/zed.json"), withDestinationPath: "/etc/passwd")
        // A copy whose name inside was edited too: only the shared unique ID gives it away.
        let alice = try String(contentsOfFile: lab(runner, "123456789012/user/alice.json"), encoding: .utf8)
        try Data(alice.replacingOccurrences(of: "\"userName\" : \"alice\"", with: "\"userName\" : \"carol\"").utf8)
            .write(to: URL(fileURLWithPath: lab(runner, "123456789012/user/carol.json")))
        chmod(lab(runner, "123456789012/user/carol.json"), 0o600)
        try FileManager.default.removeItem(atPath: lab(runner, "123456789012/user/bob.json"))
        chmod(lab(runner, "store.json"), 0o644)
        let before = runner.labSnapshot()
        let check = try runner.run(["lab", "check"])
        #expect(check.status == 1)
        let problems = CLIRunner.json(check.stdout)["Problems"] as? [[String: Any]] ?? []
        let found = Set(problems.map { "\($0["Code"] as? String ?? "") \($0["Path"] as? String ?? "")" })
        #expect(found.contains("unsafe-entry 123456789012/user/zed.json"), "\(found)")
        #expect(found.contains("duplicate-unique-id 123456789012/user/carol.json"), "\(found)")
        #expect(found.contains("permissions store.json"), "\(found)")
        #expect(problems.contains { $0["Code"] as? String == "dangling-reference" && ($0["Message"] as? String ?? "").contains("user/bob") },
                "\(found)")
        #expect(runner.labSnapshot() == before, "lab check changes nothing")
        let repair = try runner.run(["lab", "repair"])
        #expect(repair.status == 0, "\(repair.stderr)")
        let remaining = (CLIRunner.json(repair.stdout)["Remaining"] as? [String: Any])?["Problems"] as? [[String: Any]] ?? []
        #expect(remaining.map { $0["Code"] as? String } == ["dangling-reference"], "only the reference is left for a person: \(remaining)")
        #expect(FileManager.default.fileExists(atPath: lab(runner, "123456789012/user/alice.json")))
    }

    @Test func initRefusesADirectoryHoldingOnlyDotfiles() throws {
        let runner = try CLIRunner()
        try FileManager.default.createDirectory(atPath: lab(runner, ""), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: lab(runner, ".bashrc")))
        let output = try runner.run(["lab", "init"])
        #expect(output.status == 255)
        #expect(output.stderr.contains("is not a rolecall store"), "\(output.stderr)")
    }
}

/// `lab export` and `lab import`: a trainer's starting lab as one JSON file.
@Suite("rolecall lab export and import", .timeLimit(.minutes(2)))
struct LabTransferTests {
    @Test func anExportedLabImportsIntoAnIdenticalLabWithoutSecrets() throws {
        let trainer = try CLIRunner()
        #expect(try trainer.run(["lab", "init", "--demo"]).status == 0)
        let keys = try trainer.run(["--account", "123456789012", "iam", "create-access-key", "--user-name", "alice"])
        #expect(keys.status == 0, "\(keys.stderr)")
        let file = trainer.directory.appendingPathComponent("start.json").path
        #expect(try trainer.run(["lab", "export", "--file", file]).status == 0)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!text.contains("secretAccessKey") && !text.contains("base32Seed"), "no secrets without --include-secrets")
        #expect(text.hasPrefix("{\n  \"Format\": \"rolecall-lab\",\n  \"IncludesSecrets\": false,"))

        let trainee = try CLIRunner()
        let imported = try trainee.run(["lab", "import", "--file", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try trainee.run(["lab", "check"]).status == 0)
        let again = trainee.directory.appendingPathComponent("again.json").path
        #expect(try trainee.run(["lab", "export", "--file", again]).status == 0)
        #expect(try String(contentsOfFile: again, encoding: .utf8) == text, "stable: the same lab exports the same document")
        let code = try trainee.run(["lab", "mfa-code", "--serial-number", "arn:aws:iam::123456789012:mfa/alice"])
        #expect(code.status == 0, "the imported MFA device has a fresh seed: \(code.stderr)")

        let refused = try trainee.run(["lab", "import", "--file", file])
        #expect(refused.status == 255)
        #expect(refused.stderr.contains("already holds records"), "\(refused.stderr)")
        let replaced = try trainee.run(["lab", "import", "--file", file, "--replace"])
        #expect(replaced.status == 0, "\(replaced.stderr)")
        let backup = CLIRunner.json(replaced.stdout)["Backup"] as? String ?? ""
        #expect(backup.hasPrefix("backup/"))

        let secret = trainer.directory.appendingPathComponent("secret.json").path
        #expect(try trainer.run(["lab", "export", "--file", secret, "--include-secrets"]).status == 0)
        let secretText = try String(contentsOfFile: secret, encoding: .utf8)
        #expect(secretText.contains("secretAccessKey") && secretText.contains("base32Seed"))
    }

    @Test func aDocumentWithACopiedRecordIsRefusedBeforeAnythingIsWritten() throws {
        let runner = try CLIRunner()
        let document = """
            {"Format": "rolecall-lab", "SchemaVersion": 1, "IncludesSecrets": false, "Records": [
              {"Kind": "account", "Scope": "lab", "Name": "999999999999",
               "Record": {"accountID": "111122223333", "createDate": "2026-11-29T08:00:00Z", "awsManagedAttachmentCounts": {}}}]}
            """
        try runner.write("bad.json", document)
        let output = try runner.run(["lab", "import", "--file", runner.directory.appendingPathComponent("bad.json").path])
        #expect(output.status == 255)
        #expect(output.stderr.contains("holds the record lab/account/111122223333"), "\(output.stderr)")
        #expect(!FileManager.default.fileExists(atPath: runner.directory.appendingPathComponent("lab/lab").path))
    }
}
