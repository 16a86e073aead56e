import Foundation
import RoleServer
import Testing

/// Issue #19: the docs agree with each other and with the program. Each test pins a claim
/// that was once wrong.
@Suite struct DocsConsistencyTests {
    static func page(_ path: String) throws -> String {
        try String(contentsOf: ReadmeCommandsTests.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    static let hasStrace = FileManager.default.isExecutableFile(atPath: "/usr/bin/strace")

    /// The fsync calls one command makes, counted by strace.
    static func fsyncs(_ arguments: [String], runner: CLIRunner) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
        process.arguments = ["-f", "-e", "trace=fsync", "-o", runner.directory.path + "/strace.txt", CLIRunner.binary.path] + arguments
        process.environment = runner.variables
        process.currentDirectoryURL = runner.directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let trace = try String(contentsOf: runner.directory.appendingPathComponent("strace.txt"), encoding: .utf8)
        return trace.components(separatedBy: "\n").filter { $0.contains("fsync(") }.count
    }

    @Test("docs/benchmarks.md gives one count of a commit's fsyncs, and it is what tag-role and create-role do",
          .enabled(if: hasStrace, "strace is not installed"))
    func benchmarksFsyncCountsAreMeasured() throws {
        let text = try Self.page("docs/benchmarks.md")
        #expect(!text.contains("five fsyncs"), "the old, wrong count is back")
        #expect(text.contains("six for `iam tag-role` (one record), eight for `iam create-role`"))
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        let trust = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}}"#
        // The first role creates the role directory; count on the second, as a lab in use would.
        #expect(try runner.run(["iam", "create-role", "--role-name", "First", "--assume-role-policy-document", trust]).status == 0)
        #expect(try Self.fsyncs(["iam", "create-role", "--role-name", "Second", "--assume-role-policy-document", trust], runner: runner) == 8,
                "a create-role commit no longer makes eight fsyncs: measure again and update docs/benchmarks.md with this test")
        #expect(try Self.fsyncs(["iam", "tag-role", "--role-name", "Second", "--tags", "Key=team,Value=blue"], runner: runner) == 6,
                "a tag-role commit no longer makes six fsyncs: measure again and update docs/benchmarks.md with this test")
    }

    @Test("docs/cli.md documents `rolecall completion` and every shell it takes, and the binary prints each")
    func cliReferenceHasCompletion() throws {
        let text = try Self.page("docs/cli.md")
        #expect(text.contains("## `rolecall completion`"))
        #expect(text.contains("rolecall completion bash|zsh|fish"))
        let runner = try CLIRunner()
        for shell in ["bash", "zsh", "fish"] {
            let output = try runner.run(["completion", shell])
            #expect(output.status == 0 && output.stdout.contains("rolecall"), "completion \(shell): \(output.stderr)")
        }
    }

    @Test("the guide states `rolecall serve`'s limits and deadlines as the server applies them")
    func guideServeLimitsAreTheServersDefaults() throws {
        let text = try Self.page("docs/guide.md")
        let settings = ServerSettings()
        for claim in ["a request body of at most \(settings.maximumBodyBytes / 1_048_576) MiB",
                      "request headers of at most \(settings.maximumHeaderBytes / 1024) KiB in all",
                      "and \(settings.maximumConnections) connections at once",
                      "request's head within \(settings.headerTimeoutSeconds) s of opening or of the previous answer",
                      "body stalls for \(settings.idleTimeoutSeconds) s is cut off"] {
            let stated = text.replacingOccurrences(of: "\n", with: " ").contains(claim)
            #expect(stated, "docs/guide.md no longer says: \(claim)")
        }
    }

    @Test("the guide promises for a rejected console draft only what the console shows: line:column and AWS's message")
    func guideRejectedDraftClaim() throws {
        let text = try Self.page("docs/guide.md")
        #expect(text.contains("engine rejects comes back with its `line:column` and AWS's message"))
        #expect(!text.contains("`line:column`, JSON path and AWS's message"))
    }

    @Test("the guide's wizard grant is read back with the managed-policy command, the Users page's with get-user-policy")
    func guideGrantReadBack() throws {
        let text = try Self.page("docs/guide.md")
        #expect(text.contains("*Grant user alice* creates the customer\n   managed policy"))
        #expect(text.contains("iam list-attached-user-policies --user-name alice"))
    }
}
