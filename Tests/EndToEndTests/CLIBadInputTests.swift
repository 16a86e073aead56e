import Foundation
import Testing

/// Bad input to the real binary: a clear message, the AWS CLI v2 exit code, nothing written
/// (issue #4 "Bad input"; https://docs.aws.amazon.com/cli/latest/userguide/cli-chap-returncodes.html).
@Suite(.serialized) struct CLIBadInputTests {
    func demoLab() throws -> CLIRunner {
        let runner = try CLIRunner()
        let initialized = try runner.run(["lab", "init", "--demo"])
        #expect(initialized.status == 0, "\(initialized.stderr)")
        return runner
    }

    @Test func failedCommandsExitWithTheirCodeAndWriteNothing() throws {
        let runner = try demoLab()
        try runner.write("broken.json", "{\"Version\": ")
        let before = runner.labSnapshot()
        let cases: [([String], Int32, String)] = [
            (["iam", "tag-role", "--role-name", "R", "--tags", "[{"], 252, "Error parsing parameter '--tags': Invalid JSON:"),
            (["iam", "get-role", "--cli-input-json", "file://broken.json"], 252, "Error parsing parameter '--cli-input-json': Invalid JSON:"),
            (["iam", "create-role", "--role-name", "R", "--assume-role-policy-document", "file://missing.json"], 252,
             "Unable to load paramfile file://missing.json: [Errno 2] No such file or directory: 'missing.json'"),
            (["iam", "create-rol"], 252, "rolecall: error: argument operation: Invalid choice"),
            (["iam", "list-roles", "--bogus"], 252, "Unknown options: --bogus"),
            (["iam", "get-role", "--role-name", "NoSuchRole"], 254, "An error occurred (NoSuchEntity) when calling the GetRole operation"),
            (["--account", "999999999999", "iam", "list-roles"], 255, "account 999999999999 is not in the lab"),
            // awscli/customizations/globalargs.py: a --query that does not compile.
            (["iam", "list-roles", "--query", "Roles[?"], 252, "Bad value for --query Roles[?: Invalid jmespath expression: Incomplete expression:"),
            (["iam", "list-roles", "--query", "length(`1`)"], 255, "In function length(), invalid type for value: 1, expected one of:"),
        ]
        for (arguments, status, message) in cases {
            let output = try runner.run(arguments)
            #expect(output.status == status, "\(arguments): \(output.stderr)")
            #expect(output.stderr.contains(message), "\(arguments): \(output.stderr)")
            #expect(output.stdout.isEmpty)
        }
        #expect(runner.labSnapshot() == before)
    }

    @Test func unknownKeysAreInvalidClientTokenIdWithAHint() throws {
        let runner = try demoLab()
        let output = try runner.run(["sts", "get-caller-identity"],
                                    extra: ["AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY": "x"])
        #expect(output.status == 254)
        #expect(output.stderr.hasPrefix("\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\n"))
        #expect(output.stderr.contains("did not issue access key AKIAIOSFODNN7EXAMPLE"))
    }

    @Test func aStoreLockedTooLongIsAClearError() throws {
        let runner = try demoLab()
        // The lock is on the store directory itself (store.lock only notes the holder's pid).
        let lockPath = runner.directory.appendingPathComponent("lab").path
        let descriptor = open(lockPath, O_RDONLY | O_DIRECTORY)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX) == 0)
        let before = runner.labSnapshot()
        let output = try runner.run(["iam", "create-role", "--role-name", "R", "--assume-role-policy-document", "{}"],
                                    extra: ["ROLECALL_LOCK_TIMEOUT": "0.3"])
        #expect(output.status == 255)
        #expect(output.stderr.contains("is locked"), "\(output.stderr)")
        flock(descriptor, LOCK_UN)
        #expect(runner.labSnapshot() == before)
    }

    @Test func aStoreOfANewerVersionIsRefusedAndLeftAlone() throws {
        let runner = try demoLab()
        let manifest = runner.directory.appendingPathComponent("lab/store.json")
        try #"{"createdBy": "rolecall 9", "schemaVersion": 99}"#.write(to: manifest, atomically: true, encoding: .utf8)
        let before = runner.labSnapshot()
        let output = try runner.run(["iam", "list-roles"])
        #expect(output.status == 255)
        #expect(output.stderr.contains("schema 99"), "\(output.stderr)")
        #expect(runner.labSnapshot() == before)
    }

    @Test func noLabYetSaysHowToCreateOne() throws {
        let runner = try CLIRunner()
        let output = try runner.run(["iam", "list-roles"])
        #expect(output.status == 255)
        #expect(output.stderr.contains("rolecall lab init --demo"))
    }
}

extension CLIBadInputTests {
    @Test func anInterruptedRunExits130AndWritesNothing() throws {
        let runner = try demoLab()
        // The lock is on the store directory itself (store.lock only notes the holder's pid).
        let lockPath = runner.directory.appendingPathComponent("lab").path
        let descriptor = open(lockPath, O_RDONLY | O_DIRECTORY)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX) == 0)
        let before = runner.labSnapshot()
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["iam", "create-role", "--role-name", "R", "--assume-role-policy-document", "{}"]
        process.environment = runner.variables.merging(["ROLECALL_LOCK_TIMEOUT": "20"]) { $1 }
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        usleep(300_000)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        flock(descriptor, LOCK_UN)
        #expect(process.terminationStatus == 130)
        #expect(runner.labSnapshot() == before)
    }
}
