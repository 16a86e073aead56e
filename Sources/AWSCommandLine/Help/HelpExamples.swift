/// The EXAMPLES and OUTPUT sections of the help pages for the operations the guide and the
/// exercises use ("Creating a role to delegate permissions to an IAM user",
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html), written
/// for the demo lab's accounts. OUTPUT lists the response's top-level members as the API
/// reference documents them; operations without an entry here print no OUTPUT section yet.
enum HelpExamples {
    /// One operation's examples and response members.
    struct Page: Sendable {
        /// Example paragraphs: a sentence, the command, and what it prints.
        let examples: [(title: String, command: String, output: String)]
        /// The response's top-level members: name, type, description.
        let output: [(name: String, type: String, summary: String)]
    }

    /// Pages by API name.
    static let pages: [String: Page] = [
        "CreateRole": Page(
            examples: [(
                "To create a role that users of another account may assume. The trust policy in trust.json names the trusted account (123456789012) as principal.",
                "rolecall iam create-role --role-name Test-UserAccess-Role --assume-role-policy-document file://trust.json",
                "The command prints the new role: Path, RoleName, RoleId (AROA...), Arn, CreateDate and the trust policy."
            )],
            output: [("Role", "structure", "The new role: path, name, ID, ARN, creation date, trust policy, maximum session duration, tags.")]
        ),
        "AttachRolePolicy": Page(
            examples: [(
                "To attach a customer managed policy to a role, giving every session of the role its permissions.",
                "rolecall iam attach-role-policy --role-name Test-UserAccess-Role --policy-arn arn:aws:iam::111122223333:policy/PolicyForRole",
                "The command prints nothing when it succeeds."
            )],
            output: []
        ),
        "PutRolePolicy": Page(
            examples: [(
                "To embed an inline permissions policy in a role (it is deleted with the role).",
                "rolecall iam put-role-policy --role-name Test-UserAccess-Role --policy-name ListBucket --policy-document file://perms.json",
                "The command prints nothing when it succeeds."
            )],
            output: []
        ),
        "AssumeRole": Page(
            examples: [(
                "To switch to a role of another account as user alice, with her virtual MFA device's current code.",
                "rolecall sts assume-role --role-arn arn:aws:iam::111122223333:role/Test-UserAccess-Role --role-session-name alice-session "
                    + "--serial-number arn:aws:iam::123456789012:mfa/alice --token-code 123456",
                "The command prints temporary Credentials (AccessKeyId ASIA..., SecretAccessKey, SessionToken, Expiration) and the AssumedRoleUser."
            ), (
                "To let the CLI assume the role for every command instead, put a role profile in the lab's config file (rolecall lab info shows its path) and name it with --profile or AWS_PROFILE; the CLI asks for the MFA code and caches the session.",
                "[profile admin]\nrole_arn = arn:aws:iam::111122223333:role/Test-UserAccess-Role\nsource_profile = alice\nmfa_serial = arn:aws:iam::123456789012:mfa/alice",
                "rolecall sts get-caller-identity --profile admin then answers as the assumed role."
            )],
            output: [
                ("Credentials", "structure", "The temporary security credentials: access key ID, secret access key, session token, expiration."),
                ("AssumedRoleUser", "structure", "The ARN and assumed role ID of the session (arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION)."),
                ("PackedPolicySize", "integer", "The percentage of the packed size limit the session policies and tags use (only when given)."),
                ("SourceIdentity", "string", "The source identity set for the session, when one was given."),
            ]
        ),
        "GetCallerIdentity": Page(
            examples: [(
                "To see who the current credentials belong to (no permission is needed).",
                "rolecall sts get-caller-identity",
                "The command prints the UserId, Account and Arn of the caller: a user, a role session or the account's root user."
            )],
            output: [
                ("UserId", "string", "The unique identifier of the calling entity (AIDA..., AROA...:session, or the account ID for root)."),
                ("Account", "string", "The 12-digit account ID the caller belongs to."),
                ("Arn", "string", "The ARN of the caller."),
            ]
        ),
    ]
}
