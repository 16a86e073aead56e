extension ConceptCatalog {
    /// AWS IAM User Guide pages the catalog cites.
    enum AWSDoc {
        static let base = "https://docs.aws.amazon.com/IAM/latest/UserGuide/"
        static let seed = Concept.Link("Creating a role to delegate permissions to an IAM user", base + "id_roles_create_for-user.html")
        static let tutorial = Concept.Link("IAM tutorial: Delegate access across AWS accounts using IAM roles",
                                           base + "tutorial_cross-account-with-roles.html")
        static let terms = Concept.Link("Roles terms and concepts", base + "id_roles_terms-and-concepts.html")
        static let switchPermissions = Concept.Link("Granting a user permissions to switch roles",
                                                    base + "id_roles_use_permissions-to-switch.html")
        static let externalID = Concept.Link("How to use an external ID when granting access to your AWS resources to a third party",
                                             base + "id_roles_create_for-user_externalid.html")
        static let mfaAPI = Concept.Link("Configuring MFA-protected API access", base + "id_credentials_mfa_configure-api-require.html")
        static let conditionKeys = Concept.Link("AWS global condition context keys", base + "reference_policies_condition-keys.html")
        static let principal = Concept.Link("AWS JSON policy elements: Principal", base + "reference_policies_elements_principal.html")
        static let identifiers = Concept.Link("IAM identifiers", base + "reference_identifiers.html")
        static let evaluation = Concept.Link("Policy evaluation logic", base + "reference_policies_evaluation-logic.html")
        static let crossAccount = Concept.Link("Cross-account policy evaluation logic",
                                               base + "reference_policies_evaluation-logic-cross-account.html")
        static let assumeRole = Concept.Link("AssumeRole (AWS STS API Reference)",
                                             "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html")
        static let switchConsole = Concept.Link("Switch from a user to an IAM role (console)", base + "id_roles_use_switch-role-console.html")
        static let quotas = Concept.Link("IAM and AWS STS quotas, name requirements, and character limits",
                                         base + "reference_iam-quotas.html")
        static let boundaries = Concept.Link("Permissions boundaries for IAM entities", base + "access_policies_boundaries.html")
        static let tags = Concept.Link("Tags for AWS Identity and Access Management resources", base + "id_tags.html")
        static let servicesWithIAM = Concept.Link("AWS services that work with IAM (IAM: no resource-based policies)",
                                                  base + "reference_aws-services-that-work-with-iam.html")
        static let crossAccountAccess = Concept.Link("Cross account resource access in IAM", base + "access_policies-cross-account-resource-access.html")
        static let iamConditionKeys = Concept.Link("IAM and AWS STS condition context keys", base + "reference_policies_iam-condition-keys.html")
        static let leastPrivilege = Concept.Link("Security best practices in IAM: apply least-privilege permissions",
                                                 base + "best-practices.html")
        static let virtualMFA = Concept.Link("Assign a virtual MFA device in the AWS Management Console",
                                             base + "id_credentials_mfa_enable_virtual.html")
        static let cloudTrailHistory = Concept.Link("Working with CloudTrail event history",
                                                    "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/view-cloudtrail-events.html")
    }

    /// The ideas behind the AWS guide, in the order docs/concepts.md teaches them.
    static let ideas: [Concept] = [
        Concept(.trustingAndTrustedAccounts, .idea, title: "Trusting and trusted accounts", summary: [
            "The **trusting** account owns the role and the resources (in the demo lab: *production*, 111122223333).",
            "The **trusted** account holds the users who will use the role (*development*, 123456789012).",
            "The trusting account's administrator creates the role and names the trusted account in the role's trust policy; the trusted account's administrator then decides which of its users may switch to it.",
        ], details: [
            "Both halves are needed: trust is delegation, not a grant.",
        ], links: [AWSDoc.tutorial]),
        Concept(.trustVersusPermissionsPolicies, .idea, title: "Trust policy vs permissions policies", summary: [
            "A role has two kinds of policy.",
            "Its **trust policy** (a resource-based policy, the `AssumeRolePolicyDocument`) says *who may assume it*: it has a `Principal` and no `Resource`.",
            "Its **permissions policies** (managed policies attached to it, and inline policies) say *what the session may do once assumed*: they have a `Resource` and no `Principal`.",
        ], details: [
            "A new role has no permissions; choosing no policy at creation is allowed.",
        ], links: [AWSDoc.terms]),
        Concept(.grantingPermissionToSwitch, .idea, title: "Granting users permission to switch", summary: [
            "When a trust policy names an account (`arn:aws:iam::123456789012:root` or `\"123456789012\"`), the users of that account also need an identity policy that allows `sts:AssumeRole` on the role's ARN.",
            "Cross-account, this is always required, whatever the trust policy names.",
        ], links: [AWSDoc.switchPermissions]),
        Concept(.externalIDAndConfusedDeputy, .idea, title: "External ID and the confused deputy", summary: [
            "*Require external ID* adds `\"StringEquals\": {\"sts:ExternalId\": \"<value>\"}` to the trust policy.",
            "A third party that assumes roles in many customers' accounts passes the external ID its customer gave it, so a different customer cannot trick it into using your role (the \"confused deputy\").",
            "The external ID is not a secret.",
        ], details: [
            "The console's Switch Role cannot send an external ID, so a role that requires one can only be assumed through the API or CLI.",
        ], links: [AWSDoc.externalID]),
        Concept(.mfaConditions, .idea, title: "MFA conditions", summary: [
            "*Require MFA* adds `\"Bool\": {\"aws:MultiFactorAuthPresent\": \"true\"}`.",
            "The key is present only in requests signed with temporary credentials: a console session carries `true` or `false`, but a call with long-term access keys carries **no** value at all, so `Bool … \"true\"` fails and a `Deny` on `Bool … \"false\"` does not catch it (use `BoolIfExists`).",
            "To satisfy the condition from the CLI, pass `--serial-number` and `--token-code` to `sts assume-role`.",
        ], details: [
            "rolecall's virtual MFA devices compute real RFC 6238 codes.",
        ], links: [AWSDoc.mfaAPI, AWSDoc.conditionKeys]),
        Concept(.principalIDs, .idea, title: "Principal IDs", summary: [
            "When a trust policy names a specific user or role by ARN, IAM stores that entity's unique ID (`AIDA…`, `AROA…`) and shows the ARN back.",
            "If the entity is deleted, the policy shows the raw ID; a new entity of the same name has a new ID and is **not** trusted until the policy is saved again with its ARN.",
            "Naming an entity that does not exist is rejected with `Invalid principal in policy`.",
        ], links: [AWSDoc.principal, AWSDoc.identifiers]),
        Concept(.evaluationLogic, .idea, title: "Evaluation logic", summary: [
            "Every request starts denied.",
            "An explicit `Deny` in any applicable policy wins.",
            "Otherwise the request needs an `Allow` — from an identity policy, or in the same account from a resource-based policy that names the caller — and every permissions boundary and session policy in play must allow it too: they only subtract.",
        ], details: [
            "Cross-account, both the caller's account (identity policies) and the resource's account (resource-based policy) must allow.",
            "rolecall shows which statement decided, which condition failed and which context key was missing.",
        ], links: [AWSDoc.evaluation, AWSDoc.crossAccount]),
        Concept(.switchingRoles, .idea, title: "Switching roles and temporary credentials", summary: [
            "`sts:AssumeRole` returns temporary credentials (an `ASIA…` access key, a secret and a session token) for `arn:aws:sts::<account>:assumed-role/<role>/<session>`.",
            "The session has only the role's permissions — the user's own permissions do not carry over — until it expires.",
        ], details: [
            "In the console, Switch Role does the same with the original sign-in's credentials, remembers the five most recent roles and shows the display name in the chosen colour.",
        ], links: [AWSDoc.assumeRole, AWSDoc.switchConsole]),
        Concept(.accountIsolation, .idea, title: "Account isolation for IAM", summary: [
            "An account's users, groups, roles and policies can be read or changed only by principals of that same account.",
            "IAM has no resource-based policies, so nothing in another account can open them up: an administrator of *development* gets `AccessDenied ... because no resource-based policy allows the iam:GetPolicy action` on *production*'s policy, whatever its own policies say.",
            "The one door between accounts is a role's trust policy, and it governs only `sts:AssumeRole` (and `sts:TagSession`, `sts:SetSourceIdentity`): a user of another account acts in the trusting account only as the role's session, with the role's permissions.",
        ], details: [
            "Cross-account evaluation needs both sides to allow: the caller's identity policies and the resource's resource-based policy; for IAM resources the second side never exists.",
            "Even the root user of one account has no permission on another account's IAM entities.",
        ], links: [AWSDoc.servicesWithIAM, AWSDoc.crossAccount, AWSDoc.crossAccountAccess]),
        Concept(.privilegeEscalation, .idea, title: "Privilege escalation", summary: [
            "Some IAM permissions let an identity give itself more: `iam:CreatePolicyVersion` or `iam:SetDefaultPolicyVersion` on a policy attached to it, `iam:Attach*Policy` or `iam:Put*Policy` on itself or its group, `iam:AddUserToGroup`, `iam:UpdateAssumeRolePolicy` followed by `sts:AssumeRole`, `iam:CreateAccessKey` for another user.",
            "rolecall flags an identity holding one of them on the user's and role's pages and in `--explain`, with the steps an attacker would take.",
            "Condition keys such as `iam:PolicyARN` and `iam:PermissionsBoundary` let an administrator delegate these permissions safely (\"may attach only ReadOnlyAccess\", \"may create roles only with this boundary\").",
        ], details: [
            "Every path stays inside the identity's own account: IAM has no resource-based policies, so none crosses accounts.",
        ], links: [AWSDoc.leastPrivilege, AWSDoc.iamConditionKeys, AWSDoc.boundaries]),
    ]
}
