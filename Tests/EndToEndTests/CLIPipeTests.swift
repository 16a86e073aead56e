import Foundation
import Testing

/// The AWS CLI exits 0 and prints nothing more when the reader of its output goes away
/// (`aws iam list-roles | head -1` under `set -o pipefail`).
@Suite(.serialized) struct CLIPipeTests {
    @Test func aReaderThatGoesAwayEndsTheCommandQuietlyWithZero() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        let binary = CLIRunner.binary.path
        // The reader closes its end before the CLI writes, so the write meets a broken pipe.
        let script = """
            set -o pipefail
            '\(binary)' iam list-users --account 123456789012 | { exec 0<&-; sleep 0.3; }
            echo "status=$?"
            '\(binary)' iam list-users --account 123456789012 | head -1
            echo "status=$?"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.environment = runner.variables
        process.currentDirectoryURL = runner.directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(stdout == "status=0\n{\nstatus=0\n", "\(stderr)")
        #expect(stderr.isEmpty)
    }
}
