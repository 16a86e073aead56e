import Foundation
import Testing

/// Issue #8 "Tests": the README's two commands, read from README.md itself (not a copy), run
/// the way they are written on a fresh machine: the console command reaches its first screen
/// on a demo lab it creates in a fresh HOME, and the test command is the one CI runs.
///
/// How the console command is run: `swift run <product> [args]` builds the product and then
/// executes `.build/<triple>/debug/<product> [args]`. Inside `swift test`, a nested `swift run`
/// would wait for the `.build` lock this very `swift test` holds (or, with another scratch
/// path, rebuild the whole package for minutes), so the test resolves the command to the
/// product binary `swift test` has already built next to this test bundle — the file `swift
/// run` would execute — and runs it with the README's arguments, literally. A README command
/// of any other form fails the test, so the mapping can never silently test something else.
@Suite("The README's two commands, as written", .timeLimit(.minutes(1)))
struct ReadmeCommandsTests {
    /// The package checkout this test file belongs to.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The commands of the fenced block under the heading "Two commands", without comments.
    static func twoCommands() throws -> [String] {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        let heading = try #require(lines.firstIndex { $0.hasPrefix("#") && $0.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces) == "Two commands" },
                                   "README.md has no heading \"Two commands\"")
        let open = try #require(lines[(heading + 1)...].firstIndex { $0.hasPrefix("```") }, "no fenced block under \"Two commands\"")
        let close = try #require(lines[(open + 1)...].firstIndex { $0.hasPrefix("```") }, "the fenced block is not closed")
        return lines[(open + 1)..<close].compactMap { line in
            // A `#` after whitespace starts a shell comment.
            let code = line.range(of: " #").map { String(line[..<$0.lowerBound]) } ?? line
            let command = code.trimmingCharacters(in: .whitespaces)
            return command.isEmpty || command.hasPrefix("#") ? nil : command
        }
    }

    /// `swift run <product> [args]` → (product, args); nil for any other form.
    static func swiftRun(_ command: String) -> (product: String, arguments: [String])? {
        let words = command.split(separator: " ").map(String.init)
        guard words.count >= 3, words[0] == "swift", words[1] == "run", !words[2].hasPrefix("-"),
              !command.contains(where: { "'\"$`\\;&|<>(){}*?~".contains($0) }) else { return nil }
        return (words[2], Array(words.dropFirst(3)))
    }

    @Test("the block under \"Two commands\" holds exactly two commands: the console, then the tests")
    func twoCommandsAreThere() throws {
        let commands = try Self.twoCommands()
        #expect(commands.count == 2, "README's two commands: \(commands)")
    }

    @Test("the README's test command is exactly the command .ci/run ends with, so CI's status is its status")
    func testCommandIsCIs() throws {
        let commands = try Self.twoCommands()
        let testCommand = try #require(commands.dropFirst().first)
        let ci = try String(contentsOf: Self.packageRoot.appendingPathComponent(".ci/run"), encoding: .utf8)
        let ciCommands = ci.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        #expect(ciCommands.last == testCommand, ".ci/run ends with \(ciCommands.last ?? "nothing"), README says \(testCommand)")
        #expect(ciCommands.contains("set -euo pipefail"), ".ci/run must stop at the first failing command")
    }

    @Test("the README's console command, on a fresh machine, opens the console on a new demo lab and announces it",
          .enabled(if: Spawn.hasTmux, "tmux is not installed"))
    func consoleCommandReachesItsFirstScreen() throws {
        let command = try #require(try Self.twoCommands().first)
        let run = try #require(Self.swiftRun(command),
                               "README's console command must be `swift run <product> [args]` for this test to run it: \(command)")
        let binary = URL(fileURLWithPath: Spawn.rolecallBinary).deletingLastPathComponent().appendingPathComponent(run.product).path
        #expect(FileManager.default.isExecutableFile(atPath: binary), "swift test built no product \(run.product) at \(binary)")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("rolecall-readme-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        // `env -i`: nothing of this machine's environment (XDG_*, ROLECALL_*, AWS_*) leaks in;
        // only what a fresh login has: HOME, PATH, a terminal type and a UTF-8 locale.
        let shell = "cd '\(home.path)' && env -i HOME='\(home.path)' PATH=/usr/bin:/bin TERM=tmux-256color LANG=C.UTF-8 '\(binary)'"
            + run.arguments.map { " '\($0)'" }.joined() + "; echo \"[exit:$?]\""
        let tmux = try TmuxSession(width: 80, height: 24, command: shell)
        defer { tmux.close() }
        let lab = home.appendingPathComponent(".local/share/rolecall/lab").path
        let first = try #require(tmux.waitFor("q Quit", timeout: 10), "no first screen:\n\(tmux.screen(history: true))")
        #expect(first.contains("Welcome to rolecall"))
        #expect(first.contains("New demo lab in ~/.local/share/rolecall/lab (rolecall lab reset restores it)"),
                "the status line does not announce the new lab at the default location:\n\(first)")
        #expect(first.contains("root @ production (111122223333)"))
        #expect(first.contains("development 123456789012 (trusted): users alice (MFA), bob"))
        #expect(FileManager.default.fileExists(atPath: lab), "no lab at the default location \(lab)")
        tmux.send("q")
        #expect(tmux.waitFor("[exit:0]", history: true) != nil)
    }

    @Test("the mapping accepts only `swift run <product> [args]`",
          arguments: [("swift run rolecall", "rolecall"), ("swift run rolecall --guided", "rolecall"),
                      ("swift run -c release rolecall", nil), ("swift build && .build/debug/rolecall", nil),
                      ("swift run", nil), ("rolecall", nil)] as [(String, String?)])
    func mapping(command: String, product: String?) {
        #expect(Self.swiftRun(command)?.product == product)
    }
}
