import Foundation
import IAMKit
import Testing

/// The seed's whole story through the real binary (issue #4 "The seed, verbatim"), after
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/tutorial_cross-account-with-roles.html:
/// create the role, attach a real policy, grant a user sts:AssumeRole, enable the user's
/// virtual MFA, assume the role with a TOTP code under ROLECALL_NOW, export the credentials
/// and see sts get-caller-identity answer as the assumed role.
@Suite(.serialized) struct CLISeedStoryTests {
    static let trustPolicy = """
        {
          "Version": "2012-10-17",
          "Statement": {
            "Effect": "Allow",
            "Principal": { "AWS": "arn:aws:iam::123456789012:root" },
            "Action": "sts:AssumeRole",
            "Condition": { "Bool": { "aws:MultiFactorAuthPresent": "true" } }
          }
        }
        """
    static let now = Timestamp(iso8601: "2026-11-29T08:00:00Z") ?? Timestamp(secondsSince1970: 0)

    @Test func theSeedsCreateRolePrintsTheRoleAsAWSDoes() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        try runner.write("trustpolicyforacct123456789012.json", Self.trustPolicy)
        let created = try runner.run(["iam", "create-role", "--role-name", "Test-UserAccess-Role",
                                      "--assume-role-policy-document", "file://trustpolicyforacct123456789012.json"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.hasPrefix("{\n    \"Role\": {\n        \"Path\": \"/\",\n        \"RoleName\": \"Test-UserAccess-Role\",\n        \"RoleId\": \"AROA"))
        #expect(created.stdout.contains("\"Arn\": \"arn:aws:iam::111122223333:role/Test-UserAccess-Role\",\n        \"CreateDate\": \"2026-11-29T08:00:00+00:00\","))
        #expect(created.stdout.contains("\"Principal\": {\n                    \"AWS\": \"arn:aws:iam::123456789012:root\"\n                },"))
        let audit = runner.labSnapshot().filter { $0.key.hasPrefix("audit/") }.values.map { String(decoding: $0, as: UTF8.self) }.joined()
        #expect(audit.contains(#""eventName":"CreateRole""#), "the committed CreateRole is in the audit log")
        let wrongARN = try runner.run(["iam", "attach-role-policy", "--role-name", "Test-UserAccess-Role",
                                       "--policy-arn", "arn:aws:iam::123456789012:role/PolicyForRole"])
        #expect(wrongARN.status == 254)
        #expect(wrongARN.stderr == "\nAn error occurred (InvalidInput) when calling the AttachRolePolicy operation: ARN arn:aws:iam::123456789012:role/PolicyForRole is not valid.\n")
        let windows = try runner.run(["iam", "put-role-policy", "--role-name", "Test-UserAccess-Role", "--policy-name", "Perms",
                                      "--policy-document", #"file://C:\policies\permspolicyforacct111122223333.json"#])
        #expect(windows.status == 252)
        #expect(windows.stderr.contains(#"Unable to load paramfile file://C:\policies\permspolicyforacct111122223333.json: [Errno 2] No such file or directory"#))
    }

    @Test func aUserAssumesTheRoleWithMFAAndActsAsIt() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        try runner.write("trust.json", Self.trustPolicy)
        let role = try runner.run(["iam", "create-role", "--role-name", "Test-UserAccess-Role", "--assume-role-policy-document", "file://trust.json"])
        #expect(role.status == 0, "\(role.stderr)")
        let attach = try runner.run(["iam", "attach-role-policy", "--role-name", "Test-UserAccess-Role",
                                     "--policy-arn", "arn:aws:iam::111122223333:policy/PolicyForRole"])
        #expect(attach.status == 0, "\(attach.stderr)")
        // In the trusted account: let bob assume the role, give him an MFA device and a key.
        let dev = ["--account", "123456789012"]
        let grant = try runner.run(dev + ["iam", "put-user-policy", "--user-name", "bob", "--policy-name", "AssumeTestRole", "--policy-document",
                                          #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::111122223333:role/Test-UserAccess-Role"}}"#])
        #expect(grant.status == 0, "\(grant.stderr)")
        let device = try runner.run(dev + ["iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", "bob",
                                           "--outfile", "bob.seed", "--bootstrap-method", "Base32StringSeed"])
        #expect(device.status == 0, "\(device.stderr)")
        #expect(!device.stdout.contains("Base32StringSeed"))
        let seedText = try String(contentsOf: runner.directory.appendingPathComponent("bob.seed"), encoding: .utf8)
        let totp = TOTP(secret: try #require(Base32.decode(seedText)))
        let step = totp.step(at: Self.now)
        let serial = "arn:aws:iam::123456789012:mfa/bob"
        let enable = try runner.run(dev + ["iam", "enable-mfa-device", "--user-name", "bob", "--serial-number", serial,
                                           "--authentication-code1", totp.code(counter: step - 1), "--authentication-code2", totp.code(counter: step)])
        #expect(enable.status == 0, "\(enable.stderr)")
        let key = CLIRunner.json(try runner.run(dev + ["iam", "create-access-key", "--user-name", "bob"]).stdout)["AccessKey"] as? [String: Any]
        let bob = ["AWS_ACCESS_KEY_ID": key?["AccessKeyId"] as? String ?? "", "AWS_SECRET_ACCESS_KEY": key?["SecretAccessKey"] as? String ?? ""]
        // Without MFA the trust policy's condition fails; with a TOTP code it succeeds.
        let assume = ["sts", "assume-role", "--role-arn", "arn:aws:iam::111122223333:role/Test-UserAccess-Role", "--role-session-name", "s1"]
        let refused = try runner.run(assume, extra: bob)
        #expect(refused.status == 254)
        #expect(refused.stderr.contains("(AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/bob is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/Test-UserAccess-Role"), "\(refused.stderr)")
        let explained = try runner.run(assume + ["--explain"], extra: bob)
        #expect(explained.stderr.contains("Bool aws:MultiFactorAuthPresent policy [true] context absent: false"), "\(explained.stderr)")
        #expect(explained.stderr.contains("Missing context keys: aws:MultiFactorAuthPresent"))
        let assumed = try runner.run(assume + ["--serial-number", serial, "--token-code", totp.code(counter: step)], extra: bob)
        #expect(assumed.status == 0, "\(assumed.stderr)")
        let credentials = CLIRunner.json(assumed.stdout)["Credentials"] as? [String: Any]
        let session = ["AWS_ACCESS_KEY_ID": credentials?["AccessKeyId"] as? String ?? "",
                       "AWS_SECRET_ACCESS_KEY": credentials?["SecretAccessKey"] as? String ?? "",
                       "AWS_SESSION_TOKEN": credentials?["SessionToken"] as? String ?? ""]
        #expect(session["AWS_ACCESS_KEY_ID"]?.hasPrefix("ASIA") == true)
        let identity = try runner.run(["sts", "get-caller-identity", "--output", "text"], extra: session)
        #expect(identity.status == 0, "\(identity.stderr)")
        #expect(identity.stdout.hasPrefix("111122223333\tarn:aws:sts::111122223333:assumed-role/Test-UserAccess-Role/s1\tAROA"))
        let later = try runner.run(["sts", "get-caller-identity"], extra: session.merging(["ROLECALL_NOW": "2026-11-29T09:00:01Z"]) { $1 })
        #expect(later.status == 254)
        #expect(later.stderr.contains("(ExpiredToken)"))
    }

    @Test func withoutCredentialsTheCallerIsTheAccountsRoot() throws {
        let runner = try CLIRunner()
        #expect(try runner.run(["lab", "init", "--demo"]).status == 0)
        let identity = try runner.run(["sts", "get-caller-identity", "--account", "123456789012"])
        #expect(identity.status == 0, "\(identity.stderr)")
        #expect(CLIRunner.json(identity.stdout)["Arn"] as? String == "arn:aws:iam::123456789012:root")
    }
}
