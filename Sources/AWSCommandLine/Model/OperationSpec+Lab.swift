import IAMKit

// rolecall's own command groups, written by hand in the same form as the generated AWS table
// so parsing, help, docs/cli.md and completion treat them alike.

extension ShapeCatalog {
    static let labText = Shape("String", .string, min: 1)
    static let labFlag = Shape("Boolean", .boolean)
    static let labAccountID = Shape("AccountIdType", .string, min: 12, max: 12)
    static let labSharing = Shape("LabSharingType", .string, enumValues: ["group"])
    static let consoleColor = Shape("ConsoleColorType", .string, enumValues: ["red", "orange", "yellow", "green", "blue"])
    static let labQuotaName = Shape("QuotaNameType", .string, enumValues: AccountQuota.allCases.map(\.rawValue))
    static let labQuotaValue = Shape("QuotaValueType", .integer, min: 1)
}

extension OperationSpec {
    static let labInit = OperationSpec(
        service: .lab, name: "LabInit", cliName: "init",
        summary: "Creates a lab in the store directory: empty, with one account (--account-id), or the demo lab (--demo).",
        parameters: [
            Member("Demo", "demo", ShapeCatalog.labFlag, "Fill the lab with the demo scenario: production 111122223333 trusting development 123456789012."),
            Member("AccountId", "account-id", ShapeCatalog.labAccountID, "Create one account with this 12-digit ID and make it current."),
            Member("Shared", "shared", ShapeCatalog.labSharing,
                   "group: share the lab with the store directory's group (directories setgid 2770, files 0660), as git init --shared=group does."),
        ],
        pagination: nil
    )

    static let labReset = OperationSpec(
        service: .lab, name: "LabReset", cliName: "reset",
        summary: "Restores the demo lab (or one empty account with --account-id), keeping the old lab in <store>/backup/<timestamp>/. Works on a damaged lab too.",
        parameters: [
            Member("AccountId", "account-id", ShapeCatalog.labAccountID, "Restore an empty lab with this one account instead of the demo lab."),
            Member("NoBackup", "no-backup", ShapeCatalog.labFlag, "Delete the old lab instead of keeping it in <store>/backup/<timestamp>/."),
            Member("Shared", "shared", ShapeCatalog.labSharing,
                   "group: make the lab group-shared (directories setgid 2770, files 0660)."),
        ],
        pagination: nil
    )

    static let labAddAccount = OperationSpec(
        service: .lab, name: "LabAddAccount", cliName: "add-account",
        summary: "Adds an AWS account to the lab, so --account and cross-account trust can name it.",
        parameters: [
            Member("AccountId", "account-id", ShapeCatalog.labAccountID, required: true, "The 12-digit account ID."),
            Member("Alias", "alias", ShapeCatalog.labText, "The account alias (accepted by --account and console sign-in/switch-role)."),
        ],
        pagination: nil
    )

    static let labRaiseQuota = OperationSpec(
        service: .lab, name: "LabRaiseQuota", cliName: "raise-quota",
        summary: "Raises an IAM quota of a lab account, as a Service Quotas increase does in AWS: how many roles, users, groups, "
            + "customer managed policies or instance profiles it may hold, or how many groups a user may join. Quotas only go up; "
            + "iam get-account-summary shows them.",
        parameters: [
            Member("AccountId", "account-id", ShapeCatalog.labAccountID, required: true, "The 12-digit account ID."),
            Member("QuotaName", "quota-name", ShapeCatalog.labQuotaName, required: true,
                   "AWS's name of the quota: RolesPerAccount (default 1000), UsersPerAccount (5000), GroupsPerAccount (300), "
                   + "PoliciesPerAccount (1500), InstanceProfilesPerAccount (1000) or GroupsPerUser (10)."),
            Member("Value", "value", ShapeCatalog.labQuotaValue, required: true, "The new value, at least AWS's default."),
        ],
        pagination: nil
    )

    static let labInfo = OperationSpec(
        service: .lab, name: "LabInfo", cliName: "info",
        summary: "Lists every path rolecall reads or writes (store, audit log, saved profiles, config, themes) and whether each exists, then the accounts, the current account and the clock; works before any lab exists.",
        parameters: [],
        pagination: nil
    )

    static let labCheck = OperationSpec(
        service: .lab, name: "LabCheck", cliName: "check",
        summary: "Checks the whole lab without changing it: records parse and match their file names, references resolve, "
            + "journal, logs, permissions, no links; with an active exercise, grades each task (✔/✘, hint, the engine's reason). "
            + "Prints ✔/✘ lines for an exercise (--output json: the JSON report); exits 0 only when the lab is clean and every task passes.",
        parameters: [],
        pagination: nil
    )

    static let labRepair = OperationSpec(
        service: .lab, name: "LabRepair", cliName: "repair",
        summary: "Completes or rolls back a pending commit, moves unreadable, mismatched or unsafe files into "
            + "<store>/quarantine/<timestamp>/ with a note of why, fixes modes. Never deletes.",
        parameters: [],
        pagination: nil
    )

