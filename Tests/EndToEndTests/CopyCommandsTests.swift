import Foundation
import Testing

/// The review's equivalent CLI commands leave the console: `y` as OSC 52 into tmux's paste
/// buffer (`set-clipboard on`), `w` as a script that the real rolecall runs against the lab.
@Suite("Copyable CLI commands end to end", .serialized, .timeLimit(.minutes(2)))
struct CopyCommandsTests {
    /// Starts the console in `directory` (its current directory) on `store`, and walks the
    /// seed's role to the review step.
    static func consoleAtReview(directory: URL, store: URL, home: URL) throws -> TmuxSession {
        let command = "cd '\(directory.path)' && env HOME='\(home.path)' XDG_CONFIG_HOME='\(home.path)/.config' ROLECALL_NOW=2026-11-29T08:00:00Z "
            + "TERM=tmux-256color LANG=C.UTF-8 '\(Spawn.rolecallBinary)' --store '\(store.path)'; echo \"[exit:$?]\""
        let tmux = try TmuxSession(width: 80, height: 24, command: command)
        tmux.tmux(["set-option", "-g", "set-clipboard", "on"])
        _ = try #require(tmux.waitFor("q Quit", timeout: 10), "no first frame:\n\(tmux.screen())")
        var onWizard = false
        for _ in 0..<8 where !onWizard {
            tmux.send("Tab")
            onWizard = tmux.waitFor("Select trusted entity", timeout: 1) != nil
        }
        try #require(onWizard, "never reached the wizard:\n\(tmux.screen())")
        tmux.send("Tab")
        tmux.type("123456789012")
        tmux.send("Tab", "Tab", "Space", "Enter")
        _ = try #require(tmux.waitFor("Step 2 of 4"), "not on permissions:\n\(tmux.screen())")
        tmux.type("/")
        tmux.type("PolicyForRole")
        tmux.send("Enter", "Space", "Enter")
        _ = try #require(tmux.waitFor("Step 3 of 4"), "not on name:\n\(tmux.screen())")
        tmux.type("Test-UserAccess-Role")
        tmux.send("Enter")
        _ = try #require(tmux.waitFor("Step 4 of 4: Review and create"), "not on review:\n\(tmux.screen())")
        return tmux
    }

    static func scratch() throws -> (directory: URL, store: URL, home: URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rolecall-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("home"), withIntermediateDirectories: true)
        return (directory, directory.appendingPathComponent("store"), directory.appendingPathComponent("home"))
    }

    @Test("y puts the commands in tmux's paste buffer through OSC 52 and says the terminal may not confirm",
          .enabled(if: Spawn.hasTmux, "tmux is not installed"))
    func copyReachesTmux() throws {
        let (directory, store, home) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let tmux = try Self.consoleAtReview(directory: directory, store: store, home: home)
        defer { tmux.close() }
        tmux.send("y")
        #expect(tmux.waitFor("Copy sent to the terminal (OSC 52") != nil, "no message:\n\(tmux.screen())")
        var buffer = ""
        for _ in 0..<100 where !buffer.contains("attach-role-policy") {
            buffer = tmux.tmux(["show-buffer"]).output
            usleep(20_000)
        }
        #expect(buffer.hasPrefix("rolecall iam create-role --role-name Test-UserAccess-Role \\\n"), "\(buffer)")
        #expect(buffer.contains("\"AWS\": \"arn:aws:iam::123456789012:root\""), "\(buffer)")
        #expect(buffer.contains("--policy-arn arn:aws:iam::111122223333:policy/PolicyForRole"), "\(buffer)")
    }

    @Test("w writes ./create-role-<name>.sh in the current directory; the script creates the role with the real rolecall",
          .enabled(if: Spawn.hasTmux, "tmux is not installed"))
    func scriptRunsAgainstTheLab() throws {
        let (directory, store, home) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let tmux = try Self.consoleAtReview(directory: directory, store: store, home: home)
        defer { tmux.close() }
        tmux.send("w")
        #expect(tmux.waitFor("Wrote ./create-role-Test-UserAccess-Role.sh") != nil, "no message:\n\(tmux.screen())")
        let script = directory.appendingPathComponent("create-role-Test-UserAccess-Role.sh")
        let text = try String(contentsOf: script, encoding: .utf8)
        #expect(text.hasPrefix("#!/bin/sh\n"))
        // A second w finds the file and asks; n keeps it.
        tmux.send("w")
        #expect(tmux.waitFor("Replace ./create-role-Test-UserAccess-Role.sh?") != nil, "no question:\n\(tmux.screen())")
        tmux.send("n")
        #expect(tmux.waitFor("Kept the existing") != nil, "\(tmux.screen())")
        tmux.send("q")
        _ = tmux.waitFor("Quit rolecall and lose it?")
        tmux.send("y")
        _ = try #require(tmux.waitFor("[exit:0]", history: true), "did not quit:\n\(tmux.screen())")

        let binaries = URL(fileURLWithPath: Spawn.rolecallBinary).deletingLastPathComponent().path
        let run = Spawn.run(["env", "HOME=\(home.path)", "ROLECALL_STORE=\(store.path)", "ROLECALL_NOW=2026-11-29T08:00:00Z",
                             "PATH=\(binaries):/usr/bin:/bin", script.path], timeout: 30)
        #expect(run.status == 0, "\(text)\n\(run.output)")
        let role = Spawn.run(["env", "HOME=\(home.path)", Spawn.rolecallBinary, "iam", "get-role", "--role-name", "Test-UserAccess-Role",
                              "--store", store.path], timeout: 20)
        #expect(role.output.contains("arn:aws:iam::111122223333:role/Test-UserAccess-Role"), "\(role.output)")
        #expect(role.output.contains("aws:MultiFactorAuthPresent"), "\(role.output)")
    }
}
