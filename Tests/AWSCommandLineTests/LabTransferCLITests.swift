@testable import AWSCommandLine
import Foundation
import Testing

/// `lab export FILE`, `lab import FILE` and `lab exercise start --exercise FILE` reach files only
/// through the command's environment (issue #13): in-process runs write nothing into the
/// working directory, a file over the CLI's limit is refused before the lab is touched, and an
/// export without secrets holds no reference to a record it left out.
@Suite("lab export and import through the CLI")
struct LabTransferCLITests {
    /// A file name no test creates elsewhere, relative to the working directory.
    private static func uniqueName() -> String { "rolecall-transfer-\(UUID().uuidString.prefix(8)).json" }

    private static func workingDirectoryHolds(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/" + name)
    }

    @Test func exportWritesToTheEnvironmentNotIntoTheWorkingDirectory() throws {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        let name = Self.uniqueName()
        let exported = lab.run(["lab", "export", name])
        #expect(exported.exitCode == .success, "\(exported.stderr)")
        defer { try? FileManager.default.removeItem(atPath: FileManager.default.currentDirectoryPath + "/" + name) }
        #expect(!Self.workingDirectoryHolds(name), "lab export wrote \(name) into the process's working directory")
        let document = try #require(lab.files[name], "the environment holds the export")
        #expect(document.contains("\"Format\": \"rolecall-lab\""))
        #expect(TemporaryLab.json(exported.stdout)["File"] as? String == name)
    }

    @Test func importReadsTheEnvironmentsFile() throws {
        let trainer = TemporaryLab()
        #expect(trainer.run(["lab", "init", "--demo"]).exitCode == .success)
        #expect(trainer.run(["lab", "export", "start.json"]).exitCode == .success)
        let trainee = TemporaryLab()
        let imported = trainee.run(["lab", "import", "start.json"], files: trainer.files)
        #expect(imported.exitCode == .success, "\(imported.stderr)")
        #expect(trainee.run(["--account", "123456789012", "iam", "get-user", "--user-name", "alice"]).exitCode == .success)
        let missing = TemporaryLab().run(["lab", "import", "nowhere.json"])
        #expect(missing.exitCode == .other)
        #expect(missing.stderr.contains("nowhere.json") && missing.stderr.contains("No such file or directory"), "\(missing.stderr)")
    }

    @Test func anImportFileOverTheCLIsLimitIsRefusedAndChangesNothing() throws {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        let before = lab.snapshot()
        let huge = String(repeating: " ", count: ParamFile.maximumSize + 1)
        let refused = lab.run(["lab", "import", "--replace", "huge.json"], files: ["huge.json": huge])
        #expect(refused.exitCode == .other)
        #expect(refused.stderr.contains("huge.json") && refused.stderr.contains("larger than 16 MiB"), "\(refused.stderr)")
        #expect(lab.snapshot() == before, "a refused import changed the lab")
        let empty = TemporaryLab()
        #expect(empty.run(["lab", "import", "huge.json"], files: ["huge.json": huge]).exitCode == .other)
        #expect(!FileManager.default.fileExists(atPath: empty.path), "a refused import created a lab")
    }

    @Test func anImportFileThatIsNotUTF8IsRefused() {
        let lab = TemporaryLab()
        let refused = lab.run(["lab", "import", "latin1.json"], files: [:], bytes: ["latin1.json": [0x7B, 0xE9, 0x7D]])
        #expect(refused.exitCode == .other)
        #expect(refused.stderr.contains("latin1.json") && refused.stderr.contains("UTF-8"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: lab.path))
    }

    @Test func anExerciseFileIsReadFromTheEnvironmentWithTheSameLimit() {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        let huge = String(repeating: " ", count: ParamFile.maximumSize + 1)
        let refused = lab.run(["lab", "exercise", "start", "--exercise", "big.json", "--yes"], files: ["big.json": huge])
        #expect(refused.exitCode == .other)
        #expect(refused.stderr.contains("big.json") && refused.stderr.contains("larger than 16 MiB"), "\(refused.stderr)")
        let missing = lab.run(["lab", "exercise", "start", "--exercise", "gone.json", "--yes"])
        #expect(missing.stderr.contains("gone.json") && missing.stderr.contains("No such file or directory"), "\(missing.stderr)")
    }

