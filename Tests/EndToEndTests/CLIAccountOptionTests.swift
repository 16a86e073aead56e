import Foundation
import Testing

/// Issue #19: `--account` is never silently ignored. With credentials in the environment or a
/// profile it is a usage error (252) naming the credentials' identity and how to drop them;
/// account aliases from the lab (`development`) work wherever an account ID does, and an
/// unknown account is refused with the lab's accounts listed.
@Suite struct CLIAccountOptionTests {
    /// A demo lab, alice's new access key, and the variables that export it.
    static func labWithAliceKey() throws -> (CLIRunner, [String: String]) {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        let created = try runner.run(["--account", "123456789012", "iam", "create-access-key", "--user-name", "alice"])
        let key = try #require(CLIRunner.json(created.stdout)["AccessKey"] as? [String: Any], "\(created.stderr)")
        return (runner, ["AWS_ACCESS_KEY_ID": key["AccessKeyId"] as? String ?? "",
                         "AWS_SECRET_ACCESS_KEY": key["SecretAccessKey"] as? String ?? ""])
    }

    @Test("--account with credentials in the environment is exit 252, naming the identity and the unset command")
    func accountWithEnvironmentCredentialsIsRefused() throws {
        let (runner, credentials) = try Self.labWithAliceKey()
        let before = runner.labSnapshot()
        let output = try runner.run(["--account", "123456789012", "iam", "tag-user", "--user-name", "bob",
                                     "--tags", "Key=team,Value=blue"], extra: credentials)
        #expect(output.status == 252)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("--account 123456789012 cannot be used with credentials"), "\(output.stderr)")
        #expect(output.stderr.contains("acts as arn:aws:iam::123456789012:user/alice"), "\(output.stderr)")
        #expect(output.stderr.contains("unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN"), "\(output.stderr)")
        #expect(runner.labSnapshot() == before, "a refused command wrote to the lab")
        // Without --account the credentials act, as in the AWS CLI.
        let identity = try runner.run(["sts", "get-caller-identity", "--query", "Arn", "--output", "text"], extra: credentials)
        #expect(identity.stdout == "arn:aws:iam::123456789012:user/alice\n", "\(identity.stderr)")
    }

    @Test("--account with --profile is exit 252 and says to leave out --profile")
    func accountWithProfileIsRefused() throws {
        let (runner, credentials) = try Self.labWithAliceKey()
        #expect(try runner.run(["lab", "save-profile", "--profile-name", "alice"], extra: credentials).status == 0)
        let output = try runner.run(["--profile", "alice", "--account", "production", "sts", "get-caller-identity"])
        #expect(output.status == 252)
        #expect(output.stderr.contains("profile alice acts as arn:aws:iam::123456789012:user/alice"), "\(output.stderr)")
        #expect(output.stderr.contains("leave out --profile alice"), "\(output.stderr)")
    }

    @Test("an account alias works wherever an account ID does", arguments: ["development", "123456789012"])
    func aliasIsAnAccount(account: String) throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        let identity = try runner.run(["--account", account, "sts", "get-caller-identity", "--query", "Arn", "--output", "text"])
        #expect(identity.status == 0, "\(identity.stderr)")
        #expect(identity.stdout == "arn:aws:iam::123456789012:root\n")
        let users = try runner.run(["iam", "list-users", "--account", account, "--query", "Users[].UserName", "--output", "text"])
        #expect(users.stdout == "alice\tbob\n", "\(users.stderr)")
    }

    @Test("an unknown account name is refused with the lab's accounts, without suggesting add-account for a non-ID")
    func unknownAccountListsTheLabsAccounts() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        let named = try runner.run(["--account", "staging", "sts", "get-caller-identity"])
        #expect(named.status == 255)
        #expect(named.stderr.contains("account staging is not in the lab"), "\(named.stderr)")
        #expect(named.stderr.contains("The lab's accounts: 111122223333 (production), 123456789012 (development)."), "\(named.stderr)")
        #expect(!named.stderr.contains("add-account --account-id staging"))
        let numbered = try runner.run(["--account", "999999999999", "sts", "get-caller-identity"])
        #expect(numbered.stderr.contains("Add it with: rolecall lab add-account --account-id 999999999999"), "\(numbered.stderr)")
    }
}

/// Issue #19: the CLI's view of duplicate tag keys on create: AWS's words, exit 254, nothing stored.
@Suite struct CLIDuplicateTagKeyTests {
    @Test("create-role and create-user with Team and team fail with AWS's InvalidInput", arguments: ["create-role", "create-user"])
    func duplicateKeysOnCreate(operation: String) throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        let trust = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}}"#
        var arguments = ["iam", operation, "--tags", "Key=Team,Value=blue", "Key=team,Value=red"]
        arguments += operation == "create-role" ? ["--role-name", "Tagged", "--assume-role-policy-document", trust] : ["--user-name", "carol"]
        let output = try runner.run(arguments)
        #expect(output.status == 254)
        let api = operation == "create-role" ? "CreateRole" : "CreateUser"
        #expect(output.stderr == "\nAn error occurred (InvalidInput) when calling the \(api) operation: "
            + "Duplicate tag keys found. Please note that Tag keys are case insensitive.\n")
        let get = operation == "create-role" ? ["iam", "get-role", "--role-name", "Tagged"] : ["iam", "get-user", "--user-name", "carol"]
        #expect(try runner.run(get).status == 254, "the refused \(operation) stored something")
    }
}
