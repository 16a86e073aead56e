import AWSCommandLine
import Foundation
import IAMKit
import Testing

/// `iam wait …` with botocore's IAM waiters (iam/2010-05-08/waiters-2.json) and
/// `configure list|get|set` on the lab's files.
@Suite(.serialized) struct WaiterAndConfigureTests {
    static let trust = PagingParityTests.trust

    @Test func roleExistsReturnsAtOnceForAnExistingRoleAndPrintsNothing() {
        let lab = PagingParityTests.lab(roles: 1)
        let result = lab.run(["iam", "wait", "role-exists", "--role-name", "Role01"])
        #expect(result == CommandResult())
        #expect(lab.sleeps.isEmpty)
    }

    @Test func aWaiterGivesUpAfterItsAttemptsWithBotocoresTextAnd255() {
        let lab = PagingParityTests.lab(roles: 1)
        let result = lab.run(["iam", "wait", "role-exists", "--role-name", "Nope"])
        #expect(result.exitCode == .other)
        #expect(result.stderr == "\nWaiter RoleExists failed: Max attempts exceeded. Previously accepted state: Matched expected service error code: NoSuchEntity\n")
        // 20 attempts, one second apart.
        #expect(lab.sleeps == Array(repeating: 1, count: 19))
        let user = lab.run(["--account", "123456789012", "iam", "wait", "user-exists", "--user-name", "alice"])
        #expect(user.exitCode == .success, "\(user.stderr)")
        let policy = lab.run(["iam", "wait", "policy-exists", "--policy-arn", "arn:aws:iam::111122223333:policy/PolicyForRole"])
        #expect(policy.exitCode == .success, "\(policy.stderr)")
    }

    @Test func anErrorThatIsNotRetryableEndsTheWait() {
        let lab = PagingParityTests.lab(roles: 1)
        let bad = lab.run(["iam", "wait", "role-exists", "--role-name", String(repeating: "r", count: 65)])
        #expect(bad.exitCode == .other)
        #expect(bad.stderr.hasPrefix("\nWaiter RoleExists failed: An error occurred (ValidationError): 1 validation error detected:"))
        let unknown = lab.run(["iam", "wait", "group-exists"])
        #expect(unknown.exitCode == .usage)
        #expect(unknown.stderr.contains("argument wait_name: Invalid choice"))
    }

    @Test func instanceProfileExistsWaitsFortyTimesOnTheStatus() {
        let lab = PagingParityTests.lab(roles: 1)
        let missing = lab.run(["iam", "wait", "instance-profile-exists", "--instance-profile-name", "web"])
        #expect(missing.stderr == "\nWaiter InstanceProfileExists failed: Max attempts exceeded. Previously accepted state: Matched expected HTTP status code: 404\n")
        #expect(lab.sleeps == Array(repeating: 1, count: 39))
        #expect(lab.run(["iam", "create-instance-profile", "--instance-profile-name", "web"]).exitCode == .success)
        #expect(lab.run(["iam", "wait", "instance-profile-exists", "--instance-profile-name", "web"]) == CommandResult())
    }

    @Test func configureSetWritesTheLabsFilesAndGetReadsThemBack() {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        #expect(lab.run(["configure", "set", "aws_access_key_id", "AKIAEXAMPLEKEY1234"]) == CommandResult())
        #expect(lab.run(["configure", "set", "aws_secret_access_key", "secret/ABCD"]) == CommandResult())
        #expect(lab.run(["configure", "set", "output", "text", "--profile", "alice"]).exitCode == .success)
        #expect(lab.run(["configure", "set", "profile.admin.role_arn", "arn:aws:iam::111122223333:role/Admin"]).exitCode == .success)
        #expect(lab.files[lab.path + "/aws/credentials"] == "[default]\naws_access_key_id = AKIAEXAMPLEKEY1234\naws_secret_access_key = secret/ABCD\n")
        #expect(lab.files[lab.path + "/aws/config"] == "[profile alice]\noutput = text\n\n[profile admin]\nrole_arn = arn:aws:iam::111122223333:role/Admin\n")
        #expect(lab.run(["configure", "get", "output", "--profile", "alice"]).stdout == "text\n")
        #expect(lab.run(["configure", "get", "profile.admin.role_arn"]).stdout == "arn:aws:iam::111122223333:role/Admin\n")
        let info = TemporaryLab.json(lab.run(["lab", "info"]).stdout)
        #expect(info["ConfigFile"] as? String == lab.path + "/aws/config")
        #expect(info["CredentialsFile"] as? String == lab.path + "/aws/credentials")
        let missing = lab.run(["configure", "get", "region"])
        #expect(missing == CommandResult(exitCode: .notFound))
        let list = lab.run(["configure", "list"])
        #expect(list.stdout == """
                  Name                    Value             Type    Location
                  ----                    -----             ----    --------
               profile                <not set>             None    None
            access_key     ****************1234 shared-credentials-file    
            secret_key     ****************ABCD shared-credentials-file    
                region                <not set>             None    None

            """)
    }
}

/// Help pages in the AWS CLI's layout.
@Suite struct HelpLayoutTests {
    @Test func operationHelpHasTheAWSCLIsSectionsInOrder() {
        for operation in ["create-role", "attach-role-policy", "put-role-policy"] {
            let page = runCLI(["iam", operation, "help"]).0.stdout
            let sections = ["NAME\n", "DESCRIPTION\n", "SYNOPSIS\n", "OPTIONS\n", "GLOBAL OPTIONS\n", "EXAMPLES\n", "OUTPUT\n"]
            let positions = sections.compactMap { page.range(of: $0)?.lowerBound }
            #expect(positions.count == sections.count, "\(operation)")
            #expect(positions == positions.sorted(), "\(operation)")
        }
        let assume = runCLI(["sts", "assume-role", "help"]).0.stdout
        #expect(assume.contains("EXAMPLES\n       To switch to a role of another account as user alice"))
        #expect(assume.contains("OUTPUT\n       Credentials -> (structure)"))
        #expect(runCLI(["sts", "get-caller-identity", "help"]).0.stdout.contains("       Arn -> (string)"))
        let list = runCLI(["iam", "list-roles", "help"]).0.stdout
        #expect(list.contains("list-roles is a paginated operation."))
        #expect(list.contains("GLOBAL OPTIONS\n"))
    }
}