    static let labExport = OperationSpec(
        service: .lab, name: "LabExport", cliName: "export",
        summary: "Writes the whole lab to one JSON file (docs/lab-format.md), e.g. a starting lab for a class. "
            + "Access keys, saved profiles, console sessions, console passwords and MFA seeds only with --include-secrets "
            + "(the file is then private, mode 0600).",
        parameters: [
            Member("File", "file", ShapeCatalog.labText, required: true, "The file to write; also taken as a bare word: rolecall lab export FILE."),
            Member("IncludeSecrets", "include-secrets", ShapeCatalog.labFlag,
                   "Include access keys, saved profiles, console sessions, console passwords and MFA seeds."),
        ],
        pagination: nil
    )

    static let labImport = OperationSpec(
        service: .lab, name: "LabImport", cliName: "import",
        summary: "Creates the lab from a file lab export wrote. Refuses a lab that holds records unless --replace, "
            + "which keeps the old lab in <store>/backup/<timestamp>/.",
        parameters: [
            Member("File", "file", ShapeCatalog.labText, required: true,
                   "The file to read (a regular file of at most 16 MiB); also taken as a bare word: rolecall lab import FILE."),
            Member("Replace", "replace", ShapeCatalog.labFlag, "Replace a lab that holds records (it is kept in backup/)."),
        ],
        pagination: nil
    )

    static let labSaveProfile = OperationSpec(
        service: .lab, name: "LabSaveProfile", cliName: "save-profile",
        summary: "Saves lab-issued credentials under a name for --profile (default: the AWS_* variables of this shell).",
        parameters: [
            Member("ProfileName", "profile-name", ShapeCatalog.labText, required: true, "The name --profile will use."),
            Member("AccessKeyId", "access-key-id", ShapeCatalog.labText, "The access key ID (default $AWS_ACCESS_KEY_ID)."),
            Member("SecretAccessKey", "secret-access-key", ShapeCatalog.labText, "The secret access key (default $AWS_SECRET_ACCESS_KEY)."),
            Member("SessionToken", "session-token", ShapeCatalog.labText, "The session token of temporary credentials (default $AWS_SESSION_TOKEN)."),
        ],
        pagination: nil
    )

    static let labMFACode = OperationSpec(
        service: .lab, name: "LabMFACode", cliName: "mfa-code",
        summary: "Shows the current code of a lab virtual MFA device, as an authenticator app would (the lab's MFA app).",
        parameters: [
            Member("SerialNumber", "serial-number", ShapeCatalog.labText, required: true,
                   "The device's serial number, e.g. arn:aws:iam::123456789012:mfa/alice."),
        ],
        pagination: nil
    )

    static let consoleSignIn = OperationSpec(
        service: .console, name: "ConsoleSignIn", cliName: "sign-in",
        summary: "Signs in to the console as an IAM user of --account ID, or as the account's root user without --user.",
        parameters: [
            Member("UserName", "user", ShapeCatalog.labText, "The IAM user; omit to sign in as root."),
            Member("Password", "password", ShapeCatalog.labText, "The user's console password, when the user has one (a login profile)."),
            Member("MFACode", "mfa-code", ShapeCatalog.labText, "The 6-digit code of the user's virtual MFA device."),
            Member("NewPassword", "new-password", ShapeCatalog.labText,
                   "A new console password, when the login profile requires a reset at the next sign-in."),
        ],
        pagination: nil
    )

    static let consoleSwitchRole = OperationSpec(
        service: .console, name: "ConsoleSwitchRole", cliName: "switch-role",
        summary: "Switches the console to a role of --account ID|ALIAS, as the console's Switch Role page does.",
        parameters: [
            Member("RoleName", "role", ShapeCatalog.labText, required: true, "The role name (with its path, if any)."),
            Member("DisplayName", "display-name", ShapeCatalog.labText, "The name the console shows (default ROLE @ ACCOUNT)."),
            Member("Color", "color", ShapeCatalog.consoleColor, "The colour of the display name."),
        ],
        pagination: nil
    )

    static let consoleSwitchBack = OperationSpec(
        service: .console, name: "ConsoleSwitchBack", cliName: "switch-back",
        summary: "Returns the console to the signed-in identity.", parameters: [], pagination: nil
    )

    static let consoleHistory = OperationSpec(
        service: .console, name: "ConsoleHistory", cliName: "history",
        summary: "Lists the recently used roles, most recent first (at most five).", parameters: [], pagination: nil
    )

    static let consoleWhoAmI = OperationSpec(
        service: .console, name: "ConsoleWhoAmI", cliName: "whoami",
        summary: "Prints the console identity as sts get-caller-identity prints it.", parameters: [], pagination: nil
    )
}

extension OperationTable {
    /// rolecall's `lab` commands.
    static let labCommands: [OperationSpec] = [
        .labInit, .labReset, .labAddAccount, .labRaiseQuota, .labInfo, .labCheck, .labRepair, .labExport, .labImport, .labSaveProfile, .labMFACode,
        .labExerciseList, .labExerciseStart, .labClass,
    ]
    /// rolecall's `console` commands (the account comes from the global `--account`).
    static let consoleCommands: [OperationSpec] = [
        .consoleSignIn, .consoleSwitchRole, .consoleSwitchBack, .consoleHistory, .consoleWhoAmI,
    ]
}
