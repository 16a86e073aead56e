import Foundation
import IAMKit
import Testing

/// Issue #8 "First run": `rolecall lab reset` restores the demo lab between classes — the
/// class's role is gone and the users it removed are back, exactly as a first run creates them.
/// The lab holds the seed's scenario (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html).
@Suite("rolecall lab reset: the demo lab again", .timeLimit(.minutes(1)))
struct LabResetTests {
    static let trust = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}}"#
    static let development = ["--account", DemoLab.developmentAccountID]

    /// What a class sees of the lab: names only (IDs and dates differ from lab to lab).
    static func facts(_ runner: CLIRunner) throws -> [String: [String]] {
        func names(_ arguments: [String], _ list: String, _ field: String) throws -> [String] {
            let output = try runner.run(arguments + ["--output", "json"])
            let items = CLIRunner.json(output.stdout)[list] as? [[String: Any]] ?? []
            return items.compactMap { $0[field] as? String }.sorted()
        }
        return [
            "roles in production": try names(["iam", "list-roles"], "Roles", "RoleName"),
            "roles in development": try names(development + ["iam", "list-roles"], "Roles", "RoleName"),
            "users in development": try names(development + ["iam", "list-users"], "Users", "UserName"),
            "bob's groups": try names(development + ["iam", "list-groups-for-user", "--user-name", "bob"], "Groups", "GroupName"),
            "MFA devices": try names(development + ["iam", "list-virtual-mfa-devices", "--assignment-status", "Assigned"],
                                     "VirtualMFADevices", "SerialNumber"),
            "local policies in production": try names(["iam", "list-policies", "--scope", "Local"], "Policies", "PolicyName"),
        ]
    }

    @Test("after a class created the role and deleted bob, reset brings back the demo lab a first run creates")
    func resetRestoresTheDemoLab() throws {
        let fresh = try CLIRunner()
        #expect(try fresh.run(["lab", "init", "--demo"]).status == 0)
        let demo = try Self.facts(fresh)
        #expect(demo["users in development"] == ["alice", "bob"])
        #expect(demo["roles in production"] == [])
        #expect(demo["MFA devices"] == ["arn:aws:iam::123456789012:mfa/alice"])

        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        let created = try runner.run(["iam", "create-role", "--role-name", "Test-UserAccess-Role", "--assume-role-policy-document", Self.trust])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(try runner.run(Self.development + ["iam", "remove-user-from-group", "--group-name", "Developers", "--user-name", "bob"]).status == 0)
        #expect(try runner.run(Self.development + ["iam", "delete-login-profile", "--user-name", "bob"]).status == 0)
        let deleted = try runner.run(Self.development + ["iam", "delete-user", "--user-name", "bob"])
        #expect(deleted.status == 0, "\(deleted.stderr)")
        let during = try Self.facts(runner)
        #expect(during["roles in production"] == ["Test-UserAccess-Role"])
        #expect(during["users in development"] == ["alice"])

        let reset = try runner.run(["lab", "reset"])
        #expect(reset.status == 0, "\(reset.stderr)")
        #expect(try Self.facts(runner) == demo)
    }

    @Test("reset ends the console's sign-in, so the next console starts as root of production again",
          .enabled(if: Spawn.hasTmux, "tmux is not installed"))
    func resetEndsConsoleSessions() throws {
        let runner = try CLIRunner()
        let store = runner.directory.appendingPathComponent("lab").path
        let session = store + "/lab/consoleSession/default.json"
        let command = "env HOME='\(runner.directory.path)' ROLECALL_STORE='\(store)' ROLECALL_NOW=2026-11-29T08:00:00Z "
            + "TERM=tmux-256color LANG=C.UTF-8 '\(Spawn.rolecallBinary)'; echo \"[exit:$?]\""
        let tmux = try TmuxSession(width: 80, height: 24, command: command)
        defer { tmux.close() }
        #expect(tmux.waitFor("root @ production (111122223333)") != nil, "no first screen:\n\(tmux.screen(history: true))")
        tmux.send("q")
        #expect(tmux.waitFor("[exit:0]", history: true) != nil)
        #expect(FileManager.default.fileExists(atPath: session), "the console left no sign-in at \(session)")
        #expect(try runner.run(["lab", "reset"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: session), "lab reset kept the console's sign-in")
    }
}
