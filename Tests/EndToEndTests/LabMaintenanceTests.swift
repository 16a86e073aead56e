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

    /// Found by the CLI fuzz test (seed 20261206, case 385): a reset refused for its account
    /// ID had already set the old lab aside.
    @Test func aResetRefusedForItsAccountIDLeavesTheLabInPlace() throws {
        let runner = try demoLab()
        #expect(try runner.run(["iam", "create-role", "--role-name", "kept", "--assume-role-policy-document", Self.trust]).status == 0)
        let reset = try runner.run(["lab", "reset", "--account-id", "12345678901x"])
        #expect(reset.status == 254, "\(reset.stderr)")
        #expect(reset.stderr.contains("Account ID 12345678901x must be 12 digits."))
        #expect(try runner.run(["iam", "get-role", "--role-name", "kept"]).status == 0, "the role is still there")
        #expect(!FileManager.default.fileExists(atPath: lab(runner, "backup")), "nothing was set aside")
    }

    /// Found by the CLI fuzz test (seed 20261206, case 158): the lab's own AWS CLI config file
    /// (`configure set`) made `lab check` report a stray file.
    @Test func theLabsAWSConfigFilesAreNotStrayFiles() throws {
        let runner = try demoLab()
        #expect(try runner.run(["configure", "set", "output", "json"]).status == 0)
        let check = try runner.run(["lab", "check"])
        #expect(check.status == 0, "\(check.stdout)")
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
        #expect(!remaining.isEmpty && remaining.allSatisfy { $0["Code"] as? String == "dangling-reference" },
                "only the references to bob are left for a person: \(remaining)")
        #expect(FileManager.default.fileExists(atPath: lab(runner, "123456789012/user/alice.json")))
    }

    /// Rewrites one record file by hand, as a trainee with an editor would.
    private func edit(_ runner: CLIRunner, _ relative: String, _ change: (inout [String: Any]) -> Void) throws {
        let url = URL(fileURLWithPath: lab(runner, relative))
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
        change(&object)
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: url)
        chmod(url.path, 0o600)
    }

    @Test("lab check reports every reference that does not resolve, with its file; lab repair reports them and deletes nothing")
    func checkFollowsReferencesBetweenRecords() throws {
        let runner = try demoLab()
        let dev = ["--account", "123456789012"]
        let policy = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}}"#
        for name in ["Attached", "Boundary"] {
            #expect(try runner.run(dev + ["iam", "create-policy", "--policy-name", name, "--policy-document", policy]).status == 0)
        }
        #expect(try runner.run(dev + ["iam", "create-role", "--role-name", "ops", "--assume-role-policy-document", Self.trust]).status == 0)
        #expect(try runner.run(dev + ["iam", "attach-role-policy", "--role-name", "ops",
                                      "--policy-arn", "arn:aws:iam::123456789012:policy/Attached"]).status == 0)
        #expect(try runner.run(dev + ["iam", "attach-role-policy", "--role-name", "ops",
                                      "--policy-arn", "arn:aws:iam::aws:policy/ReadOnlyAccess"]).status == 0)
        #expect(try runner.run(dev + ["iam", "create-user", "--user-name", "kim", "--permissions-boundary",
                                      "arn:aws:iam::123456789012:policy/Boundary"]).status == 0)
        #expect(try runner.run(dev + ["iam", "create-access-key", "--user-name", "alice"]).status == 0)
        let roleID = CLIRunner.json(try runner.run(dev + ["iam", "get-role", "--role-name", "ops"]).stdout)["Role"]
            .flatMap { ($0 as? [String: Any])?["RoleId"] as? String } ?? ""
        #expect(try runner.run(["lab", "check"]).status == 0, "clean before the damage")

        // The damage: policy files deleted, a membership kept on one side only, alice's user
        // file deleted (her MFA device, her access key and her membership now point nowhere),
        // and the role's unique-ID index entry deleted.
        try FileManager.default.removeItem(atPath: lab(runner, "123456789012/policy/attached.json"))
        try FileManager.default.removeItem(atPath: lab(runner, "123456789012/policy/boundary.json"))
        try edit(runner, "123456789012/group/developers.json") { group in
            group["userNames"] = (group["userNames"] as? [String] ?? []).filter { $0 != "bob" }
        }
        try FileManager.default.removeItem(atPath: lab(runner, "123456789012/user/alice.json"))
        let indexFiles = try FileManager.default.contentsOfDirectory(atPath: lab(runner, "lab/uniqueID"))
        let opsEntry = try #require(indexFiles.first { name in
            (try? String(contentsOfFile: lab(runner, "lab/uniqueID/" + name), encoding: .utf8))?.contains(":role/ops\"") == true
        })
        try FileManager.default.removeItem(atPath: lab(runner, "lab/uniqueID/" + opsEntry))
        let before = runner.labSnapshot()

        let check = try runner.run(["lab", "check"])
        #expect(check.status == 1)
        let problems = CLIRunner.json(check.stdout)["Problems"] as? [[String: Any]] ?? []
        func has(_ code: String, _ path: String, _ text: String) -> Bool {
            problems.contains { $0["Code"] as? String == code && $0["Path"] as? String == path
                && ($0["Message"] as? String ?? "").contains(text) }
        }
        #expect(has("dangling-reference", "123456789012/role/ops.json",
                    "role ops attaches the managed policy arn:aws:iam::123456789012:policy/Attached, which the lab does not hold"), "\(problems)")
        #expect(!problems.contains { ($0["Message"] as? String ?? "").contains("ReadOnlyAccess") }, "an AWS managed policy resolves")
        #expect(has("dangling-reference", "123456789012/user/kim.json",
                    "user kim has the permissions boundary arn:aws:iam::123456789012:policy/Boundary, which the lab does not hold"), "\(problems)")
        #expect(has("one-sided-membership", "123456789012/user/bob.json",
                    "user bob names group Developers, but 123456789012/group/developers.json does not list the user"), "\(problems)")
        #expect(has("dangling-reference", "123456789012/group/developers.json",
                    "group Developers lists user alice, which the lab does not hold"), "\(problems)")
        #expect(has("dangling-reference", "123456789012/mfaDevice/alice.json",
                    "MFA device arn:aws:iam::123456789012:mfa/alice is assigned to user alice, which the lab does not hold"), "\(problems)")
        #expect(problems.contains { $0["Code"] as? String == "dangling-reference" && ($0["Path"] as? String ?? "").hasPrefix("lab/accessKey/")
                    && ($0["Message"] as? String ?? "").contains("belongs to user alice of account 123456789012") }, "\(problems)")
        #expect(has("missing-index-entry", "123456789012/role/ops.json",
                    "holds the unique ID \(roleID), which the unique-ID index (lab/uniqueID/) does not list"), "\(problems)")
        #expect(runner.labSnapshot() == before, "lab check changes nothing")

        let repair = try runner.run(["lab", "repair"])
        #expect(repair.status == 0, "\(repair.stderr)")
        let remaining = (CLIRunner.json(repair.stdout)["Remaining"] as? [String: Any])?["Problems"] as? [[String: Any]] ?? []
        #expect(remaining.count == problems.count, "repair reports what it cannot fix without deleting: \(remaining)")
        #expect(runner.labSnapshot() == before, "and deletes nothing")
    }

    @Test("a user file copied by hand with another user's unique ID cannot act as that user: the request is refused")
    func aRecordClaimingAnotherUniqueIDIsRefused() throws {
        let runner = try demoLab()
        let alice = try String(contentsOfFile: lab(runner, "123456789012/user/alice.json"), encoding: .utf8)
        let carol = alice.replacingOccurrences(of: "\"userName\" : \"alice\"", with: "\"userName\" : \"carol\"")
            .replacingOccurrences(of: ":user/alice", with: ":user/carol")
        try Data(carol.utf8).write(to: URL(fileURLWithPath: lab(runner, "123456789012/user/carol.json")))
        chmod(lab(runner, "123456789012/user/carol.json"), 0o600)
        let key = try runner.run(["--account", "123456789012", "iam", "create-access-key", "--user-name", "carol"])
        #expect(key.status == 0, "\(key.stderr)")
        let created = CLIRunner.json(key.stdout)["AccessKey"] as? [String: Any] ?? [:]
        let credentials = ["AWS_ACCESS_KEY_ID": created["AccessKeyId"] as? String ?? "",
                           "AWS_SECRET_ACCESS_KEY": created["SecretAccessKey"] as? String ?? ""]
        let acting = try runner.run(["iam", "list-roles"], extra: credentials)
        #expect(acting.status != 0)
        #expect(acting.stderr.contains("claims the unique ID"), "\(acting.stderr)")
        #expect(acting.stderr.contains("arn:aws:iam::123456789012:user/alice"), "\(acting.stderr)")
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

    @Test("lab export FILE and lab import FILE take the file as a bare word, as --file does")
    func theFileIsAlsoAPositionalArgument() throws {
        let trainer = try CLIRunner()
        #expect(try trainer.run(["lab", "init", "--demo"]).status == 0)
        let file = trainer.directory.appendingPathComponent("start.json").path
        let exported = try trainer.run(["lab", "export", file])
        #expect(exported.status == 0, "\(exported.stderr)")
        let viaFlag = trainer.directory.appendingPathComponent("flag.json").path
        #expect(try trainer.run(["lab", "export", "--file", viaFlag]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == String(contentsOfFile: viaFlag, encoding: .utf8))

        let trainee = try CLIRunner()
        let imported = try trainee.run(["lab", "import", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        let replaced = try trainee.run(["lab", "import", "--replace", file])
        #expect(replaced.status == 0, "\(replaced.stderr)")

        let twice = try trainee.run(["lab", "export", file, "--file", viaFlag])
        #expect(twice.status == 252)
        #expect(twice.stderr.contains("argument --file: not allowed with argument FILE"), "\(twice.stderr)")
        let extra = try trainee.run(["lab", "export", file, "other.json"])
        #expect(extra.status == 252)
        #expect(extra.stderr.contains("Unknown options: other.json"), "\(extra.stderr)")
        let missing = try trainee.run(["lab", "export"])
        #expect(missing.status == 252)
        #expect(missing.stderr.contains("the following arguments are required: --file"), "\(missing.stderr)")
        let aws = try trainee.run(["--account", "123456789012", "iam", "get-role", "admin"])
        #expect(aws.status == 252, "AWS operations still take no bare words")
        #expect(aws.stderr.contains("the following arguments are required: --role-name"), "a bare word is not a role name: \(aws.stderr)")
    }

    @Test("lab import and --exercise read only a regular file within the CLI's limit: /dev/zero, a FIFO and a file of 16 MiB + 1 are refused at once and change nothing")
    func importRefusesDevicesFIFOsAndHugeFiles() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        let fifo = runner.directory.appendingPathComponent("pipe.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let big = runner.directory.appendingPathComponent("big.json").path
        #expect(FileManager.default.createFile(atPath: big, contents: Data(count: 16 * 1_048_576 + 1)))
        let before = runner.labSnapshot()
        let cases: [([String], String)] = [
            (["lab", "import", "--replace", "/dev/zero"], "cannot read /dev/zero: '/dev/zero' is not a regular file (it is a character device)"),
            (["lab", "import", "--replace", "pipe.json"], "cannot read pipe.json: 'pipe.json' is not a regular file (it is a FIFO)"),
            (["lab", "import", "--replace", "big.json"], "cannot read big.json: the file is larger than 16 MiB (16777216 bytes)"),
            (["lab", "exercise", "start", "--exercise", "/dev/zero", "--yes"], "cannot read /dev/zero: '/dev/zero' is not a regular file"),
            (["lab", "exercise", "start", "--exercise", "pipe.json", "--yes"], "cannot read pipe.json: 'pipe.json' is not a regular file"),
        ]
        for (arguments, message) in cases {
            let started = Date()
            let output = try runner.run(arguments)
            #expect(output.status == 255, "\(arguments): \(output.stderr)")
            #expect(output.stderr.contains(message), "\(arguments): \(output.stderr)")
            #expect(Date().timeIntervalSince(started) < 10, "\(arguments) took too long")
        }
        #expect(runner.labSnapshot() == before, "a refused import changed the lab")
    }

    @Test("an export with secrets is private (0600), and an export leaves no temporary file behind")
    func anExportWithSecretsIsPrivate() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        #expect(try runner.run(["lab", "export", "plain.json"]).status == 0)
        #expect(try runner.run(["lab", "export", "secret.json", "--include-secrets"]).status == 0)
        let secret = try FileManager.default.attributesOfItem(atPath: runner.directory.appendingPathComponent("secret.json").path)
        #expect((secret[.posixPermissions] as? Int).map { $0 & 0o777 } == 0o600)
        let names = try FileManager.default.contentsOfDirectory(atPath: runner.directory.path)
        #expect(!names.contains { $0.hasSuffix(".tmp") }, "\(names)")
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
