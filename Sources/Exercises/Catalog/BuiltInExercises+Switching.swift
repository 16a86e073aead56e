// Exercises 3 and 4: letting the trusted account's users switch, and a third party with an external ID.
// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html

extension BuiltInExercises {
    static let grantSwitch = #"""
    {
      "format": 1,
      "id": "grant-switch",
      "title": "Grant the developers permission to switch, then switch as alice",
      "story": "Production already has Test-UserAccess-Role, trusting development (123456789012) with MFA. A cross-account role needs both halves: the trust policy and the users' own permission. In development, let the Developers group call sts:AssumeRole on that role's ARN; then sign in as alice with her MFA code and switch to the role. bob has no MFA device: he must be refused.",
      "start": "demo",
      "setup": [
        { "as": "111122223333", "call": "iam:CreateRole", "parameters": {
            "RoleName": "Test-UserAccess-Role",
            "AssumeRolePolicyDocument": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::123456789012:root\"}, \"Action\": \"sts:AssumeRole\", \"Condition\": {\"Bool\": {\"aws:MultiFactorAuthPresent\": \"true\"}}}]}" } },
        { "as": "111122223333", "call": "iam:AttachRolePolicy", "parameters": {
            "RoleName": "Test-UserAccess-Role", "PolicyArn": "arn:aws:iam::111122223333:policy/PolicyForRole" } }
      ],
      "tasks": [
        {
          "id": "grant",
          "title": "Every developer may call sts:AssumeRole on Test-UserAccess-Role",
          "hint": "In account 123456789012 attach to the Developers group a policy allowing sts:AssumeRole on arn:aws:iam::111122223333:role/Test-UserAccess-Role.",
          "role": { "account": "111122223333", "name": "Test-UserAccess-Role" },
          "checks": [
            { "kind": "allowed", "caller": "arn:aws:iam::123456789012:user/alice", "action": "sts:AssumeRole", "resource": "{role}", "expect": "allow",
              "hint": "Allow sts:AssumeRole on the role's exact ARN, arn:aws:iam::111122223333:role/Test-UserAccess-Role (the role lives in production, 111122223333)." },
            { "kind": "allowed", "caller": "arn:aws:iam::123456789012:user/bob", "action": "sts:AssumeRole", "resource": "{role}", "expect": "allow",
              "hint": "Grant it to the Developers group, not to alice alone: every developer needs it." }
          ]
        },
        {
          "id": "switched",
          "title": "alice, signed in with MFA, switched to the role",
          "hint": "Sign in as alice with the code of her MFA device, then Switch Role: account 111122223333, role Test-UserAccess-Role.",
          "role": { "account": "111122223333", "name": "Test-UserAccess-Role" },
          "checks": [
            { "kind": "assumeRole", "caller": "arn:aws:iam::123456789012:user/alice", "signIn": "mfa", "expect": "allow" },
            { "kind": "roleUsed", "expect": "allow" }
          ]
        },
        {
          "id": "bob-refused",
          "title": "bob, who has no MFA device, is refused",
          "hint": "Keep Require MFA in the trust policy: bob has no MFA device, so Switch Role must refuse him.",
          "role": { "account": "111122223333", "name": "Test-UserAccess-Role" },
          "checks": [
            { "kind": "assumeRole", "caller": "arn:aws:iam::123456789012:user/bob", "signIn": "console", "expect": "deny" },
            { "kind": "assumeRole", "caller": "arn:aws:iam::123456789012:user/bob", "signIn": "accessKey", "expect": "deny" }
          ]
        }
      ]
    }
    """#

    static let externalID = #"""
    {
      "format": 1,
      "id": "external-id",
      "title": "A third party with an external ID",
      "story": "A partner (account 444455556666, user vendor) monitors production for you and gave you the external ID Example-Corp-7. Create a role in production that the partner may assume only with that external ID (Require external ID), then assume it from the CLI as vendor with the right and with a wrong ID. The console's Switch Role cannot pass an external ID, so a role that requires one can only be assumed from the CLI or API: try it and read why.",
      "start": "demo",
      "accounts": [ { "id": "444455556666", "alias": "partner" } ],
      "setup": [
        { "as": "444455556666", "call": "iam:CreateUser", "parameters": { "UserName": "vendor" } },
        { "as": "444455556666", "call": "iam:PutUserPolicy", "parameters": {
            "UserName": "vendor", "PolicyName": "AssumeCustomerRoles",
            "PolicyDocument": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"sts:AssumeRole\", \"Resource\": \"*\"}]}" } }
      ],
      "tasks": [
        {
          "id": "trust",
          "title": "A role in 111122223333 that account 444455556666 may assume only with external ID Example-Corp-7",
          "hint": "Trust account 444455556666 with Require external ID = Example-Corp-7 (Condition StringEquals sts:ExternalId).",
          "role": { "account": "111122223333" },
          "checks": [
            { "kind": "assumeRole", "caller": "arn:aws:iam::444455556666:user/vendor", "signIn": "accessKey", "externalId": "Example-Corp-7", "expect": "allow",
              "hint": "Trust account 444455556666 (arn:aws:iam::444455556666:root) and require sts:ExternalId Example-Corp-7." },
            { "kind": "assumeRole", "caller": "arn:aws:iam::444455556666:user/vendor", "signIn": "accessKey", "trustOnly": true, "expect": "deny",
              "hint": "Require the external ID: without the sts:ExternalId condition any customer of the partner could make it use your role (the confused deputy)." },
            { "kind": "assumeRole", "caller": "arn:aws:iam::444455556666:user/vendor", "signIn": "accessKey", "externalId": "not-the-id", "trustOnly": true, "expect": "deny",
              "hint": "Compare sts:ExternalId with StringEquals to Example-Corp-7 exactly." },
            { "kind": "assumeRole", "caller": "arn:aws:iam::123456789012:user/alice", "signIn": "mfa", "externalId": "Example-Corp-7", "trustOnly": true, "expect": "deny",
              "hint": "Trust only the partner's account 444455556666." }
          ]
        },
        {
          "id": "assumed",
          "title": "vendor assumed the role from the CLI with the external ID",
          "hint": "Create an access key for vendor (rolecall --account 444455556666 iam create-access-key --user-name vendor), export it, then rolecall sts assume-role --role-arn ARN --role-session-name vendor --external-id Example-Corp-7.",
          "role": { "account": "111122223333", "passing": "trust" },
          "checks": [ { "kind": "roleUsed", "expect": "allow" } ]
        }
      ]
    }
    """#
}
