extension ConceptCatalog {
    /// The console's pages and panels, in tab order.
    static let pages: [Concept] = [
        Concept(.demoLab, .page, title: "The demo lab", summary: [
            "rolecall simulates AWS IAM and STS on this machine, following the AWS guide \"Creating a role to delegate permissions to an IAM user\".",
            "The demo lab has a trusting *production* account (111122223333) and a trusted *development* account (123456789012) whose users are alice (with a virtual MFA device) and bob.",
            "Nothing of the role exists yet: creating it is the first exercise, and `rolecall lab reset` restores the lab for the next class.",
        ], links: [AWSDoc.seed]),
        Concept(.rolesList, .page, title: "Roles", summary: [
            "The roles of the account you are signed in to.",
            "Open a role to see its trust relationships, its permissions and who can assume it.",
            "A role's ARN (`arn:aws:iam::<account>:role/<path><name>`) is what users switch to and what their identity policies name.",
        ], links: [AWSDoc.terms, AWSDoc.identifiers]),
        Concept(.createRoleWizard, .page, title: "Create role", summary: [
            "The wizard creates a role that users of another AWS account may assume: trusted entity, permissions, then name and review.",
            "It writes the trust policy for you from the account ID and the options you choose.",
        ], links: [AWSDoc.seed]),
        Concept(.trustRelationshipsTab, .page, title: "Trust relationships", summary: [
            "The role's trust policy: who may assume the role, and under which conditions.",
            "A principal shown as a raw unique ID (`AIDA…`, `AROA…`) was a user or role that has since been deleted.",
            "From the CLI, `iam update-assume-role-policy` replaces the trust policy.",
        ], links: [AWSDoc.principal, AWSDoc.terms]),
        Concept(.whoCanAssume, .page, title: "Who can assume this role", summary: [
            "For each user of a trusted account, rolecall checks both halves: does the role's trust policy allow them, and does an identity policy in their own account allow `sts:AssumeRole` on the role?",
            "Only users allowed by both can switch, and the answer names the statement and condition that decided.",
        ], links: [AWSDoc.crossAccount, AWSDoc.switchPermissions]),
        Concept(.usersAndMFA, .page, title: "Users and MFA", summary: [
            "The IAM users of the account, their groups, policies and MFA devices.",
            "A virtual MFA device holds a secret seed and shows a six-digit code that changes every 30 seconds (RFC 6238); rolecall computes real codes.",
            "A user who signs in with MFA has `aws:MultiFactorAuthPresent` true in every request of that session.",
        ], links: [AWSDoc.virtualMFA, AWSDoc.mfaAPI]),
        Concept(.signIn, .page, title: "Sign in", summary: [
            "Sign in as an account's root user or as an IAM user: the user's console password first, then an MFA code when the user has a device, then a new password when the password must be reset, in the order of AWS's sign-in page.",
            "The console then acts as that identity, and every action is authorized by policy evaluation, as in AWS.",
            "The root user cannot switch roles.",
        ], links: [AWSDoc.switchConsole]),
        Concept(.switchRole, .page, title: "Switch Role", summary: [
            "Enter the account (ID or alias) and the role name, and optionally a display name and colour.",
            "The switch is authorized with your original sign-in, and only the role's permissions apply until you switch back.",
            "A role whose trust policy requires an external ID cannot be used here.",
        ], links: [AWSDoc.switchConsole, AWSDoc.switchPermissions]),
        Concept(.session, .page, title: "Session", summary: [
            "What the current session may do, answered by the same evaluation AWS runs: pick an action and a resource to see allowed or denied and which statement decided.",
            "In a role session only the role's permissions count; your user's own policies do not carry over.",
        ], links: [AWSDoc.evaluation, AWSDoc.assumeRole]),
        Concept(.activity, .page, title: "Activity", summary: [
            "Every call to the lab, by anyone: the console, the CLI and `rolecall serve` all write one audit log, in CloudTrail's event format.",
            "Newest first and live: a call made in another terminal appears here within a second. Filter by caller (`c`), action (`a`) or decision (`d`).",
            "Open an event to see who called, with which key, and, when IAM refused it, the evaluation's reasons: the statements that matched and the conditions that failed.",
        ], links: [AWSDoc.cloudTrailHistory, AWSDoc.evaluation]),
    ]
}
