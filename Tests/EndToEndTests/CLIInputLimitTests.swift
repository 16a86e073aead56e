import Foundation
import Testing

/// Issue #14 through the real binary: input that used to crash it (exit 132, 139) or grow its
/// memory without bound is refused with a clear message and the AWS CLI's usage code (252),
/// before anything is written.
@Suite(.serialized) struct CLIInputLimitTests {
    func demoLab() throws -> CLIRunner {
        let runner = try CLIRunner()
        let initialized = try runner.run(["lab", "init", "--demo"])
        #expect(initialized.status == 0, "\(initialized.stderr)")
        return runner
    }

    @Test func deviceFilesAreRefusedAsParameterFiles() throws {
        let runner = try demoLab()
        let before = runner.labSnapshot()
        let cases: [([String], String)] = [
            (["iam", "create-role", "--role-name", "Z", "--assume-role-policy-document", "file:///dev/zero"],
             "Error parsing parameter '--assume-role-policy-document': Unable to load paramfile file:///dev/zero: '/dev/zero' is not a regular file"),
            (["iam", "put-user-policy", "--user-name", "alice", "--policy-name", "P", "--policy-document", "fileb:///dev/urandom"],
             "Unable to load paramfile fileb:///dev/urandom: '/dev/urandom' is not a regular file"),
            (["iam", "get-role", "--cli-input-json", "file:///dev/zero"],
             "Error parsing parameter '--cli-input-json': Unable to load paramfile file:///dev/zero: '/dev/zero' is not a regular file"),
        ]
        for (arguments, message) in cases {
            let started = Date()
            let output = try runner.run(arguments)
            #expect(output.status == 252, "\(arguments): \(output.stderr)")
            #expect(output.stderr.contains(message), "\(arguments): \(output.stderr)")
            #expect(Date().timeIntervalSince(started) < 10)
        }
        #expect(runner.labSnapshot() == before)
    }

    @Test func aDirectoryIsPythonsIsADirectoryError() throws {
        let runner = try demoLab()
        let output = try runner.run(["iam", "create-role", "--role-name", "D", "--assume-role-policy-document", "file://."])
        #expect(output.status == 252)
        #expect(output.stderr.contains("Unable to load paramfile file://.: [Errno 21] Is a directory: '.'"), "\(output.stderr)")
    }

    @Test func aFileOverSixteenMebibytesIsRefused() throws {
        let runner = try demoLab()
        let path = runner.directory.appendingPathComponent("big.json")
        #expect(FileManager.default.createFile(atPath: path.path, contents: Data(count: 16 * 1_048_576 + 1)))
        let before = runner.labSnapshot()
        let output = try runner.run(["iam", "create-role", "--role-name", "B", "--assume-role-policy-document", "file://big.json"])
        #expect(output.status == 252)
        #expect(output.stderr == "\nError parsing parameter '--assume-role-policy-document': Unable to load paramfile file://big.json: "
            + "the file is larger than 16 MiB (16777216 bytes), rolecall's limit for a parameter file\n")
        #expect(runner.labSnapshot() == before)
    }

    @Test func queriesThatCrashedTheBinaryAreUsageErrors() throws {
        let runner = try demoLab()
        let before = runner.labSnapshot()
        let queries = ["=", String(repeating: "a.", count: 40_000) + "b", "Roles" + String(repeating: "[]", count: 20_000)]
        for query in queries {
            let output = try runner.run(["iam", "create-role", "--role-name", "Q", "--assume-role-policy-document",
                                         #"{"Version":"2012-10-17","Statement":[]}"#, "--query", query])
            #expect(output.status == 252, "\(query.prefix(20)): \(output.stderr.prefix(300))")
            #expect(output.stderr.contains("Bad value for --query"))
        }
        #expect(runner.labSnapshot() == before)
    }

    @Test func aNegativeMaxItemsDoesNotCrash() throws {
        let runner = try demoLab()
        let output = try runner.run(["iam", "list-users", "--max-items", "-1"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.contains("Non-positive values for --max-items"))
    }

    /// The binary decides "stdout is a terminal" with isatty: under `script` (a pseudo-terminal)
    /// lab data is escaped; through a pipe the same command prints the data's own bytes.
    @Test func labDataIsEscapedOnATerminalAndRawThroughAPipe() throws {
        let runner = try demoLab()
        let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}"#
        #expect(try runner.run(["iam", "create-role", "--role-name", "T", "--assume-role-policy-document", trust, "--description", "plain"]).status == 0)
        // Another user of a shared lab writes the record by hand.
        let record = runner.directory.appendingPathComponent("lab/111122223333/role/t.json")
        let text = try String(contentsOf: record, encoding: .utf8)
        try text.replacingOccurrences(of: "\"plain\"", with: #""\u001b]0;pwned\u0007\u009b2J\u202eevil""#)
            .write(to: record, atomically: true, encoding: .utf8)
        let command = ["iam", "get-role", "--role-name", "T", "--query", "Role.Description", "--output", "text"]
        let piped = try runner.run(command)
        #expect(piped.stdout == "\u{1B}]0;pwned\u{07}\u{9B}2J\u{202E}evil\n")
        let line = ([CLIRunner.binary.path] + command).map { "'\($0)'" }.joined(separator: " ")
        let onTerminal = try runner.run(program: URL(fileURLWithPath: "/usr/bin/script"), ["-qec", line, "/dev/null"])
        #expect(onTerminal.stdout == "\\x1b]0;pwned\\x07\\x9b2J\\u202eevil\r\n", "\(onTerminal.stdout.debugDescription)")
    }
}
