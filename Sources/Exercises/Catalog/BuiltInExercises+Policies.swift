// Exercises 5 and 6: the principal-ID trap, and least privilege proven by simulation.
// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_testing-policies.html

extension BuiltInExercises {
    static let principalIDTrap = #"""
    {
      "format": 1,
      "id": "principal-id-trap",
      "title": "The principal-ID trap: a deleted and re-created user",
      "story": "CarolRole in production trusted the user carol of development by ARN. IAM stored carol's unique ID, not her name. carol was deleted and re-created: the new carol has a new ID, the trust policy now shows the old ID (AIDA...) and carol cannot assume the role although her own policy allows it. Fix the trust so that carol, and only carol, can assume CarolRole again.",
      "start": "demo",
      "setup": [
        { "as": "123456789012", "call": "iam:CreateUser", "parameters": { "UserName": "carol" } },
        { "as": "111122223333", "call": "iam:CreateRole", "parameters": {
            "RoleName": "CarolRole",
            "AssumeRolePolicyDocument": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::123456789012:user/carol\"}, \"Action\": \"sts:AssumeRole\"}]}" } },
        { "as": "111122223333", "call": "iam:AttachRolePolicy", "parameters": {
            "RoleName": "CarolRole", "PolicyArn": "arn:aws:iam::111122223333:policy/PolicyForRole" } },
        { "as": "123456789012", "call": "iam:DeleteUser", "parameters": { "UserName": "carol" } },
        { "as": "123456789012", "call": "iam:CreateUser", "parameters": { "UserName": "carol" } },
        { "as": "123456789012", "call": "iam:PutUserPolicy", "parameters": {
            "UserName": "carol", "PolicyName": "SwitchToCarolRole",
            "PolicyDocument": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"sts:AssumeRole\", \"Resource\": \"arn:aws:iam::111122223333:role/CarolRole\"}]}" } }
      ],
      "tasks": [
        {
          "id": "carol-again",
          "title": "The new carol can assume CarolRole",
          "hint": "The trust policy still holds the old carol's unique ID (AIDA...): name carol's ARN again with rolecall iam update-assume-role-policy --role-name CarolRole.",
          "role": { "account": "111122223333", "name": "CarolRole" },
          "checks": [
            { "kind": "assumeRole", "caller": "arn:aws:iam::123456789012:user/carol", "signIn": "accessKey", "expect": "allow" }
          ]
        },
        {
          "id": "only-carol",
          "title": "Only carol: the rest of development is still not trusted",
          "hint": "Name carol's user ARN, not the whole account 123456789012 (or \"*\"): only carol should assume CarolRole.",
          "role": { "account": "111122223333", "name": "CarolRole" },
          "checks": [
            { "kind": "assumeRole", "caller": "arn:aws:iam::123456789012:user/alice", "signIn": "mfa", "trustOnly": true, "expect": "deny" },
            { "kind": "assumeRole", "caller": "arn:aws:iam::444455556666:user/mallory", "signIn": "mfa", "trustOnly": true, "expect": "deny" }
          ]
        }
      ]
    }
    """#

    static let leastPrivilege = #"""
    {
      "format": 1,
      "id": "least-privilege",
      "title": "Least privilege, proven by simulation",
      "story": "ReportReader in production was given an inline policy named Everything (Action * on Resource *). Its sessions only need to list the bucket reports and read its objects. Replace the broad policy with one that allows exactly that, and prove it with rolecall iam simulate-principal-policy before you ask for a check.",
      "start": "demo",
      "setup": [
        { "as": "111122223333", "call": "iam:CreateRole", "parameters": {
            "RoleName": "ReportReader",
            "AssumeRolePolicyDocument": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::123456789012:root\"}, \"Action\": \"sts:AssumeRole\"}]}" } },
        { "as": "111122223333", "call": "iam:PutRolePolicy", "parameters": {
            "RoleName": "ReportReader", "PolicyName": "Everything",
            "PolicyDocument": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}]}" } }
      ],
      "tasks": [
        {
          "id": "needs",
          "title": "ReportReader can still list reports and read its objects",
          "hint": "Allow s3:ListBucket on arn:aws:s3:::reports and s3:GetObject on arn:aws:s3:::reports/*.",
          "role": { "account": "111122223333", "name": "ReportReader" },
          "checks": [
            { "kind": "allowed", "caller": "role", "action": "s3:ListBucket", "resource": "arn:aws:s3:::reports", "expect": "allow" },
            { "kind": "allowed", "caller": "role", "action": "s3:GetObject", "resource": "arn:aws:s3:::reports/2026/q4.csv", "expect": "allow" }
          ]
        },
        {
          "id": "nothing-more",
          "title": "ReportReader can do nothing else",
          "hint": "Remove the broad policy: rolecall iam delete-role-policy --role-name ReportReader --policy-name Everything.",
          "role": { "account": "111122223333", "name": "ReportReader" },
          "checks": [
            { "kind": "allowed", "caller": "role", "action": "iam:CreateUser", "resource": "arn:aws:iam::111122223333:user/intruder", "expect": "deny" },
            { "kind": "allowed", "caller": "role", "action": "s3:PutObject", "resource": "arn:aws:s3:::reports/2026/q4.csv", "expect": "deny",
              "hint": "Allow only reading: s3:PutObject and s3:DeleteObject must stay denied (no s3:* )." },
            { "kind": "allowed", "caller": "role", "action": "s3:DeleteObject", "resource": "arn:aws:s3:::reports/2026/q4.csv", "expect": "deny",
              "hint": "Allow only reading: s3:PutObject and s3:DeleteObject must stay denied (no s3:* )." },
            { "kind": "allowed", "caller": "role", "action": "s3:GetObject", "resource": "arn:aws:s3:::payroll/salaries.csv", "expect": "deny",
              "hint": "Limit Resource to the reports bucket and its objects, not \"*\"." },
            { "kind": "allowed", "caller": "role", "action": "s3:ListAllMyBuckets", "resource": "*", "expect": "deny",
              "hint": "The role lists one bucket; it does not need s3:ListAllMyBuckets." }
          ]
        }
      ]
    }
    """#
}
