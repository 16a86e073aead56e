import Foundation
import Testing

/// The Roles page of the built console against a store the CLI changes from "another SSH
/// session": the trust tab shows the principal's ARN, and once the CLI deletes that user, `r`
/// shows the raw unique ID, flagged, exactly as `rolecall iam get-role` now prints it.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles
@Suite("Roles page in a real terminal (tmux)", .enabled(if: Spawn.hasTmux, "tmux is not installed"),
       .timeLimit(.minutes(1)))
struct RolesPageTests {
    static let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:user/bob"},"Action":"sts:AssumeRole"}]}"#

    @Test("trust tab: ARN shown back; after the CLI deletes the user, r shows the raw unique ID flagged")
    func deletedPrincipalAppearsOnReload() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        let created = try runner.run(["iam", "create-role", "--role-name", "UpdateApp", "--assume-role-policy-document", Self.trust])
        #expect(created.status == 0, "\(created.stderr)")
        let home = runner.directory.path
        let store = runner.directory.appendingPathComponent("lab").path
        let environment = "ROLECALL_NOW=2026-11-29T08:00:00Z HOME='\(home)' XDG_DATA_HOME='\(home)/data' XDG_CONFIG_HOME='\(home)/config'"
        let tmux = try TmuxSession(width: 100, height: 30,
                                   command: appCommand(environment) + " --store '\(store)'; echo \"[exit:$?]\"")
        defer { tmux.close() }
        #expect(tmux.waitFor("q Quit") != nil, "no first frame:\n\(tmux.screen())")
        tmux.send("Tab")
        #expect(tmux.waitFor("UpdateApp") != nil, "the Roles page does not list the CLI's role:\n\(tmux.screen())")
        tmux.send("Enter", "Right")
        #expect(tmux.waitFor("\"AWS\": \"arn:aws:iam::123456789012:user/bob\"") != nil, "no ARN on the trust tab:\n\(tmux.screen())")

        let dev = ["--account", "123456789012"]
        let removed = try runner.run(dev + ["iam", "remove-user-from-group", "--group-name", "Developers", "--user-name", "bob"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(try runner.run(dev + ["iam", "delete-login-profile", "--user-name", "bob"]).status == 0)
        let deleted = try runner.run(dev + ["iam", "delete-user", "--user-name", "bob"])
        #expect(deleted.status == 0, "\(deleted.stderr)")
        let shown = try runner.run(["iam", "get-role", "--role-name", "UpdateApp"])
        let rawID = shown.stdout.range(of: "\"AWS\": \"AIDA").map { String(shown.stdout[$0.upperBound...].prefix(17)) }
            .map { "AIDA" + $0 } ?? "(none)"
        #expect(rawID.hasPrefix("AIDA") && rawID.count == 21, "get-role printed \(shown.stdout) \(shown.stderr)")

        tmux.send("r")
        let screen = try #require(tmux.waitFor(all: ["\(rawID): deleted principal", "\"AWS\": \"\(rawID)\""]),
                                  "no flag after r:\n\(tmux.screen())")
        #expect(screen.contains("⚠ \(rawID): deleted principal"))
        #expect(screen.contains("\"AWS\": \"\(rawID)\""))
        #expect(!screen.contains("user/bob"))
        tmux.send("q")
        #expect(tmux.waitFor("[exit:0]", history: true) != nil)
    }
}

/// Writing a customer managed policy in `$EDITOR` from the Policies page: the console leaves
/// the screen to the editor and comes back, a draft with a mistake is refused with its line and
/// column, and once fixed it is created, which the CLI then sees.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_create-console.html
@Suite("Policies page in a real terminal (tmux)", .enabled(if: Spawn.hasTmux, "tmux is not installed"),
       .timeLimit(.minutes(1)))
struct PoliciesPageEditorTests {
    @Test("c + $EDITOR: a located error first, then CreatePolicy, visible to the CLI")
    func createInEditor() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        let home = runner.directory.path
        let next = runner.directory.appendingPathComponent("next.json")
        try "{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:ListBucket\"}\n}\n"
            .write(to: next, atomically: true, encoding: .utf8)
        // The "editor" replaces the draft with next.json, as a user saving in vi would.
        let environment = "ROLECALL_NOW=2026-11-29T08:00:00Z HOME='\(home)' XDG_DATA_HOME='\(home)/data' "
            + "XDG_CONFIG_HOME='\(home)/config' EDITOR='cp \(next.path)'"
        let store = runner.directory.appendingPathComponent("lab").path
        let tmux = try TmuxSession(width: 100, height: 30,
                                   command: appCommand(environment) + " --store '\(store)'; echo \"[exit:$?]\"")
        defer { tmux.close() }
        #expect(tmux.waitFor("q Quit") != nil, "no first frame:\n\(tmux.screen())")
        // Walk the tabs to the Policies page, backwards from Welcome first (Policies is near the
        // end of the tab order); a page that keeps Tab/Shift-Tab for its fields turns us round.
        var key = "BTab"
        for _ in 0..<12 where !tmux.screen().contains("Policies]") {
            let header = tmux.screen().split(separator: "\n").first.map(String.init) ?? ""
            tmux.send(key)
            let moved = tmux.waitUntil(timeout: 1) { (tmux.screen().split(separator: "\n").first.map(String.init) ?? "") != header }
            if !moved { key = key == "BTab" ? "Tab" : "BTab" }
        }
        #expect(tmux.waitFor("Policies]") != nil, "no Policies page:\n\(tmux.screen())")
        tmux.send("c")
        tmux.type("FromEditor")
        tmux.send("Enter")
        let refused = try #require(tmux.waitFor(all: ["MalformedPolicyDocument", "line 3, column"]), "no located error:\n\(tmux.screen())")
        #expect(refused.contains("line 3, column"))
        try #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}}"#
            .write(to: next, atomically: true, encoding: .utf8)
        tmux.send("e")
        #expect(tmux.waitFor("Policy FromEditor created.") != nil, "not created:\n\(tmux.screen())")
        let got = try runner.run(["iam", "get-policy", "--policy-arn", "arn:aws:iam::111122223333:policy/FromEditor"])
        #expect(got.status == 0, "\(got.stderr)")
        tmux.send("q")
        #expect(tmux.waitFor("[exit:0]", history: true) != nil)
    }
}
