import Foundation
import Testing

/// Exercises 1 and 3 the console way, in tmux: the Exercise panel ticks the tasks as the trainee
/// works, `lab check` agrees afterwards; exercise 1 is recorded with `--record` as asciicast v2.
@Suite("Exercises in the console (tmux)", .serialized, .enabled(if: Spawn.hasTmux, "tmux is not installed"),
       .timeLimit(.minutes(2)))
struct ExerciseConsoleTests {
    @Test("Exercise 1: the wizard's role with Require MFA completes the exercise; the session is recorded")
    func exerciseOneInTheWizard() throws {
        let runner = try CLIRunner(now: SwitchRoleTests.now)
        #expect(try runner.run(["lab", "exercise", "start", "1"]).status == 0)
        let cast = runner.directory.appendingPathComponent("walkthrough.cast").path
        let command = "env -u NO_COLOR HOME='\(runner.directory.path)' ROLECALL_NOW=\(SwitchRoleTests.now) TERM=tmux-256color LANG=C.UTF-8 "
            + "'\(Spawn.rolecallBinary)' --store '\(runner.directory.appendingPathComponent("lab").path)' --record '\(cast)'; echo \"[exit:$?]\""
        let tmux = try TmuxSession(width: 120, height: 40, command: command)
        defer { tmux.close() }
        _ = try #require(tmux.waitFor("Exercise: 0 of 2 tasks done", timeout: 10), "no panel:\n\(tmux.screen())")
        var onWizard = false
        for _ in 0..<8 where !onWizard {
            tmux.send("Tab")
            onWizard = tmux.waitFor("Select trusted entity", timeout: 1) != nil
        }
        try #require(onWizard, "never reached the wizard:\n\(tmux.screen())")
        tmux.send("Tab")
        tmux.type("123456789012")
        tmux.send("Tab", "Tab", "Space")
        #expect(tmux.waitFor("[x] Require MFA") != nil, "MFA not ticked:\n\(tmux.screen())")
        tmux.send("Enter")
        _ = try #require(tmux.waitFor("Step 2 of 4"), "not on permissions:\n\(tmux.screen())")
        tmux.type("/")
        tmux.type("PolicyForRole")
        tmux.send("Enter", "Space")
        tmux.send("Enter")
        _ = try #require(tmux.waitFor("Step 3 of 4"), "not on name:\n\(tmux.screen())")
        tmux.type("Test-UserAccess-Role")
        tmux.send("Enter")
        _ = try #require(tmux.waitFor("Step 4 of 4: Review and create"), "not on review:\n\(tmux.screen())")
        tmux.send("Enter")
        _ = try #require(tmux.waitFor("Exercise: 2 of 2 tasks done"), "not ticked:\n\(tmux.screen())")
        #expect(tmux.screen().contains("Exercise complete"))
        tmux.send("q")
        _ = try #require(tmux.waitFor("[exit:0]", history: true), "did not quit:\n\(tmux.screen())")
        let check = try runner.run(["lab", "check"])
        #expect(check.status == 0, "\(check.stdout)")

        let lines = try String(contentsOfFile: cast, encoding: .utf8).split(separator: "\n").map(String.init)
        let header = CLIRunner.json(lines.first ?? "")
        #expect(header["version"] as? Int == 2)
        #expect(header["width"] as? Int == 120 && header["height"] as? Int == 40)
        let events = lines.dropFirst().compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [Any] }
        #expect(events.count == lines.count - 1 && events.count > 5, "every line after the header is an event")
        #expect(events.allSatisfy { $0.count == 3 && $0[1] as? String == "o" })
        #expect(events.contains { ($0[2] as? String)?.contains("Exercise complete") == true })
        let seed = try #require(CLIRunner.json(try String(contentsOfFile: runner.directory.appendingPathComponent("lab/123456789012/mfaDevice/alice.json").path,
                                                          encoding: .utf8))["base32Seed"] as? String)
        #expect(!lines.joined().contains(seed.prefix(8)), "no piece of an MFA seed in the recording")
    }

    @Test("Exercise 3: after the CLI grant, alice signs in with MFA and switches; the panel completes")
    func exerciseThreeSwitching() throws {
        let runner = try CLIRunner(now: SwitchRoleTests.now)
        #expect(try runner.run(["lab", "exercise", "start", "3"]).status == 0)
        try runner.write("grant.json", #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::111122223333:role/Test-UserAccess-Role"}]}"#)
        #expect(try runner.run(["--account", "123456789012", "iam", "put-group-policy", "--group-name", "Developers",
                                "--policy-name", "Switch", "--policy-document", "file://grant.json"]).status == 0)
        let tmux = try SwitchRoleTests.console(runner)
        defer { tmux.close() }
        _ = try #require(tmux.waitFor("Exercise: 2 of 3 tasks done"), "\(tmux.screen())")
        try SwitchRoleTests.signIn(tmux, account: "development", user: "alice", code: try SwitchRoleTests.aliceCode(runner))
        _ = try #require(tmux.waitFor("Signed in as alice @ development (123456789012)."), "\(tmux.screen())")
        try SwitchRoleTests.switchRole(tmux, colourSteps: 1)
        _ = try #require(tmux.waitFor("Exercise: 3 of 3 tasks done"), "\(tmux.screen())")
        tmux.send("q")
        _ = tmux.waitFor("[exit:0]", history: true)
        #expect(try runner.run(["lab", "check"]).status == 0)
    }
}
