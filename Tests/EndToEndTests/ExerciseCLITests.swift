import Foundation
import Testing

/// Every built-in exercise solved the intended way through the real binary (the CLI path; the
/// console path of 1 and 3 is the same lab, graded the same way), `lab check` exits 0 and says
/// so; a plausible wrong answer exits 1 with the hint that names the mistake.
@Suite("Exercises through the CLI", .timeLimit(.minutes(3)))
struct ExerciseCLITests {
    static let mfaTrust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}"#
    static let roleARN = "arn:aws:iam::111122223333:role/Test-UserAccess-Role"

    /// A fresh lab with exercise `number` started.
    private func start(_ number: String) throws -> CLIRunner {
        let runner = try CLIRunner()
        let started = try runner.run(["lab", "exercise", "start", number])
        #expect(started.status == 0, "\(started.stderr)")
        return runner
    }

    @discardableResult
    private func ok(_ runner: CLIRunner, _ arguments: [String], extra: [String: String] = [:]) throws -> CLIRunner.Output {
        let output = try runner.run(arguments, extra: extra)
        #expect(output.status == 0, "\(arguments.joined(separator: " ")): \(output.stderr)")
        return output
    }

    private func expectComplete(_ runner: CLIRunner) throws {
        let check = try runner.run(["lab", "check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("Exercise complete"), "\(check.stdout)")
        #expect(!check.stdout.contains("✘"))
    }

    private func expectFailing(_ runner: CLIRunner, hint: String) throws {
        let check = try runner.run(["lab", "check"])
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("Hint:   " + hint), "\(check.stdout)")
        #expect(check.stdout.contains("Reason: "))
    }

    /// Access-key credentials for `user` of `account`, as environment variables.
    private func credentials(_ runner: CLIRunner, _ account: String, _ user: String) throws -> [String: String] {
        let key = try ok(runner, ["--account", account, "iam", "create-access-key", "--user-name", user])
        let object = CLIRunner.json(key.stdout)["AccessKey"] as? [String: Any] ?? [:]
        return ["AWS_ACCESS_KEY_ID": object["AccessKeyId"] as? String ?? "", "AWS_SECRET_ACCESS_KEY": object["SecretAccessKey"] as? String ?? ""]
    }

    private func createSeedRole(_ runner: CLIRunner, trust: String) throws {
        try runner.write("trustpolicyforacct123456789012.json", trust)
        try ok(runner, ["iam", "create-role", "--role-name", "Test-UserAccess-Role",
                        "--assume-role-policy-document", "file://trustpolicyforacct123456789012.json"])
        try ok(runner, ["iam", "attach-role-policy", "--role-name", "Test-UserAccess-Role",
                        "--policy-arn", "arn:aws:iam::111122223333:policy/PolicyForRole"])
    }

    @Test("Exercises 1 and 2: the seed's role with MFA passes", arguments: ["1", "2"])
    func seedRole(number: String) throws {
        let runner = try start(number)
        try expectFailing(runner, hint: number == "1" ? "In step 1 choose Another AWS account" : "rolecall iam create-role")
        try createSeedRole(runner, trust: Self.mfaTrust)
        try expectComplete(runner)
    }

    @Test("Exercise 2: a trust policy without the MFA condition fails with the MFA hint")
    func seedRoleWithoutMFA() throws {
        let runner = try start("2")
        try createSeedRole(runner, trust: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}"#)
        try expectFailing(runner, hint: "Add the MFA condition to the trust policy")
    }

    @Test("Exercise 1: Principal \"*\" fails with the every-account hint")
    func seedRoleTrustingEveryone() throws {
        let runner = try start("1")
        try createSeedRole(runner, trust: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}"#)
        try expectFailing(runner, hint: "Principal \"*\" trusts every AWS account in the world")
    }

    private func grantDevelopers(_ runner: CLIRunner, resource: String) throws {
        try runner.write("grant.json", #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"\#(resource)"}]}"#)
        let policy = try ok(runner, ["--account", "123456789012", "iam", "create-policy", "--policy-name", "SwitchToProduction",
                                     "--policy-document", "file://grant.json", "--query", "Policy.Arn", "--output", "text"])
        try ok(runner, ["--account", "123456789012", "iam", "attach-group-policy", "--group-name", "Developers",
                        "--policy-arn", policy.stdout.trimmingCharacters(in: .whitespacesAndNewlines)])
    }

    @Test("Exercise 3: grant the group, assume as alice with her MFA code, bob refused")
    func grantSwitch() throws {
        let runner = try start("3")
        try grantDevelopers(runner, resource: Self.roleARN)
        let alice = try credentials(runner, "123456789012", "alice")
        let code = try ok(runner, ["lab", "mfa-code", "--serial-number", "arn:aws:iam::123456789012:mfa/alice", "--query", "Code", "--output", "text"])
        try ok(runner, ["sts", "assume-role", "--role-arn", Self.roleARN, "--role-session-name", "alice",
                        "--serial-number", "arn:aws:iam::123456789012:mfa/alice",
                        "--token-code", code.stdout.trimmingCharacters(in: .whitespacesAndNewlines)], extra: alice)
        let bob = try credentials(runner, "123456789012", "bob")
        #expect(try runner.run(["sts", "assume-role", "--role-arn", Self.roleARN, "--role-session-name", "bob"], extra: bob).status == 254)
        try expectComplete(runner)
    }

    @Test("Exercise 3: a grant on the wrong ARN fails with the exact-ARN hint")
    func grantOnWrongARN() throws {
        let runner = try start("3")
        try grantDevelopers(runner, resource: "arn:aws:iam::123456789012:role/Test-UserAccess-Role")
        try expectFailing(runner, hint: "Allow sts:AssumeRole on the role's exact ARN")
    }

    @Test("Exercise 4: the external-ID role, assumed by vendor with the right ID after a wrong one")
    func externalID() throws {
        let runner = try start("4")
        try runner.write("partner-trust.json", #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"Example-Corp-7"}}}]}"#)
        try ok(runner, ["iam", "create-role", "--role-name", "PartnerMonitoring", "--assume-role-policy-document", "file://partner-trust.json"])
        let vendor = try credentials(runner, "444455556666", "vendor")
        let arn = "arn:aws:iam::111122223333:role/PartnerMonitoring"
        let wrong = try runner.run(["sts", "assume-role", "--role-arn", arn, "--role-session-name", "vendor", "--external-id", "guess"], extra: vendor)
        #expect(wrong.status == 254)
        #expect(wrong.stderr.contains("AccessDenied"))
        try ok(runner, ["sts", "assume-role", "--role-arn", arn, "--role-session-name", "vendor", "--external-id", "Example-Corp-7"], extra: vendor)
        try expectComplete(runner)
    }

    @Test("Exercise 5: update-assume-role-policy with carol's ARN repairs the trust")
    func principalIDTrap() throws {
        let runner = try start("5")
        try expectFailing(runner, hint: "The trust policy still holds the old carol's unique ID")
        try runner.write("carol.json", #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:user/carol"},"Action":"sts:AssumeRole"}]}"#)
        try ok(runner, ["iam", "update-assume-role-policy", "--role-name", "CarolRole", "--policy-document", "file://carol.json"])
        try expectComplete(runner)
    }

    @Test("Exercise 6: replacing Everything with the exact policy, proven by simulation")
    func leastPrivilege() throws {
        let runner = try start("6")
        try ok(runner, ["iam", "delete-role-policy", "--role-name", "ReportReader", "--policy-name", "Everything"])
        try runner.write("read.json", #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::reports"},{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}"#)
        try ok(runner, ["iam", "put-role-policy", "--role-name", "ReportReader", "--policy-name", "ReadReports", "--policy-document", "file://read.json"])
        let simulated = try ok(runner, ["iam", "simulate-principal-policy", "--policy-source-arn", "arn:aws:iam::111122223333:role/ReportReader",
                                        "--action-names", "s3:GetObject", "s3:PutObject", "--resource-arns", "arn:aws:s3:::reports/q4.csv",
                                        "--query", "EvaluationResults[].EvalDecision", "--output", "text"])
        #expect(simulated.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "allowed\timplicitDeny")
        try expectComplete(runner)
    }

    @Test("Exercise 7: a boundary-conditioned CreateRole grant; alice then creates a bounded role")
    func boundaryDelegation() throws {
        let runner = try start("7")
        try runner.write("delegate.json", #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:CreateRole","iam:AttachRolePolicy"],"Resource":"arn:aws:iam::123456789012:role/*","Condition":{"StringEquals":{"iam:PermissionsBoundary":"arn:aws:iam::123456789012:policy/DeveloperBoundary"}}}]}"#)
        try ok(runner, ["--account", "123456789012", "iam", "put-user-policy", "--user-name", "alice", "--policy-name", "CreateBoundedRoles",
                        "--policy-document", "file://delegate.json"])
        try expectComplete(runner)
        let alice = try credentials(runner, "123456789012", "alice")
        try runner.write("app-trust.json", #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#)
        let unbounded = try runner.run(["iam", "create-role", "--role-name", "app", "--assume-role-policy-document", "file://app-trust.json"], extra: alice)
        #expect(unbounded.status == 254, "\(unbounded.stderr)")
        try ok(runner, ["iam", "create-role", "--role-name", "app", "--assume-role-policy-document", "file://app-trust.json",
                        "--permissions-boundary", "arn:aws:iam::123456789012:policy/DeveloperBoundary"], extra: alice)
    }

    @Test("Exercise 8: a new default version of OpsAccess closes the escalation paths")
    func privilegeEscalation() throws {
        let runner = try start("8")
        try expectFailing(runner, hint: "eve can attach AdministratorAccess to herself")
        try runner.write("ops.json", #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:Get*","iam:List*"],"Resource":"*"},{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::ops-logs/*"},{"Effect":"Allow","Action":"iam:CreateAccessKey","Resource":"arn:aws:iam::123456789012:user/${aws:username}"}]}"#)
        try ok(runner, ["--account", "123456789012", "iam", "create-policy-version", "--policy-arn", "arn:aws:iam::123456789012:policy/OpsAccess",
                        "--policy-document", "file://ops.json", "--set-as-default"])
        try expectComplete(runner)
        let json = try runner.run(["lab", "check", "--output", "json"])
        let exercise = CLIRunner.json(json.stdout)["Exercise"] as? [String: Any] ?? [:]
        #expect(exercise["Complete"] as? Bool == true)
        #expect(CLIRunner.json(json.stdout)["Clean"] as? Bool == true)
    }

    @Test("start refuses to replace a lab with work in it without --yes, and keeps a backup with it")
    func startConfirms() throws {
        let runner = try start("2")
        try createSeedRole(runner, trust: Self.mfaTrust)
        let refused = try runner.run(["lab", "exercise", "start", "3"])
        #expect(refused.status == 255)
        #expect(refused.stderr.contains("has work in it (1 role, exercise 2)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--yes"))
        try ok(runner, ["lab", "exercise", "start", "3", "--yes"])
        let list = try ok(runner, ["lab", "exercise", "list"])
        #expect(CLIRunner.json(list.stdout)["Active"] as? String == "3")
        let backups = try FileManager.default.contentsOfDirectory(atPath: runner.directory.appendingPathComponent("lab/backup").path)
        #expect(backups.count == 1)
    }

    @Test("A trainer's own exercise from --exercise FILE is graded without the file")
    func exerciseFromFile() throws {
        let runner = try CLIRunner()
        try runner.write("mine.json", #"{"format": 1, "id": "bob-reads", "title": "bob may read reports", "story": "Grant bob s3:GetObject on reports.", "tasks": [{"id": "read", "title": "bob reads reports", "hint": "Give bob s3:GetObject on arn:aws:s3:::reports/*", "checks": [{"kind": "allowed", "caller": "arn:aws:iam::123456789012:user/bob", "signIn": "accessKey", "action": "s3:GetObject", "resource": "arn:aws:s3:::reports/a.csv"}]}]}"#)
        try ok(runner, ["lab", "exercise", "start", "--exercise", "mine.json"])
        try FileManager.default.removeItem(at: runner.directory.appendingPathComponent("mine.json"))
        try expectFailing(runner, hint: "Give bob s3:GetObject")
        try runner.write("read.json", #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}"#)
        try ok(runner, ["--account", "123456789012", "iam", "put-user-policy", "--user-name", "bob", "--policy-name", "Read", "--policy-document", "file://read.json"])
        try expectComplete(runner)
    }
}
