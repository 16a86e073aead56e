extension ConceptCatalog {
    /// The Create role wizard's fields and steps, in the order the wizard asks for them
    /// (after the AWS console's wizard, https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html).
    static let wizardFields: [Concept] = [
        Concept(.trustedEntity, .wizardField, title: "Trusted entity", summary: [
            "Who may assume the role: principals of this account, or of another AWS account you name by its ID.",
            "Trusting an account delegates the choice to that account's administrators: only the users and roles they allow to call `sts:AssumeRole` on this role can use it.",
        ], links: [AWSDoc.seed]),
        Concept(.trustedAccountID, .wizardField, title: "Trusted account ID", summary: [
            "The 12-digit ID of the account whose users may assume the role (the seed's 123456789012, *development* in the demo lab).",
            "The wizard writes it into the trust policy as the principal `arn:aws:iam::123456789012:root`, which trusts the account, not every user in it.",
            "That account's administrator still has to grant its users `sts:AssumeRole` on the role.",
        ], links: [AWSDoc.seed]),
        Concept(.requireExternalID, .wizardField, title: "Require external ID", summary: [
            "Adds `\"StringEquals\": {\"sts:ExternalId\": \"<value>\"}` to the trust policy, so only callers that pass this value can assume the role.",
            "Use it when a third party assumes the role on your behalf; the value is not a secret.",
            "The console's Switch Role cannot pass an external ID, so such a role can only be assumed through the CLI or API.",
        ], links: [AWSDoc.externalID]),
        Concept(.externalIDValue, .wizardField, title: "External ID", summary: [
            "The value a caller must pass as `ExternalId` to `sts:AssumeRole`: 2 to 1224 characters of letters, digits and `+=,.@:/-_`.",
            "Agree on an unpredictable value with the party that will assume the role; it is an identifier, not a secret.",
        ], links: [AWSDoc.externalID]),
        Concept(.requireMFA, .wizardField, title: "Require MFA", summary: [
            "Adds `\"Bool\": {\"aws:MultiFactorAuthPresent\": \"true\"}` to the trust policy, in the same `Condition` block as an external ID, so both must hold.",
            "The user must have signed in with MFA, or pass `--serial-number` and `--token-code` to `sts assume-role`.",
            "Calls made with long-term access keys carry no MFA value at all and are refused.",
        ], links: [AWSDoc.mfaAPI]),
        Concept(.permissionsPolicies, .wizardField, title: "Permissions policies", summary: [
            "The policies attached to the role say what a session may do once the role is assumed.",
            "Attach AWS managed or customer managed policies: the demo lab's `PolicyForRole` allows `s3:ListBucket` on `example_bucket`, as in the seed.",
            "Choosing none is allowed: the role can then be assumed but may do nothing.",
            "A role holds at most 10 managed policies by default.",
        ], links: [AWSDoc.seed, AWSDoc.quotas]),
        Concept(.permissionsBoundary, .wizardField, title: "Permissions boundary", summary: [
            "An optional managed policy that caps what the role's permissions policies can grant.",
            "A request must be allowed by both the permissions policies and the boundary; the boundary never grants anything on its own.",
        ], links: [AWSDoc.boundaries]),
        Concept(.roleName, .wizardField, title: "Role name", summary: [
            "Up to 64 characters of letters, digits and `+=,.@_-`, unique in the account regardless of case (you cannot create both PRODROLE and prodrole).",
            "The name is part of the role's ARN and cannot be changed later, so choose it with the users and policies that will name it in mind.",
        ], links: [AWSDoc.seed, AWSDoc.quotas]),
        Concept(.rolePath, .wizardField, title: "Path", summary: [
            "An optional path that groups roles, such as `/division/`: it must begin and end with a slash, and the default is `/`.",
            "The path is part of the role's ARN, so identity policies and Switch Role must name the role with it.",
        ], links: [AWSDoc.identifiers]),
        Concept(.roleTags, .wizardField, title: "Tags", summary: [
            "Optional key and value pairs, such as `team=ops`, that help you find the role and can control access to it.",
            "A role holds at most 50 tags, and tag keys are unique regardless of case (Team and team in one request is AWS's InvalidInput).",
            "A key or value may not begin with `aws:`, in any case: that prefix is AWS's own, and the request is refused (InvalidInput).",
        ], links: [AWSDoc.tags]),
        Concept(.roleDescription, .wizardField, title: "Description", summary: [
            "Optional, up to 1000 characters, shown with the role in the console and by `iam get-role`.",
            "IAM accepts tabs, line breaks and printable Latin-1 characters only, so emoji and characters such as € are rejected.",
        ], links: [AWSDoc.quotas]),
        Concept(.maxSessionDuration, .wizardField, title: "Maximum session duration", summary: [
            "The longest session `sts:AssumeRole` may grant for this role: from 1 hour (3600 seconds, the default) to 12 hours (43200).",
            "A caller asks for a length with `--duration-seconds`; asking for more than the role allows is an error.",
            "A console Switch Role session also ends no later than the sign-in session it came from.",
        ], links: [AWSDoc.assumeRole, AWSDoc.quotas]),
        Concept(.review, .wizardField, title: "Review and create", summary: [
            "The last step shows the role's name and description, the trust policy the wizard generated and the permissions it will attach.",
            "Check that the principal is the trusted account and that the conditions are the ones you chose, then create the role.",
            "Creating the role is only half of the job: the trusted account must still grant its users `sts:AssumeRole` on it.",
        ], links: [AWSDoc.seed, AWSDoc.switchPermissions]),
        Concept(.grantAfterCreate, .wizardField, title: "Next: grant permission to switch", summary: [
            "Trusting another account is only the first half: its users also need an identity policy that allows `sts:AssumeRole` on this role's ARN.",
            "Give that policy to a user or group of the trusted account, or hand it to that account's administrator.",
        ], links: [AWSDoc.switchPermissions]),
    ]
}
