import Foundation
import Testing

/// The Users page of the built console grants the second half of delegation: an inline policy
/// written in `$EDITOR` from the guide's "allow sts:AssumeRole on the role's ARN", which the
/// real CLI then reads back with get-user-policy on the same store; DeleteUser is then refused
/// in AWS's DeleteConflict words because the user still holds a console password and that policy.
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html,
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteUser.html
@Suite("Users page in a real terminal (tmux)", .enabled(if: Spawn.hasTmux, "tmux is not installed"),
       .timeLimit(.minutes(1)))
struct UsersPageTests {
    static let roleARN = "arn:aws:iam::111122223333:role/Test-UserAccess-Role"
    static let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}"#

    @Test("i + $EDITOR: the guide's sts:AssumeRole policy on bob, read back by rolecall iam get-user-policy; D is refused")
    func grantAssumeRoleInEditor() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        let role = try runner.run(["iam", "create-role", "--role-name", "Test-UserAccess-Role", "--assume-role-policy-document", Self.trust])
        #expect(role.status == 0, "\(role.stderr)")
        // The console acts as development's administrator (root), the trusted account's side.
        #expect(try runner.run(["console", "sign-in", "--account", "development"]).status == 0)
        let home = runner.directory.path
        let store = runner.directory.appendingPathComponent("lab").path
        // `true` as the editor saves the draft unchanged: the template itself is what IAM gets.
        let environment = "ROLECALL_NOW=2026-11-29T08:00:00Z HOME='\(home)' XDG_DATA_HOME='\(home)/data' "
            + "XDG_CONFIG_HOME='\(home)/config' EDITOR=true"
        let tmux = try TmuxSession(width: 100, height: 30,
                                   command: appCommand(environment) + " --store '\(store)'; echo \"[exit:$?]\"")
        defer { tmux.close() }
        #expect(tmux.waitFor("q Quit") != nil, "no first frame:\n\(tmux.screen())")
        // Welcome, Roles, Create role, Users: the header's fourth tab.
        tmux.send("4")
        #expect(tmux.waitFor("user  bob") != nil, "no Users page with bob:\n\(tmux.screen())")
        tmux.send("Down")
        tmux.send("i")
        #expect(tmux.waitFor(Self.roleARN) != nil, "the form does not offer the trusting role:\n\(tmux.screen())")
        tmux.send("Enter")
        // The message wraps in the detail panel: wait for both of its ends.
        #expect(tmux.waitFor(all: ["Saved inline policy", "user bob."]) != nil, "not saved:\n\(tmux.screen())")

        let got = try runner.run(["--account", "123456789012", "iam", "get-user-policy", "--user-name", "bob",
                                  "--policy-name", "AllowAssumeRole-Test-UserAccess-Role"])
        #expect(got.status == 0, "\(got.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(got.stdout.utf8)) as? [String: Any]
        let statement = ((json?["PolicyDocument"] as? [String: Any])?["Statement"] as? [[String: Any]])?.first
        #expect(statement?["Action"] as? String == "sts:AssumeRole", "\(got.stdout)")
        #expect(statement?["Resource"] as? String == Self.roleARN, "\(got.stdout)")
        #expect(statement?["Effect"] as? String == "Allow", "\(got.stdout)")

        tmux.send("D")
        #expect(tmux.waitFor("Delete user bob?") != nil, "no confirmation:\n\(tmux.screen())")
        tmux.send("y")
        // DeleteUser checks the console password (the demo gives bob one) before the policies.
        #expect(tmux.waitFor(all: ["DeleteConflict: Cannot delete entity, must", "delete login profile first."]) != nil,
                "no DeleteConflict:\n\(tmux.screen())")
        #expect(try runner.run(["--account", "123456789012", "iam", "get-user", "--user-name", "bob"]).status == 0)
        tmux.send("q")
        #expect(tmux.waitFor("[exit:0]", history: true) != nil)
    }
}

/// The Sign in page's virtual MFA app counts down on its own in the built console: with the
/// real clock (ROLECALL_NOW unset) the seconds left change with no key pressed.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html
@Suite("MFA codes follow the clock in a real terminal (tmux)", .enabled(if: Spawn.hasTmux, "tmux is not installed"),
       .timeLimit(.minutes(1)))
struct MFAClockTickTests {
    /// The `changes in N s` of the screen's first device, if shown.
    static func secondsLeft(_ screen: String) -> String? {
        guard let range = screen.range(of: "changes in ") else { return nil }
        return String(screen[range.upperBound...].prefix { $0 != " " })
    }

    @Test("the seconds left change with no key pressed; the console still quits with 0")
    func countdownWithoutKeys() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        let home = runner.directory.path
        let store = runner.directory.appendingPathComponent("lab").path
        // An empty ROLECALL_NOW means the machine's clock.
        let environment = "ROLECALL_NOW= HOME='\(home)' XDG_DATA_HOME='\(home)/data' XDG_CONFIG_HOME='\(home)/config'"
        let tmux = try TmuxSession(width: 100, height: 30,
                                   command: appCommand(environment) + " --store '\(store)'; echo \"[exit:$?]\"")
        defer { tmux.close() }
        #expect(tmux.waitFor("q Quit") != nil, "no first frame:\n\(tmux.screen())")
        tmux.send("6")
        let shown = try #require(tmux.waitFor("changes in "), "no MFA app panel:\n\(tmux.screen())")
        let first = try #require(Self.secondsLeft(shown))
        #expect(tmux.waitUntil(timeout: 3) { Self.secondsLeft(tmux.screen()).map { $0 != first } ?? false },
                "still \(first) s after 3 s:\n\(tmux.screen())")
        tmux.send("Escape")
        tmux.send("q")
        #expect(tmux.waitFor("[exit:0]", history: true) != nil)
    }
}
