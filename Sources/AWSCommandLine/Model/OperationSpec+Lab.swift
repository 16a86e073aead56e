// rolecall's own command groups, written by hand in the same form as the generated AWS table
// so parsing, help, docs/cli.md and completion treat them alike.

extension ShapeCatalog {
    static let labText = Shape("String", .string, min: 1)
    static let labFlag = Shape("Boolean", .boolean)
    static let labAccountID = Shape("AccountIdType", .string, min: 12, max: 12)
    static let consoleColor = Shape("ConsoleColorType", .string, enumValues: ["red", "orange", "yellow", "green", "blue"])
}

extension OperationSpec {
    static let labInit = OperationSpec(
        service: .lab, name: "LabInit", cliName: "init",
        summary: "Creates a lab in the store directory: empty, with one account (--account-id), or the demo lab (--demo).",
        parameters: [
            Member("Demo", "demo", ShapeCatalog.labFlag, "Fill the lab with the demo scenario: production 111122223333 trusting development 123456789012."),
            Member("AccountId", "account-id", ShapeCatalog.labAccountID, "Create one account with this 12-digit ID and make it current."),
        ],
        pagination: nil
    )

    static let labReset = OperationSpec(
        service: .lab, name: "LabReset", cliName: "reset",
        summary: "Deletes everything in the lab and restores the demo lab (or one empty account with --account-id).",
        parameters: [
            Member("AccountId", "account-id", ShapeCatalog.labAccountID, "Restore an empty lab with this one account instead of the demo lab."),
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

    static let labInfo = OperationSpec(
        service: .lab, name: "LabInfo", cliName: "info",
        summary: "Lists every path rolecall reads or writes (store, audit log, saved profiles, config, themes) and whether each exists, then the accounts, the current account and the clock; works before any lab exists.",
        parameters: [],
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
            Member("MFACode", "mfa-code", ShapeCatalog.labText, "The 6-digit code of the user's virtual MFA device."),
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
    static let labCommands: [OperationSpec] = [.labInit, .labReset, .labAddAccount, .labInfo, .labSaveProfile, .labMFACode]
    /// rolecall's `console` commands (the account comes from the global `--account`).
    static let consoleCommands: [OperationSpec] = [
        .consoleSignIn, .consoleSwitchRole, .consoleSwitchBack, .consoleHistory, .consoleWhoAmI,
    ]
}
