// Exercises 1 and 2: the seed's role, in the console wizard and with the AWS CLI.
// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html

extension BuiltInExercises {
    static let consoleRole = #"""
    {
      "format": 1,
      "id": "mfa-role-console",
      "title": "Create the cross-account role with Require MFA in the console",
      "story": "Production (111122223333) trusts development (123456789012). In the console's Create role wizard (c), create a role that development's users may assume only when they signed in with MFA, and give it the seed's permissions policy PolicyForRole (list example_bucket). Any name will do.",
      "start": "demo",
      "tasks": [
        {
          "id": "trust",
          "title": "A role in 111122223333 that principals of 123456789012 may assume only with MFA",
          "hint": "In step 1 choose Another AWS account, enter 123456789012 and tick Require MFA.",
          "role": { "account": "111122223333" },
          "checks": [
            { "kind": "assumeRole", "caller": "arn:aws:iam::123456789012:user/alice", "signIn": "mfa", "trustOnly": true, "expect": "allow",
              "hint": "The trust policy must let account 123456789012 (Another AWS account) call sts:AssumeRole." },
            { "kind": "assumeRole", "caller": "arn:aws:iam::123456789012:user/bob", "signIn": "mfa", "trustOnly": true, "expect": "allow",
              "hint": "Trust the whole account 123456789012, not one user: every developer should be able to use the role." },
            { "kind": "assumeRole", "caller": "arn:aws:iam::123456789012:user/alice", "signIn": "console", "trustOnly": true, "expect": "deny",
              "hint": "Tick Require MFA: without the aws:MultiFactorAuthPresent condition a user signed in without MFA gets in." },
            { "kind": "assumeRole", "caller": "arn:aws:iam::123456789012:user/alice", "signIn": "accessKey", "trustOnly": true, "expect": "deny",
              "hint": "Require MFA with Bool aws:MultiFactorAuthPresent true: an access key carries no MFA key at all, and an ...IfExists condition lets it through." },
            { "kind": "assumeRole", "caller": "arn:aws:iam::444455556666:user/mallory", "signIn": "mfa", "trustOnly": true, "expect": "deny",
              "hint": "Principal \"*\" trusts every AWS account in the world: name account 123456789012 only." }
          ]
        },
        {
          "id": "permissions",
          "title": "The role's sessions may list example_bucket, and nothing more (PolicyForRole)",
          "hint": "In step 2 (Add permissions) attach PolicyForRole.",
          "role": { "account": "111122223333", "passing": "trust" },
          "checks": [
            { "kind": "allowed", "caller": "role", "action": "s3:ListBucket", "resource": "arn:aws:s3:::example_bucket", "expect": "allow" },
            { "kind": "allowed", "caller": "role", "action": "s3:DeleteBucket", "resource": "arn:aws:s3:::example_bucket", "expect": "deny",
              "hint": "Attach only PolicyForRole: the role needs to list one bucket, nothing more." }
          ]
        }
      ]
    }
    """#

    static let cliRole = #"""
    {
      "format": 1,
      "id": "mfa-role-cli",
      "title": "Create the same role with the AWS CLI",
      "story": "The seed's CLI path: write a trust-policy file that lets account 123456789012 assume the role only with MFA, run rolecall iam create-role --assume-role-policy-document file://trustpolicy.json, then attach PolicyForRole with rolecall iam attach-role-policy. Any role name will do.",
      "start": "demo",
      "tasks": [
        {
          "id": "trust",
          "title": "A role in 111122223333 that principals of 123456789012 may assume only with MFA",
          "hint": "rolecall iam create-role --role-name NAME --assume-role-policy-document file://trustpolicy.json, with Principal {\"AWS\": \"arn:aws:iam::123456789012:root\"} and Condition {\"Bool\": {\"aws:MultiFactorAuthPresent\": \"true\"}}.",
          "role": { "account": "111122223333" },
          "checks": [
            { "kind": "assumeRole", "caller": "arn:aws:iam::123456789012:user/alice", "signIn": "mfa", "trustOnly": true, "expect": "allow",
              "hint": "The trust policy must allow sts:AssumeRole to Principal {\"AWS\": \"arn:aws:iam::123456789012:root\"}." },
            { "kind": "assumeRole", "caller": "arn:aws:iam::123456789012:user/bob", "signIn": "mfa", "trustOnly": true, "expect": "allow",
              "hint": "Trust the whole account (arn:aws:iam::123456789012:root), not one user: every developer should be able to use the role." },
            { "kind": "assumeRole", "caller": "arn:aws:iam::123456789012:user/alice", "signIn": "console", "trustOnly": true, "expect": "deny",
              "hint": "Add the MFA condition to the trust policy: \"Condition\": {\"Bool\": {\"aws:MultiFactorAuthPresent\": \"true\"}}; fix it with rolecall iam update-assume-role-policy." },
            { "kind": "assumeRole", "caller": "arn:aws:iam::123456789012:user/alice", "signIn": "accessKey", "trustOnly": true, "expect": "deny",
              "hint": "Use Bool (not BoolIfExists) for aws:MultiFactorAuthPresent: an access key carries no MFA key at all." },
            { "kind": "assumeRole", "caller": "arn:aws:iam::444455556666:user/mallory", "signIn": "mfa", "trustOnly": true, "expect": "deny",
              "hint": "Principal \"*\" trusts every AWS account in the world: name arn:aws:iam::123456789012:root only." }
          ]
        },
        {
          "id": "permissions",
          "title": "The role's sessions may list example_bucket, and nothing more (PolicyForRole)",
          "hint": "rolecall iam attach-role-policy --role-name NAME --policy-arn arn:aws:iam::111122223333:policy/PolicyForRole",
          "role": { "account": "111122223333", "passing": "trust" },
          "checks": [
            { "kind": "allowed", "caller": "role", "action": "s3:ListBucket", "resource": "arn:aws:s3:::example_bucket", "expect": "allow" },
            { "kind": "allowed", "caller": "role", "action": "s3:DeleteBucket", "resource": "arn:aws:s3:::example_bucket", "expect": "deny",
              "hint": "Attach only PolicyForRole: the role needs to list one bucket, nothing more." }
          ]
        }
      ]
    }
    """#
}
