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
