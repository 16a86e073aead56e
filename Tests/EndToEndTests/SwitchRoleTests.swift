import Foundation
import IAMKit
import Testing

/// Issue #7's console story in a real terminal: on the demo lab where the CLI created the seed's
/// role (trust 123456789012 with MFA, PolicyForRole attached) and granted alice sts:AssumeRole,
/// alice signs in with her MFA code, switches to the role, sees the header change (display name
/// in red), checks what the session may do, and switches back; bob's switch is refused with the
/// console's message and why.
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/tutorial_cross-account-with-roles.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
@Suite("Switch Role in the console (tmux)", .serialized, .enabled(if: Spawn.hasTmux, "tmux is not installed"),
       .timeLimit(.minutes(1)))
struct SwitchRoleTests {
    static let now = "2026-11-29T08:00:00Z"
    static let roleARN = "arn:aws:iam::111122223333:role/Test-UserAccess-Role"
    static let consoleMessage = "Invalid information in one or more fields. Check your information or contact your administrator."

    /// The seed's lab, built with the CLI.
    static func seedLab() throws -> CLIRunner {
        let runner = try CLIRunner(now: now)
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        try runner.write("trust.json", """
            {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
             "Action": "sts:AssumeRole", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}}
            """)
        let steps: [[String]] = [
            ["iam", "create-role", "--role-name", "Test-UserAccess-Role", "--assume-role-policy-document", "file://trust.json"],
            ["iam", "attach-role-policy", "--role-name", "Test-UserAccess-Role", "--policy-arn", "arn:aws:iam::111122223333:policy/PolicyForRole"],
            ["--account", "123456789012", "iam", "put-user-policy", "--user-name", "alice", "--policy-name", "AssumeTestRole", "--policy-document",
             #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"\#(roleARN)"}}"#],
        ]
        for step in steps {
            let result = try runner.run(step)
            #expect(result.status == 0, "\(step): \(result.stderr)")
        }
        return runner
    }

    /// Alice's current code, computed from her device's seed in the store under the pinned clock.
    static func aliceCode(_ runner: CLIRunner) throws -> String {
        let file = runner.directory.appendingPathComponent("lab/123456789012/mfaDevice/alice.json")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let seed = try #require(record["base32Seed"] as? String)
        let instant = try #require(Timestamp(iso8601: now))
        return TOTP(secret: try #require(Base32.decode(seed))).code(at: instant)
    }

    /// The console on `runner`'s lab in a tmux pane.
    static func console(_ runner: CLIRunner, width: Int = 120, height: Int = 40) throws -> TmuxSession {
        // NO_COLOR (set by some test runners) would make the header monochrome.
        let command = "env -u NO_COLOR -u COLORTERM HOME='\(runner.directory.path)' ROLECALL_NOW=\(now) TERM=tmux-256color LANG=C.UTF-8 "
            + "'\(Spawn.rolecallBinary)' --store '\(runner.directory.appendingPathComponent("lab").path)'; echo \"[exit:$?]\""
        let tmux = try TmuxSession(width: width, height: height, command: command)
        _ = tmux.waitFor("Tab Next page")
        return tmux
    }

    /// The console's tab order (pages not built yet are simply absent from the header).
    static let tabOrder = ["Welcome", "Roles", "Create role", "Users", "Policies", "Sign in", "Switch Role", "Session", "Activity"]

    /// Moves through the tabs until the header marks `title` as the active page: forward when
    /// the target comes later, else backward, and always backward from Welcome, so the path
    /// never crosses the Create role wizard (whose form takes Tab for its fields).
    static func open(_ title: String, in tmux: TmuxSession) throws {
        let header = { String(tmux.screen().split(separator: "\n").first ?? "") }
        // The tab bar marks the active tab `[Title]`, `[Short]`, `[N Short]`, or only `[N]` when
        // the signed-in identity leaves no room for the name (issue #15).
        let shortTitles = ["Create role": "Create", "Switch Role": "Switch", "Activity": "Events"]
        func isActive(_ name: String, _ line: String) -> Bool {
            let number = (tabOrder.firstIndex(of: name) ?? 0) + 1
            let short = shortTitles[name] ?? name
            return line.contains("[\(name)]") || line.contains("[\(short)]") || line.contains("[\(number) \(short)]")
                || line.contains("[\(number)]")
        }
        for _ in 0..<12 {
            let now = header()
            if isActive(title, now) { return }
            let current = tabOrder.firstIndex { isActive($0, now) } ?? 0
            let target = tabOrder.firstIndex(of: title) ?? 0
            tmux.send(current != 0 && target > current ? "Tab" : "BTab")
            _ = tmux.waitUntil(timeout: 1) { header() != now }
        }
        Issue.record("page \(title) never became active:\n\(tmux.screen())")
    }

    /// Signs in on the Sign in page (with the demo's console password of alice and bob).
    static func signIn(_ tmux: TmuxSession, account: String, user: String, code: String) throws {
        try open("Sign in", in: tmux)
        // After a sign-in focus leaves the form (#15): ↓ enters it again, at Account.
        if tmux.screen().split(separator: "\n").last?.contains("EDITING") != true {
            tmux.send("Down")
            _ = tmux.waitFor("EDITING")
        }
        tmux.send("C-u")
        tmux.type(account)
        tmux.send("Down")
        tmux.type(user)
        tmux.send("Down")
        if let password = DemoLab.demoPasswords.first(where: { $0.userName == user })?.password { tmux.type(password) }
        tmux.send("Down")
        if !code.isEmpty { tmux.type(code) }
        tmux.send("Enter")
    }

    /// Fills the Switch Role form (colour: → steps from blue) and presses Enter.
    static func switchRole(_ tmux: TmuxSession, colourSteps: Int) throws {
        try open("Switch Role", in: tmux)
        tmux.type("production")
        tmux.send("Down")
        tmux.type("Test-UserAccess-Role")
        tmux.send("Down", "Down")
        for _ in 0..<colourSteps { tmux.send("Right") }
        tmux.send("Enter")
    }

    @Test func aliceSignsInWithMFASwitchesSeesTheHeaderChecksHerSessionAndSwitchesBack() throws {
        let runner = try Self.seedLab()
        let tmux = try Self.console(runner)
        defer { tmux.close() }
        try Self.signIn(tmux, account: "development", user: "alice", code: try Self.aliceCode(runner))
        let signedIn = try #require(tmux.waitFor("Signed in as alice @ development (123456789012)."), "\(tmux.screen())")
        #expect(signedIn.split(separator: "\n").first?.hasSuffix("alice @ development (123456789012)") == true)

        try Self.switchRole(tmux, colourSteps: 1) // blue → red
        let switched = try #require(tmux.waitFor("Only the role's permissions apply now"), "\(tmux.screen())")
        let header = String(switched.split(separator: "\n").first ?? "")
        #expect(header.hasSuffix("Test-UserAccess-Role @ production"), "\(header)")
        // The display name is drawn in the red of the Switch Role colour (SGR 31 in tmux-256color).
        let coloured = tmux.tmux(["capture-pane", "-p", "-e", "-t", "t"]).output.split(separator: "\n").first.map(String.init) ?? ""
        let styleBeforeName = coloured.components(separatedBy: "Test-UserAccess-Role @ production").first.map { String($0.suffix(24)) } ?? ""
        #expect(styleBeforeName.contains("\u{1b}[31m") || styleBeforeName.contains("38;5;1m"), "\(coloured.debugDescription)")

        try Self.open("Session", in: tmux)
        tmux.type("s3:ListBucket")
        tmux.send("Down")
        tmux.type("arn:aws:s3:::example_bucket")
        tmux.send("Enter")
        #expect(tmux.waitFor("Allowed: s3:ListBucket on arn:aws:s3:::example_bucket") != nil, "\(tmux.screen())")
        #expect(tmux.screen().contains("Matched: Allow statement 0 of PolicyForRole"))
        tmux.send("Up", "C-u")
        tmux.type("iam:CreateUser")
        tmux.send("Down", "C-u")
        tmux.type("arn:aws:iam::111122223333:user/eve")
        tmux.send("Enter")
        #expect(tmux.waitFor("Denied (implicit deny: nothing allows it): iam:CreateUser") != nil, "\(tmux.screen())")
        #expect(tmux.screen().contains("Role session expires 2026-11-29T09:00:00Z: 1 h 0 min left"))

        try Self.open("Switch Role", in: tmux)
        tmux.send("Escape")
        tmux.type("b")
        let back = try #require(tmux.waitFor("Back to alice: your own permissions apply again."), "\(tmux.screen())")
        #expect(back.split(separator: "\n").first?.hasSuffix("alice @ development (123456789012)") == true)
        tmux.send("q")
        #expect(tmux.waitFor("[exit:0]", history: true) != nil)
        // The switch went through the store: the CLI sees the role's last use.
        let role = try runner.run(["iam", "get-role", "--role-name", "Test-UserAccess-Role"])
        #expect(role.stdout.contains("\"LastUsedDate\": \"2026-11-29T08:00:00+00:00\""), "\(role.stdout)")
    }

    @Test func bobsSwitchIsRefusedWithTheConsolesMessageAndWhy() throws {
        let runner = try Self.seedLab()
        let tmux = try Self.console(runner, width: 80, height: 24)
        defer { tmux.close() }
        try Self.signIn(tmux, account: "123456789012", user: "bob", code: "")
        #expect(tmux.waitFor("Signed in as bob") != nil, "\(tmux.screen())")
        try Self.switchRole(tmux, colourSteps: 0)
        var refused = try #require(tmux.waitFor("Why:"), "\(tmux.screen())")
        func flattened(_ screen: String) -> String {
            screen.split(separator: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }.joined(separator: " ")
        }
        // "Why:" can reach the pane before the reasons beneath it: wait for the whole explanation.
        let deadline = Date().addingTimeInterval(4)
        while !flattened(refused).contains("do not allow sts:AssumeRole on"), Date() < deadline {
            usleep(20_000)
            refused = tmux.screen()
        }
        #expect(refused.contains("Invalid information in one or more fields. Check your information or contact"))
        #expect(refused.contains("your administrator."))
        let flat = flattened(refused)
        #expect(flat.contains("Your own policies (user and groups) do not allow sts:AssumeRole on"), "\(refused)")
        #expect(flat.contains("The trust policy requires MFA (Bool aws:MultiFactorAuthPresent = true)"), "\(refused)")
        #expect(refused.split(separator: "\n").first?.contains("bob @ development") == true)
        // The refused form is typed input not yet used: quitting asks first.
        tmux.send("q")
        #expect(tmux.waitFor("You have unsaved input. Quit rolecall and lose it?") != nil, "\(tmux.screen())")
        tmux.send("y")
        #expect(tmux.waitFor("[exit:0]", history: true) != nil)
        let role = try runner.run(["iam", "get-role", "--role-name", "Test-UserAccess-Role"])
        #expect(!role.stdout.contains("LastUsedDate"), "a refused switch must not use the role")
    }

    @Test func aUserCreatedInTheConsoleGetsAnMFADeviceTheCLISeesAndSignsInWithIt() throws {
        let runner = try Self.seedLab()
        let tmux = try Self.console(runner, width: 80, height: 24)
        defer { tmux.close() }
        try Self.signIn(tmux, account: "development", user: "", code: "")
        #expect(tmux.waitFor("Signed in as root @ development") != nil, "\(tmux.screen())")
        try Self.open("Users", in: tmux)
        tmux.send("n")
        tmux.type("carol")
        tmux.send("Enter")
        #expect(tmux.waitFor("Created user carol (arn:aws:iam::123456789012:user/carol).") != nil, "\(tmux.screen())")
        tmux.send("m")
        #expect(tmux.waitFor("Set up a virtual MFA device for carol") != nil, "\(tmux.screen())")
        let file = runner.directory.appendingPathComponent("lab/123456789012/mfaDevice/carol.json")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let seed = try #require(record["base32Seed"] as? String)
        #expect(tmux.screen().replacingOccurrences(of: "│\n│", with: "").contains(seed))
        let totp = TOTP(secret: try #require(Base32.decode(seed)))
        let step = totp.step(at: try #require(Timestamp(iso8601: Self.now)))
        tmux.type(totp.code(counter: step - 1))
        tmux.send("Down")
        tmux.type(totp.code(counter: step))
        tmux.send("Enter")
        #expect(tmux.waitFor("is enabled for carol") != nil, "\(tmux.screen())")
        let devices = try runner.run(["--account", "123456789012", "iam", "list-mfa-devices", "--user-name", "carol"])
        #expect(devices.stdout.contains("\"SerialNumber\": \"arn:aws:iam::123456789012:mfa/carol\""), "\(devices.stdout)\(devices.stderr)")
        try Self.signIn(tmux, account: "development", user: "carol", code: totp.code(counter: step))
        #expect(tmux.waitFor("Signed in as carol @ development (123456789012).") != nil, "\(tmux.screen())")
    }
}
