import AWSCommandLine
import Foundation
import IAMKit
import Testing

/// Login profiles, ChangePassword, the password policy and account aliases through the CLI,
/// against the demo lab, with the AWS CLI's error lines.
/// https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateLoginProfile.html
@Suite(.serialized) struct AccountSettingsCLITests {
    static let development = ["--account", "123456789012"]

    @Test func aLoginProfileBlocksDeleteUserAndSurvivesAsLongAsItIsNotDeleted() throws {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        // The demo gives bob a console password; mark it for reset.
        #expect(lab.run(Self.development + ["iam", "update-login-profile", "--user-name", "bob", "--password-reset-required"]).exitCode == .success)
        let profile = TemporaryLab.json(lab.run(Self.development + ["iam", "get-login-profile", "--user-name", "bob"]).stdout)
        #expect((profile["LoginProfile"] as? [String: Any])?["PasswordResetRequired"] as? Bool == true)
        let conflict = lab.run(Self.development + ["iam", "delete-user", "--user-name", "bob"])
        #expect(conflict.exitCode == .serviceError)
        #expect(conflict.stderr.contains("(DeleteConflict) when calling the DeleteUser operation: Cannot delete entity, must delete login profile first."),
                "\(conflict.stderr)")
        #expect(lab.run(Self.development + ["iam", "delete-login-profile", "--user-name", "bob"]).exitCode == .success)
        let missing = lab.run(Self.development + ["iam", "get-login-profile", "--user-name", "bob"])
        #expect(missing.stderr == "\nAn error occurred (NoSuchEntity) when calling the GetLoginProfile operation: Login Profile for User bob cannot be found.\n")
    }

    @Test func passwordPolicyAndAliasesRoundTrip() throws {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        let missing = lab.run(Self.development + ["iam", "get-account-password-policy"])
        #expect(missing.stderr == "\nAn error occurred (NoSuchEntity) when calling the GetAccountPasswordPolicy operation: "
            + "The Password Policy with domain name 123456789012 cannot be found.\n")
        #expect(lab.run(Self.development + ["iam", "update-account-password-policy", "--minimum-password-length", "12",
                                            "--require-numbers", "--allow-users-to-change-password"]).exitCode == .success)
        let policy = TemporaryLab.json(lab.run(Self.development + ["iam", "get-account-password-policy"]).stdout)
        let fields = try #require(policy["PasswordPolicy"] as? [String: Any])
        #expect(fields["MinimumPasswordLength"] as? Int == 12 && fields["RequireNumbers"] as? Bool == true && fields["ExpirePasswords"] as? Bool == false)
        let weak = lab.run(Self.development + ["iam", "create-user", "--user-name", "carol"])
        #expect(weak.exitCode == .success)
        let violation = lab.run(Self.development + ["iam", "create-login-profile", "--user-name", "carol", "--password", "short1"])
        #expect(violation.stderr == "\nAn error occurred (PasswordPolicyViolation) when calling the CreateLoginProfile operation: "
            + "Password does not conform to the account password policy.\n")
        let aliases = lab.run(Self.development + ["iam", "list-account-aliases", "--output", "text"])
        #expect(aliases.stdout == "ACCOUNTALIASES\tdevelopment\n")
        #expect(lab.run(Self.development + ["iam", "create-account-alias", "--account-alias", "dev-team"]).exitCode == .success)
        #expect(lab.run(Self.development + ["iam", "list-account-aliases", "--query", "AccountAliases[0]", "--output", "text"]).stdout == "dev-team\n")
    }

    @Test func deleteRoleIsDeleteConflictWhileInAnInstanceProfile() throws {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
        #expect(lab.run(["iam", "create-role", "--role-name", "web", "--assume-role-policy-document", trust]).exitCode == .success)
        let created = TemporaryLab.json(lab.run(["iam", "create-instance-profile", "--instance-profile-name", "web"]).stdout)
        #expect((created["InstanceProfile"] as? [String: Any])?["Arn"] as? String == "arn:aws:iam::111122223333:instance-profile/web")
        #expect(lab.run(["iam", "add-role-to-instance-profile", "--instance-profile-name", "web", "--role-name", "web"]).exitCode == .success)
        let conflict = lab.run(["iam", "delete-role", "--role-name", "web"])
        #expect(conflict.stderr == "\nAn error occurred (DeleteConflict) when calling the DeleteRole operation: "
            + "Cannot delete entity, must remove roles from instance profile first.\n")
        let listed = lab.run(["iam", "list-instance-profiles-for-role", "--role-name", "web", "--query", "InstanceProfiles[0].Roles[0].RoleName",
                              "--output", "text"])
        #expect(listed.stdout == "web\n")
        let policy = lab.run(["iam", "get-policy", "--policy-arn", "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
                              "--query", "Policy.[Path,DefaultVersionId]", "--output", "text"])
        #expect(policy.stdout == "/service-role/\tv1\n")
    }
}
