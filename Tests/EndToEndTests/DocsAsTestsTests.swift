import Foundation
import Testing

/// Issue #19 "Docs that are tests": every shell block of README.md and docs/*.md is run here
/// exactly as printed, in a fresh lab, with the outputs the page shows asserted — or says on
/// the page why it is not run. The convention is in `DocShellBlocks`.
@Suite("Docs that are tests", .serialized, .timeLimit(.minutes(3)))
struct DocsAsTestsTests {
    static let root = ReadmeCommandsTests.packageRoot

    /// README.md and every page under docs/.
    static func pages() throws -> [URL] {
        let docs = root.appendingPathComponent("docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".md") }.sorted()
        return [root.appendingPathComponent("README.md")] + names.map { docs.appendingPathComponent($0) }
    }

    struct Run {
        var status: Int32
        var output: String
        var problems: [String]
    }

    /// Runs the page's runnable blocks in a fresh directory whose HOME holds a new demo lab.
    static func run(markdown: String) throws -> Run {
        let (script, expectations) = DocShellBlocks.script(for: DocShellBlocks.blocks(in: markdown))
        let home = URL(fileURLWithPath: ScratchDirectory.path("docs"))
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let binary = CLIRunner.binary
        // Only what a fresh login has, and rolecall on the PATH as an installed binary would be.
        let environment = ["HOME": home.path, "PATH": binary.deletingLastPathComponent().path + ":/usr/bin:/bin",
                           "LANG": "C.UTF-8", "TERM": "dumb"]
        let initialized = try shell("rolecall lab init --demo >/dev/null", in: home, environment: environment)
        #expect(initialized.status == 0, "the fresh demo lab could not be made: \(initialized.output)")
        let result = try shell(script, in: home, environment: environment)
        var problems = DocShellBlocks.mismatches(output: result.output, expectations: expectations)
        if result.status != 0 {
            problems.insert("the page's commands stopped with exit status \(result.status); output:\n\(result.output)", at: 0)
        }
        return Run(status: result.status, output: result.output, problems: problems)
    }

    static func shell(_ script: String, in directory: URL, environment: [String: String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = directory
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("every shell block is run by this suite or says on the page why not")
    func everyShellBlockIsRunOrExplained() throws {
        var runnable = 0
        for page in try Self.pages() {
            let text = try String(contentsOf: page, encoding: .utf8)
            for block in DocShellBlocks.blocks(in: text) {
                if let reason = block.notRunReason {
                    #expect(reason.count >= 10, "\(page.lastPathComponent):\(block.line): the reason it is not run is too short: \(reason)")
                } else {
                    runnable += 1
                    #expect(!block.body.contains { $0.contains("AKIA…") || $0.contains("123456`") || $0.contains("--token-code 123456") },
                            "\(page.lastPathComponent):\(block.line): a placeholder a reader cannot paste")
                }
            }
        }
        #expect(runnable >= 8, "only \(runnable) runnable shell blocks: the guide and the README tour must be run")
    }

    @Test("README.md's tour runs as printed and prints what it shows", arguments: ["README.md", "docs/guide.md"])
    func pageRunsAsPrinted(_ path: String) throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
        #expect(DocShellBlocks.blocks(in: text).contains { $0.notRunReason == nil }, "\(path) has no runnable block")
        let run = try Self.run(markdown: text)
        #expect(run.problems.isEmpty, "\(path):\n\(run.problems.joined(separator: "\n"))")
    }

    @Test("pages other than README and the guide with runnable blocks run too")
    func otherPagesRun() throws {
        for page in try Self.pages() where !["README.md", "guide.md"].contains(page.lastPathComponent) {
            let text = try String(contentsOf: page, encoding: .utf8)
            guard DocShellBlocks.blocks(in: text).contains(where: { $0.notRunReason == nil }) else { continue }
            let run = try Self.run(markdown: text)
            #expect(run.problems.isEmpty, "\(page.lastPathComponent):\n\(run.problems.joined(separator: "\n"))")
        }
    }

    @Test("the checker fails a copy of the guide in which one printed output was changed")
    func aChangedOutputFails() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("docs/guide.md"), encoding: .utf8)
        let original = "# ⇒ arn:aws:sts::111122223333:assumed-role/Test-UserAccess-Role/alice"
        #expect(text.contains(original), "the guide no longer shows the role session's ARN")
        let mutated = text.replacingOccurrences(of: original, with: "# ⇒ arn:aws:sts::111122223333:assumed-role/Test-UserAccess-Role/bob")
        let run = try Self.run(markdown: mutated)
        #expect(run.status == 0, "the mutation changed only a printed output, not a command")
        #expect(run.problems.count == 1, "\(run.problems)")
        #expect(run.problems.first?.contains("assumed-role/Test-UserAccess-Role/bob") == true)
    }

    @Test("the parser: fences, the not-run note, expectation groups")
    func parser() {
        let page = """
            Text.

            _Not run by the docs test: it opens the interactive console._

            ```sh
            swift run rolecall
            ```

            ```text
            not shell
            ```

            ```sh
            echo one
            # ⇒ one
            echo two; echo three
            # ⇒ two
            # ⇒ three …
            ```
            """
        let blocks = DocShellBlocks.blocks(in: page)
        #expect(blocks.count == 2)
        #expect(blocks.first?.notRunReason == "it opens the interactive console")
        #expect(blocks.last?.notRunReason == nil)
        let (script, expectations) = DocShellBlocks.script(for: blocks)
        #expect(!script.contains("swift run"))
        #expect(expectations.map(\.texts) == [["one"], ["two", "three …"]])
        let output = "one\n\(DocShellBlocks.marker)\ntwo\nthree and more\n\(DocShellBlocks.marker)\n"
        #expect(DocShellBlocks.mismatches(output: output, expectations: expectations).isEmpty)
        let wrong = "one\n\(DocShellBlocks.marker)\n2\nthree\n\(DocShellBlocks.marker)\n"
        #expect(DocShellBlocks.mismatches(output: wrong, expectations: expectations).count == 1)
    }
}
