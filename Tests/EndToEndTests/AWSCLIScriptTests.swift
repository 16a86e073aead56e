import Foundation
import Testing

/// A shell script written for the real AWS CLI runs unchanged against the demo lab with
/// `rolecall` in place of `aws` (a PATH shim): role profile with MFA, paging with
/// `--max-items`/`--starting-token`, a waiter, `--query` with `--output text`, a pipe into `head`.
@Suite(.serialized) struct AWSCLIScriptTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts/cross-account-role.sh")
    static let trust = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}}"#
    static let readRoles = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":["iam:ListRoles","iam:ListAttachedRolePolicies"],"Resource":"*"}}"#

    @Test func theCrossAccountScriptRunsAsWrittenForTheAWSCLI() throws {
        var runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        try runner.write("trustpolicyforacct123456789012.json", Self.trust)
        try runner.write("readroles.json", Self.readRoles)
        // The trusted account's side: alice may assume the role and has keys in her profile.
        let dev = ["--account", "123456789012"]
        let grant = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::111122223333:role/Test-UserAccess-Role"}}"#
        #expect(try runner.run(dev + ["iam", "put-user-policy", "--user-name", "alice", "--policy-name", "AssumeRole", "--policy-document", grant]).status == 0)
        let key = CLIRunner.json(try runner.run(dev + ["iam", "create-access-key", "--user-name", "alice"]).stdout)["AccessKey"] as? [String: Any]
        let serial = "arn:aws:iam::123456789012:mfa/alice"
        let settings = [
            ["aws_access_key_id", key?["AccessKeyId"] as? String ?? "", "--profile", "alice"],
            ["aws_secret_access_key", key?["SecretAccessKey"] as? String ?? "", "--profile", "alice"],
            ["profile.crossaccount.role_arn", "arn:aws:iam::111122223333:role/Test-UserAccess-Role"],
            ["profile.crossaccount.source_profile", "alice"],
            ["profile.crossaccount.mfa_serial", serial],
            ["profile.crossaccount.role_session_name", "alice-cli"],
        ]
        for setting in settings {
            let set = try runner.run(["configure", "set"] + setting)
            #expect(set.status == 0, "\(setting): \(set.stderr)")
        }
        let code = try runner.run(["lab", "mfa-code", "--serial-number", serial, "--query", "Code", "--output", "text"]).stdout
        // `aws` on PATH is rolecall.
        let shim = runner.directory.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: shim, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: shim.appendingPathComponent("aws"), withDestinationURL: CLIRunner.binary)
        runner.variables["PATH"] = shim.path + ":/usr/bin:/bin"
        // No controlling terminal (setsid): the MFA prompt goes to stderr and the code is read
        // from stdin, as getpass does.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        process.arguments = ["/bin/bash", Self.script.path]
        process.environment = runner.variables
        process.currentDirectoryURL = runner.directory
        let input = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        input.fileHandleForWriting.write(Data(code.utf8))
        try input.fileHandleForWriting.close()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        #expect(stdout == """
            arn:aws:iam::111122223333:role/Test-UserAccess-Role
            arn:aws:sts::111122223333:assumed-role/Test-UserAccess-Role/alice-cli
            page 1: App1 App2
            page 2: App3 App4
            page 3: Test-UserAccess-Role
            PolicyForRole
            App1\tApp2\tApp3\tApp4

            """, "\(stderr)")
        #expect(stderr == "Enter MFA code for \(serial): ")
    }
}
