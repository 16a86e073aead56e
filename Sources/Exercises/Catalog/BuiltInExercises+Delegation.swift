// Exercises 7 and 8: delegation under a permissions boundary, and a privilege-escalation path.
// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html#access_policies_boundaries-delegate,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_permissionsboundary,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege

extension BuiltInExercises {
    static let boundaryDelegation = #"""
    {
      "format": 1,
      "id": "boundary-delegation",
      "title": "Delegation with a permissions boundary",
      "story": "Development has a managed policy DeveloperBoundary (S3 and CloudWatch Logs only). Let alice create roles for her applications, but only roles whose permissions boundary is DeveloperBoundary, so she can never create a role more powerful than the boundary; she must not be able to remove a role's boundary or rewrite the boundary itself.",
      "start": "demo",
      "setup": [
        { "as": "123456789012", "call": "iam:CreatePolicy", "parameters": {
            "PolicyName": "DeveloperBoundary",
            "PolicyDocument": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"s3:*\", \"logs:*\"], \"Resource\": \"*\"}]}" } }
      ],
      "tasks": [
        {
          "id": "create-under-boundary",
          "title": "alice may create a role with DeveloperBoundary as its boundary",
          "hint": "Allow alice (or Developers) iam:CreateRole with Condition StringEquals iam:PermissionsBoundary arn:aws:iam::123456789012:policy/DeveloperBoundary.",
          "checks": [
            { "kind": "allowed", "caller": "arn:aws:iam::123456789012:user/alice", "signIn": "accessKey", "action": "iam:CreateRole",
              "resource": "arn:aws:iam::123456789012:role/app-role",
              "context": { "iam:PermissionsBoundary": "arn:aws:iam::123456789012:policy/DeveloperBoundary" }, "expect": "allow" }
          ]
        },
        {
          "id": "only-under-boundary",
          "title": "alice cannot create a role without the boundary, or escape it",
          "hint": "Condition the grant on iam:PermissionsBoundary: without it alice can create a role with no boundary, more powerful than herself.",
          "checks": [
            { "kind": "allowed", "caller": "arn:aws:iam::123456789012:user/alice", "signIn": "accessKey", "action": "iam:CreateRole",
              "resource": "arn:aws:iam::123456789012:role/app-role", "expect": "deny" },
            { "kind": "allowed", "caller": "arn:aws:iam::123456789012:user/alice", "signIn": "accessKey", "action": "iam:CreateRole",
              "resource": "arn:aws:iam::123456789012:role/app-role",
              "context": { "iam:PermissionsBoundary": "arn:aws:iam::aws:policy/AdministratorAccess" }, "expect": "deny" },
            { "kind": "allowed", "caller": "arn:aws:iam::123456789012:user/alice", "signIn": "accessKey", "action": "iam:DeleteRolePermissionsBoundary",
              "resource": "arn:aws:iam::123456789012:role/app-role", "expect": "deny",
              "hint": "alice must not be able to remove a role's boundary (iam:DeleteRolePermissionsBoundary)." },
            { "kind": "allowed", "caller": "arn:aws:iam::123456789012:user/alice", "signIn": "accessKey", "action": "iam:CreatePolicyVersion",
              "resource": "arn:aws:iam::123456789012:policy/DeveloperBoundary", "expect": "deny",
              "hint": "alice must not be able to rewrite the boundary itself (iam:CreatePolicyVersion on DeveloperBoundary)." }
          ]
        }
      ]
    }
    """#

    static let privilegeEscalation = #"""
    {
      "format": 1,
      "id": "privilege-escalation",
      "title": "Find and close a privilege-escalation path",
      "story": "eve in development runs operations with the managed policy OpsAccess. It lets her grant herself anything: attach a policy to her own user, write herself an inline policy, publish a new version of OpsAccess, or create access keys for other users. Find each path (rolecall iam simulate-principal-policy helps), close it, and keep what eve needs: reading IAM, reading s3 ops-logs, and rotating her own access keys.",
      "start": "demo",
      "setup": [
        { "as": "123456789012", "call": "iam:CreatePolicy", "parameters": {
            "PolicyName": "OpsAccess",
            "PolicyDocument": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"iam:Get*\", \"iam:List*\", \"iam:AttachUserPolicy\", \"iam:PutUserPolicy\", \"iam:CreatePolicyVersion\", \"iam:CreateAccessKey\", \"s3:GetObject\", \"s3:ListBucket\"], \"Resource\": \"*\"}]}" } },
        { "as": "123456789012", "call": "iam:CreateUser", "parameters": { "UserName": "eve" } },
        { "as": "123456789012", "call": "iam:AttachUserPolicy", "parameters": {
            "UserName": "eve", "PolicyArn": "arn:aws:iam::123456789012:policy/OpsAccess" } }
      ],
      "tasks": [
        {
          "id": "closed",
          "title": "eve can no longer give herself more permissions",
          "hint": "Remove the IAM write actions from OpsAccess (rolecall iam create-policy-version --set-as-default), or deny them.",
          "checks": [
            { "kind": "allowed", "caller": "arn:aws:iam::123456789012:user/eve", "signIn": "accessKey", "action": "iam:AttachUserPolicy",
              "resource": "arn:aws:iam::123456789012:user/eve", "expect": "deny",
              "hint": "eve can attach AdministratorAccess to herself: take away iam:AttachUserPolicy." },
            { "kind": "allowed", "caller": "arn:aws:iam::123456789012:user/eve", "signIn": "accessKey", "action": "iam:PutUserPolicy",
              "resource": "arn:aws:iam::123456789012:user/eve", "expect": "deny",
              "hint": "eve can write herself an inline policy allowing everything: take away iam:PutUserPolicy." },
            { "kind": "allowed", "caller": "arn:aws:iam::123456789012:user/eve", "signIn": "accessKey", "action": "iam:CreatePolicyVersion",
              "resource": "arn:aws:iam::123456789012:policy/OpsAccess", "expect": "deny",
              "hint": "eve can publish a new default version of OpsAccess, her own policy: take away iam:CreatePolicyVersion." },
            { "kind": "allowed", "caller": "arn:aws:iam::123456789012:user/eve", "signIn": "accessKey", "action": "iam:CreateAccessKey",
              "resource": "arn:aws:iam::123456789012:user/alice", "expect": "deny",
              "hint": "eve can create access keys for alice and act as her: allow iam:CreateAccessKey only on arn:aws:iam::123456789012:user/${aws:username}." },
            { "kind": "allowed", "caller": "arn:aws:iam::123456789012:user/eve", "signIn": "accessKey", "action": "iam:AddUserToGroup",
              "resource": "arn:aws:iam::123456789012:group/Developers", "expect": "deny",
              "hint": "eve must not add herself to groups with more permissions." }
          ]
        },
        {
          "id": "still-works",
          "title": "eve can still do her job",
          "hint": "Keep iam:Get*, iam:List*, s3:GetObject on arn:aws:s3:::ops-logs/* and iam:CreateAccessKey on her own user (${aws:username}).",
          "checks": [
            { "kind": "allowed", "caller": "arn:aws:iam::123456789012:user/eve", "signIn": "accessKey", "action": "iam:GetUser",
              "resource": "arn:aws:iam::123456789012:user/alice", "expect": "allow" },
            { "kind": "allowed", "caller": "arn:aws:iam::123456789012:user/eve", "signIn": "accessKey", "action": "iam:ListRoles",
              "resource": "*", "expect": "allow" },
            { "kind": "allowed", "caller": "arn:aws:iam::123456789012:user/eve", "signIn": "accessKey", "action": "s3:GetObject",
              "resource": "arn:aws:s3:::ops-logs/2026-12-06.log", "expect": "allow" },
            { "kind": "allowed", "caller": "arn:aws:iam::123456789012:user/eve", "signIn": "accessKey", "action": "iam:CreateAccessKey",
              "resource": "arn:aws:iam::123456789012:user/eve", "expect": "allow",
              "hint": "eve still rotates her own keys: allow iam:CreateAccessKey on arn:aws:iam::123456789012:user/${aws:username}." }
          ]
        }
      ]
    }
    """#
}
