import ConsoleUI

/// The text of the welcome page, assembled from what the app knows at start-up.
enum ConsoleWelcome {
    /// Lines for the welcome page.
    static func lines(options: ConsoleOptions, theme: Theme, capability: ColorCapability) -> [String] {
        [
            "rolecall simulates AWS IAM cross-account roles on this machine, following the AWS guide",
            "\"Creating a role to delegate permissions to an IAM user\": create a role in a trusting",
            "account, let users of a trusted account assume it, then switch to it and see what the",
            "session may do, with the reason for every decision.",
            "",
            "Store:  " + (options.store ?? "default (ROLECALL_STORE or $XDG_DATA_HOME/rolecall)"),
            "Theme:  \(theme.name) (\(capability.rawValue))" + (options.guided ? "   Guided mode: on" : ""),
            "",
            "Pages to come: Roles, Create role, Users, Policies, Switch Role, Session.",
            "",
            "Keys:   ↑ ↓ or j k move · PgUp PgDn page · Home End · ? help · q quit",
            "CLI:    rolecall iam list-roles   (same store, scriptable)",
        ]
    }
}
