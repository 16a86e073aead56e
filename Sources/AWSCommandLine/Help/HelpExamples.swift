/// The EXAMPLES sections of the help pages for the operations the guide uses ("Creating a
/// role to delegate permissions to an IAM user",
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html) and those
/// the built-in exercises use (`HelpExamples+Exercises.swift`), written for the demo lab's
/// accounts. The OUTPUT sections come from the model (`OperationSpec.output`).
enum HelpExamples {
    /// One example paragraph: a sentence, the command, and what it prints.
    typealias Example = (title: String, command: String, output: String)

    /// Examples by API name: the guide's and the exercises'.
    static let pages: [String: [Example]] = guidePages.merging(exercisePages) { guide, _ in guide }

    /// The guide's operations.
    static let guidePages: [String: [Example]] = [
        "CreateRole": [(
                "To create a role that users of another account may assume. The trust policy in trust.json names the trusted account (123456789012) as principal.",
                "rolecall iam create-role --role-name Test-UserAccess-Role --assume-role-policy-document file://trust.json",
                "The command prints the new role: Path, RoleName, RoleId (AROA...), Arn, CreateDate and the trust policy."
            )],
        "AttachRolePolicy": [(
                "To attach a customer managed policy to a role, giving every session of the role its permissions.",
                "rolecall iam attach-role-policy --role-name Test-UserAccess-Role --policy-arn arn:aws:iam::111122223333:policy/PolicyForRole",
                "The command prints nothing when it succeeds."
            )],
        "PutRolePolicy": [(
                "To embed an inline permissions policy in a role (it is deleted with the role).",
                "rolecall iam put-role-policy --role-name Test-UserAccess-Role --policy-name ListBucket --policy-document file://perms.json",
                "The command prints nothing when it succeeds."
            )],
        "AssumeRole": [(
                "To switch to a role of another account as user alice, with her virtual MFA device's current code.",
                "rolecall sts assume-role --role-arn arn:aws:iam::111122223333:role/Test-UserAccess-Role --role-session-name alice-session "
                    + "--serial-number arn:aws:iam::123456789012:mfa/alice --token-code 123456",
                "The command prints temporary Credentials (AccessKeyId ASIA..., SecretAccessKey, SessionToken, Expiration) and the AssumedRoleUser."
            ), (
                "To let the CLI assume the role for every command instead, put a role profile in the lab's config file (rolecall lab info shows its path) and name it with --profile or AWS_PROFILE; the CLI asks for the MFA code and caches the session.",
                "[profile admin]\nrole_arn = arn:aws:iam::111122223333:role/Test-UserAccess-Role\nsource_profile = alice\nmfa_serial = arn:aws:iam::123456789012:mfa/alice",
                "rolecall sts get-caller-identity --profile admin then answers as the assumed role."
            )],
        "GetCallerIdentity": [(
                "To see who the current credentials belong to (no permission is needed).",
                "rolecall sts get-caller-identity",
                "The command prints the UserId, Account and Arn of the caller: a user, a role session or the account's root user."
            )],
    ]
}