    @Test func anExportWithoutSecretsKeepsNoReferenceToWhatItLeftOut() throws {
        let trainer = TemporaryLab()
        #expect(trainer.run(["lab", "init", "--demo"]).exitCode == .success)
        let development = ["--account", "123456789012"]
        #expect(trainer.run(development + ["iam", "create-access-key", "--user-name", "alice"]).exitCode == .success)
        // bob signs in to the demo console with a password; carol gets one here.
        #expect(trainer.run(development + ["iam", "create-user", "--user-name", "carol"]).exitCode == .success)
        let password = trainer.run(development + ["iam", "create-login-profile", "--user-name", "carol", "--password", "Lab-Passw0rd!"])
        #expect(password.exitCode == .success, "\(password.stderr)")
        #expect(trainer.run(["lab", "export", "start.json"]).exitCode == .success)
        let document = try #require(trainer.files["start.json"])
        #expect(!document.contains("AKIA"), "the export names an access key it left out")
        #expect(!document.contains("passwordDigest"), "the export holds a password digest without --include-secrets")

        let trainee = TemporaryLab()
        #expect(trainee.run(["lab", "import", "start.json"], files: trainer.files).exitCode == .success)
        let check = trainee.run(["lab", "check", "--output", "json"])
        #expect(check.exitCode == .success, "the imported lab checks clean: \(check.stdout)")
        let keys = TemporaryLab.json(trainee.run(development + ["iam", "list-access-keys", "--user-name", "alice"]).stdout)
        #expect((keys["AccessKeyMetadata"] as? [Any])?.isEmpty == true)
        // Before the fix alice still listed the dropped key, so deleting her met DeleteConflict.
        for user in ["bob", "carol"] {
            #expect(trainee.run(development + ["iam", "get-login-profile", "--user-name", user]).stderr.contains("NoSuchEntity"))
        }

        #expect(trainer.run(["lab", "export", "all.json", "--include-secrets"]).exitCode == .success)
        let secret = try #require(trainer.files["all.json"])
        #expect(secret.contains("AKIA") && secret.contains("passwordDigest"), "--include-secrets keeps keys and passwords")
    }

    @Test func anOlderExportNamingLeftOutKeysImportsWithoutThem() throws {
        let trainer = TemporaryLab()
        #expect(trainer.run(["lab", "init", "--demo"]).exitCode == .success)
        #expect(trainer.run(["lab", "export", "start.json"]).exitCode == .success)
        // What exports wrote before the fix: alice's record still listing a key the file lacks.
        let exported = try #require(trainer.files["start.json"])
        let parsed = try JSONSerialization.jsonObject(with: Data(exported.utf8))
        var document = try #require(parsed as? [String: Any])
        var records = try #require(document["Records"] as? [[String: Any]])
        let aliceIndex = records.firstIndex { $0["Kind"] as? String == "user" && $0["Name"] as? String == "alice" }
        let alice = try #require(aliceIndex)
        var record = try #require(records[alice]["Record"] as? [String: Any])
        record["accessKeyIDs"] = ["AKIAOLDEXPORTKEY0001"]
        records[alice]["Record"] = record
        document["Records"] = records
        let old = String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self)
        let trainee = TemporaryLab()
        let imported = trainee.run(["lab", "import", "old.json"], files: ["old.json": old])
        #expect(imported.exitCode == .success, "\(imported.stderr)")
        let check = trainee.run(["lab", "check", "--output", "json"])
        #expect(check.exitCode == .success, "\(check.stdout)")
        #expect(!trainee.snapshot().values.contains { String(decoding: $0, as: UTF8.self).contains("AKIAOLDEXPORTKEY0001") })
    }

    @Test("lab check follows a user's list of access keys both ways")
    func checkFollowsAUsersAccessKeyListBothWays() throws {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        let created = TemporaryLab.json(lab.run(["--account", "123456789012", "iam", "create-access-key", "--user-name", "bob"]).stdout)
        let keyID = try #require((created["AccessKey"] as? [String: Any])?["AccessKeyId"] as? String)
        #expect(lab.run(["lab", "check", "--output", "json"]).exitCode == .success)
        let bob = lab.path + "/123456789012/user/bob.json"
        func setKeys(_ ids: [String]) throws {
            var user = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: bob))) as? [String: Any])
            user["accessKeyIDs"] = ids
            try JSONSerialization.data(withJSONObject: user, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: bob))
            chmod(bob, 0o600)
        }
        func problems() -> [[String: Any]] {
            TemporaryLab.json(lab.run(["lab", "check", "--output", "json"]).stdout)["Problems"] as? [[String: Any]] ?? []
        }
        // The key's file name, as the store escapes it: upper-case letters become %XX so two
        // names differing only in case never collide on a case-insensitive file system.
        let keyFile = keyID.unicodeScalars.map { $0.properties.isUppercase ? "%" + String($0.value, radix: 16, uppercase: true) : String($0) }.joined()
        #expect(FileManager.default.fileExists(atPath: lab.path + "/lab/accessKey/\(keyFile).json"))
        try setKeys([])
        #expect(problems().contains { $0["Code"] as? String == "one-sided-membership" && $0["Path"] as? String == "lab/accessKey/\(keyFile).json"
            && ($0["Message"] as? String ?? "").contains("belongs to user bob, but 123456789012/user/bob.json does not list it") }, "\(problems())")
        try setKeys([keyID, "AKIANOSUCHKEY0000001"])
        #expect(problems().contains { $0["Code"] as? String == "dangling-reference" && $0["Path"] as? String == "123456789012/user/bob.json"
            && ($0["Message"] as? String ?? "").contains("user bob lists the access key AKIANOSUCHKEY0000001, which the lab does not hold") },
                "\(problems())")
    }
}
