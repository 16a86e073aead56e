import Foundation
import IAMKit
import Testing

/// The Create role wizard as a new user meets it: the built console in tmux on a fresh lab,
/// the seed's role created step by step, then the real CLI reading the same store.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html (seed),
/// iam-semantics.md §5.4.
@Suite("Create role wizard end to end", .serialized, .timeLimit(.minutes(2)))
struct CreateRoleWizardTests {
    /// The seed's trust policy (iam-semantics.md §5.4), as JSON.
    static var seedTrustPolicy: NSDictionary { [
        "Version": "2012-10-17",
        "Statement": [["Effect": "Allow", "Principal": ["AWS": "arn:aws:iam::123456789012:root"], "Action": "sts:AssumeRole",
                       "Condition": ["Bool": ["aws:MultiFactorAuthPresent": "true"]]]],
    ] }

    /// A scratch directory with `store/` and a home.
    static func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rolecall-wizard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("home"), withIntermediateDirectories: true)
        return directory
    }

    /// Runs the real CLI against `store`.
    static func cli(_ arguments: [String], store: URL, home: URL) -> Spawn.Result {
        Spawn.run(["env", "HOME=\(home.path)", "XDG_CONFIG_HOME=\(home.path)/.config", "ROLECALL_NOW=2026-11-29T08:00:00Z",
                   Spawn.rolecallBinary] + arguments + ["--store", store.path], timeout: 20)
    }

    /// The `AssumeRolePolicyDocument` of `get-role` output.
    static func trustPolicy(ofGetRole output: String) -> NSDictionary? {
        let json = try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
        let role = json?["Role"] as? [String: Any]
        return role?["AssumeRolePolicyDocument"] as? NSDictionary
    }

    @Test("Launch on a fresh lab, create the seed's role (123456789012, Require MFA, one policy, name, description), quit; get-role shows the seed's trust policy",
          .enabled(if: Spawn.hasTmux, "tmux is not installed"))
    func seedRoleThroughTheWizard() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("store")
        let home = directory.appendingPathComponent("home")
        let command = "env HOME='\(home.path)' XDG_CONFIG_HOME='\(home.path)/.config' ROLECALL_NOW=2026-11-29T08:00:00Z "
            + "TERM=tmux-256color LANG=C.UTF-8 '\(Spawn.rolecallBinary)' --store '\(store.path)'; echo \"[exit:$?]\""
        let tmux = try TmuxSession(width: 80, height: 24, command: command)
        defer { tmux.close() }
        _ = try #require(tmux.waitFor("q Quit", timeout: 10), "no first frame:\n\(tmux.screen())")
        // Tab through the pages (Welcome first, others may come before the wizard) to Create role.
        var onWizard = false
        for _ in 0..<8 where !onWizard {
            tmux.send("Tab")
            onWizard = tmux.waitFor("Select trusted entity", timeout: 1) != nil
        }
        try #require(onWizard, "never reached the wizard:\n\(tmux.screen())")
        #expect(tmux.screen().contains("unavailable: enter the 12-digit ID of the account to trust"))
        tmux.send("Tab")
        tmux.type("123456789012")
        tmux.send("Tab", "Tab", "Space")
        #expect(tmux.waitFor("[x] Require MFA") != nil, "MFA not ticked:\n\(tmux.screen())")
        tmux.send("Enter")
        _ = try #require(tmux.waitFor("Step 2 of 4"), "not on permissions:\n\(tmux.screen())")
        tmux.type("/")
        tmux.type("PolicyForRole")
        tmux.send("Enter", "Space")
        #expect(tmux.waitFor("1 chosen (a role takes up to 10)") != nil, "policy not chosen:\n\(tmux.screen())")
        tmux.send("Enter")
        _ = try #require(tmux.waitFor("Step 3 of 4"), "not on name:\n\(tmux.screen())")
        tmux.type("UpdateApp")
        tmux.send("Tab")
        tmux.type("Lets developers update the production app")
        tmux.send("Enter")
        _ = try #require(tmux.waitFor("Step 4 of 4: Review and create"), "not on review:\n\(tmux.screen())")
        tmux.send("Enter")
        _ = try #require(tmux.waitFor("Role UpdateApp created"), "not created:\n\(tmux.screen())")
        tmux.send("q")
        _ = try #require(tmux.waitFor("[exit:0]", history: true), "did not quit:\n\(tmux.screen())")

        let role = Self.cli(["iam", "get-role", "--role-name", "UpdateApp"], store: store, home: home)
        #expect(role.status == 0, "\(role.output)")
        #expect(Self.trustPolicy(ofGetRole: role.output) == Self.seedTrustPolicy, "\(role.output)")
        #expect(role.output.contains("\"Description\": \"Lets developers update the production app\""))
        let attached = Self.cli(["iam", "list-attached-role-policies", "--role-name", "UpdateApp"], store: store, home: home)
        #expect(attached.output.contains("\"PolicyName\": \"PolicyForRole\""), "\(attached.output)")
    }

    @Test("The CLI commands the review shows create the same role through the real CLI")
    func reviewCommandsRunThroughTheCLI() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("store")
        let home = directory.appendingPathComponent("home")
        #expect(Self.cli(["lab", "init", "--demo"], store: store, home: home).status == 0)
        let plan = RoleCreationPlan(trustedAccountID: "123456789012", externalID: "Partner:2026/x-7f3a", requiresMFA: true,
                                    roleName: "UpdateApp", description: "It's the seed's role", path: "/apps/",
                                    maxSessionDuration: 7200, policyARNs: ["arn:aws:iam::111122223333:policy/PolicyForRole",
                                                                           "arn:aws:iam::aws:policy/ReadOnlyAccess"],
                                    tags: [Tag(key: "team", value: "ops and dev"), Tag(key: "cost", value: "a/b:c=d")])
        for arguments in plan.cliArguments {
            let result = Self.cli(arguments, store: store, home: home)
            #expect(result.status == 0, "\(arguments): \(result.output)")
        }
        // The shell form, as shown for copying, runs too (quoting of ' and JSON).
        let shellStore = directory.appendingPathComponent("shell-store")
        #expect(Self.cli(["lab", "init", "--demo"], store: shellStore, home: home).status == 0)
        let script = plan.shellCommands.map { $0 + " --store '\(shellStore.path)'" }.joined(separator: " && ")
        let shell = Spawn.run(["env", "HOME=\(home.path)", "PATH=\(URL(fileURLWithPath: Spawn.rolecallBinary).deletingLastPathComponent().path):/usr/bin:/bin",
                               "ROLECALL_NOW=2026-11-29T08:00:00Z", "sh", "-c", script], timeout: 30)
        #expect(shell.status == 0, "\(script)\n\(shell.output)")
        for target in [store, shellStore] {
            let role = Self.cli(["iam", "get-role", "--role-name", "UpdateApp"], store: target, home: home)
            let expected = try JSONSerialization.jsonObject(with: Data(plan.trustPolicyDocument.utf8)) as? NSDictionary
            #expect(Self.trustPolicy(ofGetRole: role.output) == expected, "\(role.output)")
            #expect(role.output.contains("\"Path\": \"/apps/\""))
            #expect(role.output.contains("\"MaxSessionDuration\": 7200"))
            #expect(role.output.contains("\"Description\": \"It's the seed's role\""))
            #expect(role.output.contains("\"Value\": \"ops and dev\"") && role.output.contains("\"Value\": \"a/b:c=d\""), "\(role.output)")
            let attached = Self.cli(["iam", "list-attached-role-policies", "--role-name", "UpdateApp"], store: target, home: home)
            #expect(attached.output.contains("PolicyForRole") && attached.output.contains("ReadOnlyAccess"), "\(attached.output)")
        }
    }
}
