import Foundation
import IAMKit
import Testing

/// `rolecall console ...`: the console's sign-in and Switch Role model, scriptable (issue #4
/// "Interface details to hold to"; https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html).
@Suite(.serialized) struct CLIConsoleTests {
    func labWithRole() throws -> CLIRunner {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        try runner.write("trust.json", #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}}"#)
        #expect(try runner.run(["iam", "create-role", "--role-name", "Dev-Access", "--assume-role-policy-document", "file://trust.json"]).status == 0)
        let grant = try runner.run(["--account", "123456789012", "iam", "put-user-policy", "--user-name", "bob", "--policy-name", "Assume",
                                    "--policy-document", #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}}"#])
        #expect(grant.status == 0, "\(grant.stderr)")
        return runner
    }

    @Test func signInSwitchRoleHistoryAndSwitchBack() throws {
        let runner = try labWithRole()
        let signIn = try runner.run(["console", "sign-in", "--account", "development", "--user", "bob", "--password", "Bob-Console-2026"])
        #expect(signIn.status == 0, "\(signIn.stderr)")
        #expect(CLIRunner.json(signIn.stdout)["Arn"] as? String == "arn:aws:iam::123456789012:user/bob")
        let switched = try runner.run(["console", "switch-role", "--account", "production", "--role", "Dev-Access",
                                       "--display-name", "Dev", "--color", "red"])
        #expect(switched.status == 0, "\(switched.stderr)")
        #expect(CLIRunner.json(switched.stdout)["Arn"] as? String == "arn:aws:sts::111122223333:assumed-role/Dev-Access/bob")
        let whoami = try runner.run(["console", "whoami"])
        #expect(whoami.stdout == switched.stdout)
        let history = try runner.run(["console", "history"])
        #expect(history.stdout == """
            {
                "Roles": [
                    {
                        "Account": "production",
                        "RoleName": "Dev-Access",
                        "DisplayName": "Dev",
                        "Color": "red"
                    }
                ]
            }

            """)
        let back = try runner.run(["console", "switch-back"])
        #expect(CLIRunner.json(back.stdout)["Arn"] as? String == "arn:aws:iam::123456789012:user/bob")
    }

    @Test func aRefusedSwitchExits254WithTheConsolesMessage() throws {
        let runner = try labWithRole()
        #expect(try runner.run(["console", "sign-in", "--account", "123456789012", "--user", "bob", "--password", "Bob-Console-2026"]).status == 0)
        let refused = try runner.run(["console", "switch-role", "--account", "111122223333", "--role", "NoSuchRole"])
        #expect(refused.status == 254)
        #expect(refused.stderr == "\nInvalid information in one or more fields. Check your information or contact your administrator.\n")
    }

    @Test func signInWithoutUserIsRootAndRootCannotSwitch() throws {
        let runner = try labWithRole()
        let root = try runner.run(["console", "sign-in", "--account", "123456789012"])
        #expect(CLIRunner.json(root.stdout)["Arn"] as? String == "arn:aws:iam::123456789012:root")
        #expect(try runner.run(["console", "switch-role", "--account", "111122223333", "--role", "Dev-Access"]).status == 254)
        let mfaUser = try runner.run(["console", "sign-in", "--account", "123456789012", "--user", "alice", "--password", "Alice-Console-2026"])
        #expect(mfaUser.status == 254)
        #expect(mfaUser.stderr == "\nEnter the MFA code from your authenticator app to complete sign-in.\n")
        let noPassword = try runner.run(["console", "sign-in", "--account", "123456789012", "--user", "bob"])
        #expect(noPassword.status == 254)
        #expect(noPassword.stderr == "\nEnter the password of IAM user bob.\n")
        let wrong = try runner.run(["console", "sign-in", "--account", "123456789012", "--user", "bob", "--password", "guess"])
        #expect(wrong.stderr == "\nYour authentication information is incorrect. Please try again.\n")
    }
}
