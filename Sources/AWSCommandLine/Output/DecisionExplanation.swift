import IAMPolicy

/// `--explain`: the policy engine's trace of a denied call in words, one line per fact:
/// the outcome, each statement considered and why it applied or not, each condition with
/// the context value it tested, and the context keys that were missing.
enum DecisionExplanation {
    /// The trace of `decision`.
    static func render(_ decision: Decision) -> String {
        var lines = ["Decision: \(decision.outcome.rawValue)"]
        for (kind, outcome) in [("identity policies", decision.policyTypeOutcomes.identity),
                                ("resource-based policy", decision.policyTypeOutcomes.resourceBased),
                                ("permissions boundary", decision.policyTypeOutcomes.permissionsBoundary),
                                ("session policies", decision.policyTypeOutcomes.session)] {
            if let outcome { lines.append("  \(kind): \(outcome.rawValue)") }
        }
        for matched in decision.matchedStatements {
            let sid = matched.sid.map { " (Sid \"\($0)\")" } ?? ""
            lines.append("Matched: \(matched.effect.rawValue) statement \(matched.statementIndex)\(sid) of \(matched.policyName) at \(matched.span)")
        }
        for trace in decision.trace {
            lines.append("- " + trace.summary + " [\(trace.statement.span)]")
            for condition in trace.conditions {
                let context = condition.contextValues.map { "[" + $0.joined(separator: ", ") + "]" } ?? "absent"
                lines.append("    \(condition.operatorName) \(condition.key) policy [\(condition.policyValues.joined(separator: ", "))]"
                    + " context \(context): \(condition.result ? "true" : "false")")
            }
        }
        if decision.trace.isEmpty, decision.matchedStatements.isEmpty {
            lines.append("No statement allows this request (implicit deny).")
        }
        if !decision.missingContextKeys.isEmpty {
            lines.append("Missing context keys: " + decision.missingContextKeys.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    /// Any other explanation value, as it describes itself.
    static func render(_ other: some Any) -> String {
        "\(other)"
    }
}
