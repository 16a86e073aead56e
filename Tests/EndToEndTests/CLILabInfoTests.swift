import Foundation
import Testing

/// Issue #19: `lab info` works before any lab exists (exit 0, says how to create one) and lists
/// every path rolecall reads or writes, as `k9s info` does.
@Suite struct CLILabInfoTests {
    static func paths(_ info: [String: Any]) -> [String: String] {
        var result: [String: String] = [:]
        for case let entry as [String: Any] in info["Paths"] as? [Any] ?? [] {
            if let name = entry["Name"] as? String, let path = entry["Path"] as? String { result[name] = path }
        }
        return result
    }

    @Test func withoutALabItExitsZeroAndSaysHowToCreateOne() throws {
        let runner = try CLIRunner()
        let output = try runner.run(["lab", "info"], extra: ["XDG_CONFIG_HOME": runner.directory.path + "/config"])
        #expect(output.status == 0, "\(output.stderr)")
        let info = CLIRunner.json(output.stdout)
        #expect(info["LabExists"] as? Bool == false)
        #expect((info["Hint"] as? String)?.contains("rolecall lab init --demo") == true)
        let lab = runner.directory.appendingPathComponent("lab").path
        let paths = Self.paths(info)
        #expect(paths["Store"] == lab)
        #expect(paths["Audit"] == lab + "/audit")
        #expect(paths["Profiles"] == lab + "/lab/profile")
        #expect(paths["Config"] == runner.directory.path + "/config/rolecall/config.json")
        #expect(paths["UserThemes"] == runner.directory.path + "/config/rolecall/themes")
        #expect(!FileManager.default.fileExists(atPath: lab), "lab info created a lab")
    }

    @Test func withALabItListsThePathsThatExistAndTheAccounts() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        #expect(try runner.run(["iam", "create-user", "--user-name", "carol"]).status == 0)
        let output = try runner.run(["lab", "info"])
        let info = CLIRunner.json(output.stdout)
        #expect(info["LabExists"] as? Bool == true)
        #expect(info["CurrentAccount"] as? String == "111122223333")
        #expect((info["Accounts"] as? [Any])?.count == 2)
        let audit = (info["Paths"] as? [[String: Any]])?.first { $0["Name"] as? String == "Audit" }
        #expect(audit?["Exists"] as? Bool == true, "the audit log written by create-user is not reported: \(output.stdout)")
        #expect(Self.paths(info)["Config"] == runner.directory.path + "/.config/rolecall/config.json")
        let table = try runner.run(["lab", "info", "--output", "table"])
        #expect(table.status == 0)
        #expect(table.stdout.contains(runner.directory.path + "/lab/audit"))
    }
}

/// `rolecall configure export-credentials`, as AWS CLI v2 spells and prints it
/// (awscli/customizations/configure/exportcreds.py).
@Suite struct CLIExportCredentialsTests {
    @Test func envFormatExportsTheVariablesAndEvalAdoptsThem() throws {
        let (runner, credentials) = try CLIAccountOptionTests.labWithAliceKey()
        let env = try runner.run(["configure", "export-credentials", "--format", "env"], extra: credentials)
        #expect(env.status == 0, "\(env.stderr)")
        #expect(env.stdout == "export AWS_ACCESS_KEY_ID=\(credentials["AWS_ACCESS_KEY_ID"] ?? "")\n"
            + "export AWS_SECRET_ACCESS_KEY=\(credentials["AWS_SECRET_ACCESS_KEY"] ?? "")\n")
        let noExport = try runner.run(["configure", "export-credentials", "--format", "env-no-export", "--output", "table"], extra: credentials)
        #expect(noExport.stdout.hasPrefix("AWS_ACCESS_KEY_ID="), "--output must be ignored: \(noExport.stdout)")
        // A saved profile of a role session carries its token and expiration.
        #expect(try runner.run(["lab", "save-profile", "--profile-name", "alice"], extra: credentials).status == 0)
        let process = try runner.run(["configure", "export-credentials", "--profile", "alice"])
        #expect(process.stdout == "{\n  \"Version\": 1,\n  \"AccessKeyId\": \"\(credentials["AWS_ACCESS_KEY_ID"] ?? "")\",\n"
            + "  \"SecretAccessKey\": \"\(credentials["AWS_SECRET_ACCESS_KEY"] ?? "")\"\n}\n", "the AWS CLI's json.dumps(indent=2) layout")
        let json = CLIRunner.json(process.stdout)
        #expect(json["Version"] as? Int == 1)
        #expect(json["AccessKeyId"] as? String == credentials["AWS_ACCESS_KEY_ID"])
        #expect(json["SessionToken"] == nil)
        // eval in a real shell: the identity is alice's.
        let shell = "eval \"$('\(CLIRunner.binary.path)' configure export-credentials --profile alice --format env)\" && "
            + "'\(CLIRunner.binary.path)' sts get-caller-identity --query Arn --output text"
        let process2 = Process()
        process2.executableURL = URL(fileURLWithPath: "/bin/bash")
        process2.arguments = ["-c", shell]
        process2.environment = runner.variables
        process2.currentDirectoryURL = runner.directory
        let pipe = Pipe()
        process2.standardOutput = pipe
        try process2.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process2.waitUntilExit()
        #expect(text == "arn:aws:iam::123456789012:user/alice\n")
    }

    @Test func aSavedRoleSessionExportsItsTokenAndTheLabsExpiration() throws {
        let (runner, credentials) = try CLIAccountOptionTests.labWithAliceKey()
        let trust = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}}"#
        #expect(try runner.run(["iam", "create-role", "--role-name", "Plain", "--assume-role-policy-document", trust]).status == 0)
        #expect(try runner.run(["--account", "development", "iam", "put-user-policy", "--user-name", "alice", "--policy-name", "p",
                                "--policy-document", #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}}"#]).status == 0)
        let assumed = try runner.run(["sts", "assume-role", "--role-arn", "arn:aws:iam::111122223333:role/Plain", "--role-session-name", "s1",
                                      "--query", "Credentials.[AccessKeyId,SecretAccessKey,SessionToken]", "--output", "text"], extra: credentials)
        let parts = assumed.stdout.trimmingCharacters(in: .newlines).components(separatedBy: "\t")
        try #require(parts.count == 3, "\(assumed.stderr)")
        #expect(try runner.run(["lab", "save-profile", "--profile-name", "role", "--access-key-id", parts[0],
                                "--secret-access-key", parts[1], "--session-token", parts[2]]).status == 0)
        let env = try runner.run(["configure", "export-credentials", "--profile", "role", "--format", "env"])
        #expect(env.stdout == "export AWS_ACCESS_KEY_ID=\(parts[0])\nexport AWS_SECRET_ACCESS_KEY=\(parts[1])\n"
            + "export AWS_SESSION_TOKEN=\(parts[2])\nexport AWS_CREDENTIAL_EXPIRATION=2026-11-29T09:00:00+00:00\n", "\(env.stderr)")
    }

    @Test func withoutCredentialsItIsAConfigurationError253() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        let output = try runner.run(["configure", "export-credentials", "--format", "env"])
        #expect(output.status == 253)
        #expect(output.stderr.hasPrefix("\nUnable to retrieve credentials: no credentials found\n"), "\(output.stderr)")
        let bad = try runner.run(["configure", "export-credentials", "--format", "yaml"])
        #expect(bad.status == 252)
        #expect(bad.stderr.contains("argument --format: Invalid choice"), "\(bad.stderr)")
    }
}
