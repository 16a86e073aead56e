import AWSCommandLine
import Foundation
import IAMKit
import Testing

/// Profiles as the AWS CLI reads them: the config and credentials files (inside the lab by
/// default), `AWS_PROFILE`/`--profile`, `output`, and role profiles that assume their role
/// before the call (https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html,
/// https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-role.html).
@Suite(.serialized) struct ProfileParityTests {
    static let roleARN = "arn:aws:iam::111122223333:role/AdminRole"
    static let serial = "arn:aws:iam::123456789012:mfa/alice"
    static let mfaTrust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}"#

    /// The demo lab with an access key for alice written to the lab's credentials file.
    static func labWithAlice() -> TemporaryLab {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        let created = lab.run(["--account", "123456789012", "iam", "create-access-key", "--user-name", "alice"])
        let key = TemporaryLab.json(created.stdout)["AccessKey"] as? [String: Any]
        lab.files[lab.path + "/aws/credentials"] = """
            [alice]
            aws_access_key_id = \(key?["AccessKeyId"] as? String ?? "")
            aws_secret_access_key=\(key?["SecretAccessKey"] as? String ?? "")

            """
        return lab
    }

    static func arn(_ stdout: String) -> String? {
        TemporaryLab.json(stdout)["Arn"] as? String
    }

    @Test func awsProfileAndProfileFlagActAsTheProfilesUser() {
        let lab = Self.labWithAlice()
        #expect(Self.arn(lab.run(["sts", "get-caller-identity"]).stdout) == "arn:aws:iam::111122223333:root")
        let viaVariable = lab.run(["sts", "get-caller-identity"], ["AWS_PROFILE": "alice"])
        #expect(Self.arn(viaVariable.stdout) == "arn:aws:iam::123456789012:user/alice", "\(viaVariable.stderr)")
        #expect(Self.arn(lab.run(["--profile", "alice", "sts", "get-caller-identity"]).stdout) == "arn:aws:iam::123456789012:user/alice")
        let missing = lab.run(["sts", "get-caller-identity"], ["AWS_PROFILE": "nobody"])
        #expect(missing.exitCode == .other)
        #expect(missing.stderr == "\nThe config profile (nobody) could not be found\n")
    }

    @Test func filesNamedByTheEnvironmentWinOverTheLabsOwn() {
        let lab = Self.labWithAlice()
        lab.files["/tmp/elsewhere/credentials"] = lab.files[lab.path + "/aws/credentials"]?.replacing("[alice]", with: "[default]")
        let result = lab.run(["sts", "get-caller-identity"], ["AWS_SHARED_CREDENTIALS_FILE": "/tmp/elsewhere/credentials"])
        #expect(Self.arn(result.stdout) == "arn:aws:iam::123456789012:user/alice", "\(result.stderr)")
    }

    @Test func defaultOutputComesFromTheEnvironmentThenTheProfile() {
        let lab = Self.labWithAlice()
        let query = ["sts", "get-caller-identity", "--query", "Account"]
        #expect(lab.run(query, ["AWS_DEFAULT_OUTPUT": "text"]).stdout == "111122223333\n")
        lab.files[lab.path + "/aws/config"] = "[default]\noutput = text\ncli_pager =\n\n[profile alice]\noutput = yaml\n"
        #expect(lab.run(query).stdout == "111122223333\n")
        #expect(lab.run(query, ["AWS_PROFILE": "alice"]).stdout == "'123456789012'\n")
        #expect(lab.run(query + ["--output", "json"]).stdout == "\"111122223333\"\n")
        #expect(lab.run(query, ["AWS_DEFAULT_OUTPUT": "json"]).stdout == "\"111122223333\"\n")
    }

    @Test func aRoleProfileAssumesTheRoleAfterAskingForTheMFACodeAndCachesTheSession() {
        let lab = Self.labWithAlice()
        #expect(lab.run(["iam", "create-role", "--role-name", "AdminRole", "--assume-role-policy-document", Self.mfaTrust]).exitCode == .success)
        let grant = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::111122223333:role/AdminRole"}}"#
        #expect(lab.run(["--account", "123456789012", "iam", "put-user-policy", "--user-name", "alice", "--policy-name", "AssumeAdmin",
                         "--policy-document", grant]).exitCode == .success)
        lab.files[lab.path + "/aws/config"] = """
            [profile admin]
            role_arn = \(Self.roleARN)
            source_profile = alice
            mfa_serial = \(Self.serial)
            role_session_name = alice-admin
            duration_seconds = 3600

            """
        let code = lab.run(["lab", "mfa-code", "--serial-number", Self.serial, "--query", "Code", "--output", "text"])
        lab.promptAnswers = [code.stdout.trimmingCharacters(in: .whitespacesAndNewlines)]
        let first = lab.run(["--profile", "admin", "sts", "get-caller-identity"])
        #expect(first.exitCode == .success, "\(first.stderr)")
        #expect(Self.arn(first.stdout) == "arn:aws:sts::111122223333:assumed-role/AdminRole/alice-admin")
        #expect(lab.prompts == ["Enter MFA code for \(Self.serial): "])
        // The session is cached in the lab: no second prompt while it lasts.
        let second = lab.run(["sts", "get-caller-identity"], ["AWS_PROFILE": "admin"])
        #expect(Self.arn(second.stdout) == "arn:aws:sts::111122223333:assumed-role/AdminRole/alice-admin", "\(second.stderr)")
        #expect(lab.prompts.count == 1)
        // The cache record is named by the SHA-1 of botocore's cache key, as
        // `~/.aws/cli/cache/<sha1>.json` is (Python: hashlib.sha1(json.dumps(args, sort_keys=True))).
        // Labs cached before swift-crypto replaced our SHA-1 keep finding their sessions.
        let stored = (FileManager.default.subpaths(atPath: lab.path) ?? []).joined(separator: "\n")
        #expect(stored.contains("cli-cache-cbb6e8a1ff77a5f3c69d00f644e470e1372458a5"), "\(stored)")
    }

    @Test func exportCredentialsExportsAProfileOfTheFiles() {
        let lab = Self.labWithAlice()
        let exported = lab.run(["configure", "export-credentials", "--profile", "alice", "--format", "env-no-export"])
        #expect(exported.exitCode == .success, "\(exported.stderr)")
        #expect(exported.stdout.hasPrefix("AWS_ACCESS_KEY_ID=AKIA"))
        #expect(exported.stdout.contains("\nAWS_SECRET_ACCESS_KEY="))
    }

    @Test func aRoleProfileWithoutItsSourceProfileSaysSo() {
        let lab = Self.labWithAlice()
        lab.files[lab.path + "/aws/config"] = "[profile admin]\nrole_arn = \(Self.roleARN)\nsource_profile = ghost\n"
        let result = lab.run(["--profile", "admin", "sts", "get-caller-identity"])
        #expect(result.exitCode == .other)
        #expect(result.stderr == "\nThe source_profile \"ghost\" referenced in the profile \"admin\" does not exist.\n")
    }
}
