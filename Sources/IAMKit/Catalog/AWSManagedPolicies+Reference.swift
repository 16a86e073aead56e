/// The catalog as a Markdown reference (docs/aws-managed-policies.md is generated from it, so the
/// list the docs show is the list the lab has).
extension AWSManagedPolicies {
    /// A Markdown page listing every catalog policy with its ARN, default version and dates.
    public static func markdown() -> String {
        var lines = [
            "# AWS managed policies in the lab",
            "",
            "<!-- Generated from AWSManagedPolicies (Sources/IAMKit/Catalog). Do not edit by hand:",
            "     regenerate with `ROLECALL_RECORD_DOCS=1 swift test --filter AWSManagedPolicyReferenceDocTests`. -->",
            "",
            "The lab knows \(all.count) AWS managed policies, copied from AWS's published text (sources and snapshot",
            "date: docs/decisions.md, 2026-12-07 \"AWS managed policy catalog\"). `rolecall iam list-policies --scope AWS`",
            "lists them, `get-policy`/`get-policy-version` return them, and the console's policy pickers filter them.",
            "Any of them can be attached to a role, user or group and is evaluated like any other policy.",
            "",
            "| Policy | ARN | Default version | Created (UTC) | Version date (UTC) |",
            "|---|---|---|---|---|",
        ]
        for policy in all {
            lines.append("| \(policy.name) | `\(policy.arn)` | \(policy.defaultVersionID) | \(policy.createDate.iso8601) | \(policy.updateDate.iso8601) |")
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }
}
