@testable import ConsoleUI
import DisplayText
import Foundation
import IAMKit
import Testing

/// Equivalent CLI commands shown so a mouse selection pastes and runs: whole words, ` \`
/// continuations, long words on a line of their own and cut only when drawn.
@Suite("Copyable CLI commands")
struct CommandBlockTests {
    /// A plan with every option the wizard can set, a long name and a 1,000-character description.
    static let plan = RoleCreationPlan(
        trustedAccountID: "123456789012", externalID: "Partner:2026/x-7f3a", requiresMFA: true,
        roleName: "Test-UserAccess-Role-For-The-Production-Deployment-Pipeline", description: String(repeating: "Lets developers update it. ", count: 37),
        path: "/apps/", maxSessionDuration: 7200,
        policyARNs: ["arn:aws:iam::111122223333:policy/PolicyForRole", "arn:aws:iam::aws:policy/ReadOnlyAccess"],
        permissionsBoundaryARN: "arn:aws:iam::111122223333:policy/PolicyForRole",
        tags: [Tag(key: "team", value: "ops and dev"), Tag(key: "note", value: "it's a/b:c=d")])

    static var commands: [[String]] { plan.cliArguments.map { ["rolecall"] + $0 } }

    /// The block's lines at `width`, with each ` \`+newline (and the next line's indentation)
    /// turned back into the single space it stands for.
    static func rejoined(_ command: [String], width: Int) -> String {
        let text = CommandBlock.lines(of: command, width: width).map(\.text).joined(separator: "\n")
        return text.replacingOccurrences(of: " \\\n" + CommandBlock.indent, with: " ")
    }

    @Test("Wrapped text, continuations removed, is the one-line command, at every width", arguments: [40, 60, 76, 80, 120])
    func roundTrip(width: Int) {
        for command in Self.commands {
            #expect(Self.rejoined(command, width: width) == CommandBlock.oneLine(command))
        }
    }

    @Test("Lines break only between words; only a word wider than the line is wider than the line")
    func breaksBetweenWords() {
        let width = 76
        for command in Self.commands {
            let words = Set(command.map(RoleCreationPlan.shellQuoted).flatMap { $0.split(separator: "\n").map(String.init) })
            for line in CommandBlock.lines(of: command, width: width) {
                var text = line.text
                if line.continues { text.removeLast(2) }
                text = String(text.drop { $0 == " " })
                if DisplayWidth.of(line.text) > width {
                    #expect(words.contains(text), "an over-wide line holds more than one word: \(line.text)")
                }
            }
        }
        let lines = CommandBlock.lines(of: Self.commands[0], width: width).map(\.text)
        // Too wide with its option at 76 columns: the value gets a line of its own, whole.
        #expect(lines.contains("    Test-UserAccess-Role-For-The-Production-Deployment-Pipeline \\"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("    'Lets developers update it.") }, "the description gets its own line: \(lines)")
    }

    @Test("The wrapped commands parse, in a real /bin/sh, into the original argument vectors")
    func shellParsesTheOriginalArguments() throws {
        for width in [40, 80] {
            for command in Self.commands {
                let text = CommandBlock.lines(of: command, width: width).map(\.text).joined(separator: "\n")
                // `rolecall` becomes a function printing each argument NUL-terminated.
                let script = "rolecall() { printf '%s\\0' rolecall \"$@\"; }\n" + text + "\n"
                let output = try Self.sh(script)
                let argv = output.split(separator: 0, omittingEmptySubsequences: false).dropLast().map { String(decoding: $0, as: UTF8.self) }
                #expect(argv == command, "width \(width):\n\(text)")
            }
        }
    }

    @Test("The script w writes starts with #!/bin/sh and set -eu and holds every command")
    func script() throws {
        let block = CommandBlock(commands: Self.commands)
        #expect(block.script.hasPrefix("#!/bin/sh\n"))
        #expect(block.script.contains("\nset -eu\n"))
        let script = "rolecall() { printf '%s\\0' rolecall \"$@\"; }\n" + block.script
        let argv = try Self.sh(script).split(separator: 0, omittingEmptySubsequences: false).dropLast().map { String(decoding: $0, as: UTF8.self) }
        #expect(argv == Self.commands.flatMap { $0 })
    }

    @Test("The review at 80×24, scrolled to the commands: whole words, ` \\` continuations, long words cut with …")
    func reviewSnapshot() throws {
        var wizard = try WizardHarness()
        wizard.walkSeedToReview(name: "Test-UserAccess-Role-For-The-Production-Deployment-Pipeline")
        for _ in 0..<6 { wizard.press(.pageDown) }
        assertScreen(wizard.frame, named: "review-commands-80x24")
        #expect(!wizard.screen.contains("R│ole"))
    }

    @Test("y sends the commands to the terminal's clipboard and says the terminal may not confirm")
    func copy() throws {
        var wizard = try WizardHarness()
        wizard.walkSeedToReview()
        let effects = wizard.press(.character("y"))
        let block = wizard.state.plan.commandBlock
        #expect(effects == [.copyToClipboard(block.shellText, page: .createRole)])
        _ = ConsoleShell.reduce(&wizard.app, .effectFinished(page: .createRole, result: .clipboardSent(bytes: 1200, problem: nil)))
        #expect(wizard.screen.contains("Copy sent to the terminal (OSC 52, 1200 bytes); terminals do"), "\(wizard.screen)")
        #expect(wizard.screen.contains("set-clipboard on"), "\(wizard.screen)")
    }

    @Test("w writes ./create-role-<name>.sh; an existing file is replaced only after y, n keeps it")
    func writeScript() throws {
        var wizard = try WizardHarness()
        wizard.walkSeedToReview()
        let script = wizard.state.plan.commandBlock.script
        #expect(wizard.press(.character("w")) == [.writeScript(path: "./create-role-UpdateApp.sh", contents: script, replacing: false, page: .createRole)])
        _ = ConsoleShell.reduce(&wizard.app, .effectFinished(page: .createRole, result: .scriptWritten(path: "./create-role-UpdateApp.sh", outcome: .alreadyExists)))
        #expect(wizard.app.confirmation?.title == "Replace ./create-role-UpdateApp.sh?", "\(wizard.screen)")
        #expect(wizard.press(.character("n")) == [])
        #expect(wizard.screen.contains("Kept the existing ./create-role-UpdateApp.sh"), "\(wizard.screen)")
        wizard.press(.character("w"))
        _ = ConsoleShell.reduce(&wizard.app, .effectFinished(page: .createRole, result: .scriptWritten(path: "./create-role-UpdateApp.sh", outcome: .alreadyExists)))
        #expect(wizard.press(.character("y")) == [.writeScript(path: "./create-role-UpdateApp.sh", contents: script, replacing: true, page: .createRole)])
        _ = ConsoleShell.reduce(&wizard.app, .effectFinished(page: .createRole, result: .scriptWritten(path: "./create-role-UpdateApp.sh", outcome: .written)))
        #expect(wizard.screen.contains("Wrote ./create-role-UpdateApp.sh"), "\(wizard.screen)")
    }

    @Test("y and w are refused before the review step, with the reason")
    func refusedBeforeReview() throws {
        var wizard = try WizardHarness()
        #expect(!wizard.state.isTyping)
        #expect(wizard.press(.character("y")) == [.bell])
        #expect(wizard.app.refusal == "Copy is unavailable: the CLI commands are on the review step")
        #expect(wizard.press(.character("w")) == [.bell])
    }

    /// Runs `script` with /bin/sh; returns its standard output.
    static func sh(_ script: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return Array(data)
    }
}
