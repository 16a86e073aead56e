import Foundation
import Testing

/// Who is calling (issue #4 "Who is calling"): root of the current or `--account` account
/// without credentials; a saved profile acts as its user; `ROLECALL_NOW` must be ISO 8601.
@Suite(.serialized) struct CLIIdentityTests {
    @Test func aSavedProfileActsAsItsUser() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        let created = try runner.run(["--account", "123456789012", "iam", "create-access-key", "--user-name", "bob"])
        let key = CLIRunner.json(created.stdout)["AccessKey"] as? [String: Any]
        let credentials = ["AWS_ACCESS_KEY_ID": key?["AccessKeyId"] as? String ?? "", "AWS_SECRET_ACCESS_KEY": key?["SecretAccessKey"] as? String ?? ""]
        let saved = try runner.run(["lab", "save-profile", "--profile-name", "bob"], extra: credentials)
        #expect(saved.status == 0, "\(saved.stderr)")
        let identity = try runner.run(["sts", "get-caller-identity", "--profile", "bob", "--output", "text"])
        #expect(identity.stdout.hasPrefix("123456789012\tarn:aws:iam::123456789012:user/bob\tAIDA"), "\(identity.stderr)")
        let missing = try runner.run(["--profile", "nobody", "sts", "get-caller-identity"])
        #expect(missing.status == 255)
        #expect(missing.stderr == "\nThe config profile (nobody) could not be found\n")
    }

    @Test func theCurrentAccountsRootByDefaultAndAnotherWithAccount() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--account-id", "444455556666"]).status == 0)
        #expect(CLIRunner.json(try runner.run(["sts", "get-caller-identity"]).stdout)["Arn"] as? String == "arn:aws:iam::444455556666:root")
        #expect(try runner.run(["lab", "add-account", "--account-id", "777788889999", "--alias", "other"]).status == 0)
        let other = try runner.run(["sts", "get-caller-identity", "--account", "777788889999"])
        #expect(CLIRunner.json(other.stdout)["Account"] as? String == "777788889999")
        let info = CLIRunner.json(try runner.run(["lab", "info"]).stdout)
        #expect((info["Accounts"] as? [Any])?.count == 2)
        #expect(info["CurrentAccount"] as? String == "444455556666")
    }

    @Test func aMalformedPinnedClockIsRefused() throws {
        let runner = try CLIRunner(now: "yesterday")
        let output = try runner.run(["lab", "info"])
        #expect(output.status == 255)
        #expect(output.stderr.contains("ROLECALL_NOW=yesterday is not an ISO 8601 time"))
    }

    @Test func labInitOnAnEmptyDirectoryWithoutOptionsMakesAnEmptyLab() throws {
        let runner = try CLIRunner()
        let output = try runner.run(["lab", "init"])
        #expect(output.status == 0)
        #expect((CLIRunner.json(output.stdout)["Accounts"] as? [Any])?.isEmpty == true)
        #expect(try runner.run(["lab", "init"]).stderr.contains("a lab already exists"))
    }
}

extension CLIIdentityTests {
    @Test func labResetRestoresTheDemoLab() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        #expect(try runner.run(["iam", "create-role", "--role-name", "Scratch", "--assume-role-policy-document",
                                #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}}"#]).status == 0)
        #expect(try runner.run(["console", "sign-in", "--account", "123456789012"]).status == 0)
        let reset = try runner.run(["lab", "reset"])
        #expect(reset.status == 0, "\(reset.stderr)")
        #expect(try runner.run(["iam", "get-role", "--role-name", "Scratch"]).status == 254)
        #expect(try runner.run(["console", "whoami"]).status == 255)
        let users = try runner.run(["--account", "123456789012", "iam", "list-users", "--output", "text"])
        #expect(users.stdout.contains("alice") && users.stdout.contains("bob"))
    }
}
