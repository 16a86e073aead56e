import IAMKit
import Testing

/// How rolecall reads the IAM and STS ARNs it is given (role ARNs in AssumeRole, MFA serial
/// numbers, policy ARNs): `arn:aws:<service>::<account>:<type>/<path>/<name>`.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns
@Suite("IAM ARNs")
struct IAMARNTests {
    static let cases: [(arn: String, parts: (service: String, account: String, type: String, path: String, name: String)?)] = [
        ("arn:aws:iam::111122223333:role/Admin", ("iam", "111122223333", "role", "/", "Admin")),
        ("arn:aws:iam::111122223333:role/team/dev/Admin", ("iam", "111122223333", "role", "/team/dev/", "Admin")),
        ("arn:aws:iam::111122223333:root", ("iam", "111122223333", "root", "/", "")),
        ("arn:aws:sts::111122223333:assumed-role/Admin/s1", ("sts", "111122223333", "assumed-role", "/Admin/", "s1")),
        ("arn:aws:iam::111122223333:mfa/alice", ("iam", "111122223333", "mfa", "/", "alice")),
        ("arn:aws:iam::aws:policy/ReadOnlyAccess", ("iam", "aws", "policy", "/", "ReadOnlyAccess")),
        ("arn:aws:iam::111122223333:role/", ("iam", "111122223333", "role", "/", "")),
        ("arn:aws:iam::111122223333:role/a:b", ("iam", "111122223333", "role", "/", "a:b")),
        ("arn:aws:iam::111122223333:user/bücher", ("iam", "111122223333", "user", "/", "bücher")),
        ("arn:aws-cn:iam::111122223333:role/Admin", nil),
        ("arn:aws:iam:111122223333:role/Admin", nil),
        ("ARN:aws:iam::111122223333:role/Admin", nil),
        ("111122223333", nil),
        ("", nil),
    ]

    @Test(arguments: cases.indices)
    func splitsAnARNIntoWhatIAMUses(_ index: Int) {
        let (arn, expected) = Self.cases[index]
        let parts = IAMARN.parse(arn)
        #expect(parts?.service == expected?.service, "\(arn)")
        #expect(parts?.accountID == expected?.account, "\(arn)")
        #expect(parts?.resourceType == expected?.type, "\(arn)")
        #expect(parts?.path == expected?.path, "\(arn)")
        #expect(parts?.name == expected?.name, "\(arn)")
    }

    /// The ARNs IAM prints, built in one allocation: every piece lands where it belongs, paths,
    /// names outside ASCII and empty pieces included.
    @Test func builtARNsHaveAWSShape() {
        #expect(IAMARN.root("111122223333") == "arn:aws:iam::111122223333:root")
        #expect(IAMARN.role("111122223333", path: "/team/dev/", name: "Admin") == "arn:aws:iam::111122223333:role/team/dev/Admin")
        #expect(IAMARN.user("111122223333", name: "bücher") == "arn:aws:iam::111122223333:user/bücher")
        #expect(IAMARN.assumedRole("111122223333", roleName: "Admin", sessionName: "s1") == "arn:aws:sts::111122223333:assumed-role/Admin/s1")
        #expect(IAMARN.policy("", path: "/", name: "") == "arn:aws:iam:::policy/")
        #expect(String.concatenating() == "")
        #expect(String.concatenating("a", "", "💥", "z").unicodeScalars.map(\.value) == [0x61, 0x1F4A5, 0x7A])
        let long = String(repeating: "x", count: 200)
        #expect(String.concatenating(long, "/", long).utf8.count == 401)
    }
}
