import DisplayText
import IAMKit

/// One line of the welcome page, already wrapped to the page's width.
struct WelcomeLine: Hashable {
    var text: String
    var role: StyleRole
    var indent: Int = 0
}

extension WelcomePage {
    /// The page's text at `width` columns, line by line, as a trainee reads it.
    public func textLines(width: Int) -> [String] {
        lines(width: width).map { String(repeating: " ", count: $0.indent) + $0.text }
    }

    /// The page's text at `width` columns: a pure function of the content and the setup, so a
    /// snapshot or a test can read exactly what a trainee sees.
    func lines(width: Int) -> [WelcomeLine] {
        var out: [WelcomeLine] = []
        func paragraph(_ text: String, role: StyleRole = .text, indent: Int = 0) {
            out += WordWrap.lines(text, width: max(1, width - indent)).map { WelcomeLine(text: $0, role: role, indent: indent) }
        }
        func heading(_ text: String) {
            out.append(WelcomeLine(text: "", role: .text))
            out.append(WelcomeLine(text: text, role: .title))
        }
        paragraph("rolecall simulates AWS IAM cross-account roles on this machine, after the AWS guide "
                  + "\"Creating a role to delegate permissions to an IAM user\".")
        out.append(WelcomeLine(text: "", role: .text))
        paragraph("Signed in as " + content.signedInAs, role: .info)

        // The call to action comes before the lab's details, so it is on the first screen even
        // at 80×24 with the guide panel open.
        heading("First exercise")
        if content.exerciseDone {
            paragraph("✓ \(WelcomeContent.exerciseRoleName) exists in production. Next: grant alice sts:AssumeRole in "
                      + "development, sign in as alice with MFA, and Switch Role to it.", role: .success, indent: 2)
        } else {
            paragraph("Create the role \(WelcomeContent.exerciseRoleName) in production (\(DemoLab.productionAccountID)) "
                      + "that users of development (\(DemoLab.developmentAccountID)) may assume with MFA, "
                      + "with the permissions policy \(DemoLab.bucketPolicyName).", indent: 2)
        }
        paragraph("Press c (or Enter) to open Create role; Tab moves between pages; F2 explains what you see.",
                  role: .keyHint, indent: 2)

        heading("The lab")
        if content.accounts.isEmpty { paragraph("No accounts yet: rolecall lab reset creates the demo lab.", role: .muted, indent: 2) }
        for account in content.accounts {
            paragraph(Self.accountLine(account), indent: 2)
        }

        out.append(WelcomeLine(text: "", role: .text))
        paragraph("Lab: " + (setup.storePath ?? "in memory") + " · rolecall lab reset restores the demo lab.", role: .muted)
        paragraph("CLI: rolecall iam list-roles works on the same lab, at the same time."
                  + (setup.theme.map { " Theme: " + $0 + "." } ?? ""), role: .muted)
        return out
    }

    /// "production 111122223333 (trusting): policy PolicyForRole · no roles yet".
    static func accountLine(_ account: WelcomeContent.AccountSummary) -> String {
        let name = account.alias ?? "account"
        let part = account.accountID == DemoLab.productionAccountID ? " (trusting)"
            : account.accountID == DemoLab.developmentAccountID ? " (trusted)" : ""
        var facts: [String] = []
        if !account.users.isEmpty { facts.append(listed(account.users, one: "user", many: "users")) }
        if !account.groups.isEmpty { facts.append(listed(account.groups, one: "group", many: "groups")) }
        if !account.policies.isEmpty { facts.append(listed(account.policies, one: "policy", many: "policies")) }
        facts.append(account.roles.isEmpty ? "no roles yet" : listed(account.roles, one: "role", many: "roles"))
        return "\(name) \(account.accountID)\(part): " + facts.joined(separator: " · ")
    }

    /// The most names one fact lists: a lab of thousands of users stays one short line.
    static let namesShown = 5

    /// "users alice, bob" or, past `namesShown`, "users a, b, c, d, e and 995 more".
    static func listed(_ names: [String], one: String, many: String) -> String {
        let shown = names.prefix(namesShown).joined(separator: ", ")
        let rest = names.count - namesShown
        return (names.count == 1 ? one : many) + " " + shown + (rest > 0 ? " and \(rest) more" : "")
    }
}
