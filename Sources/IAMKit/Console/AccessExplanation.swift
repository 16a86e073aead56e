import IAMPolicy

/// A policy engine decision in words, line by line, for the console's panels: the outcome,
/// what each policy type said, the statements that decided it, the statements that came close
/// (action matched) with each condition and the context value it tested, and the context keys
/// that were missing. Pure: built from a `Decision` alone.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
public struct AccessExplanation: Sendable, Hashable {
    /// How a line should look.
    public enum Tone: Sendable, Hashable {
        /// The verdict.
        case allowed
        /// The verdict, denied.
        case denied
        /// A plain fact.
        case fact
        /// A condition or element that failed.
        case failure
        /// Secondary detail.
        case detail
    }

    /// One line of the explanation.
    public struct Line: Sendable, Hashable {
        /// How it should look.
        public var tone: Tone
        /// The text.
        public var text: String
        /// Nesting level (0, 1, 2).
        public var indent: Int
    }

    /// The lines, in reading order.
    public var lines: [Line]

    /// Explains `decision` for `action` on `resource`.
    public init(_ decision: Decision, action: String, resource: String) {
        var lines: [Line] = []
        switch decision.outcome {
        case .allow:
            lines.append(Line(tone: .allowed, text: "Allowed: \(action) on \(resource)", indent: 0))
        case .explicitDeny:
            lines.append(Line(tone: .denied, text: "Denied (explicit deny): \(action) on \(resource)", indent: 0))
        case .implicitDeny:
            lines.append(Line(tone: .denied, text: "Denied (implicit deny: nothing allows it): \(action) on \(resource)", indent: 0))
        }
        let outcomes = decision.policyTypeOutcomes
        let types: [(String, Decision.Outcome?)] = [("identity policies", outcomes.identity), ("trust/resource policy", outcomes.resourceBased),
                                                    ("permissions boundary", outcomes.permissionsBoundary), ("session policies", outcomes.session)]
        let said = types.compactMap { name, outcome in outcome.map { "\(name): \($0.rawValue)" } }
        if !said.isEmpty { lines.append(Line(tone: .detail, text: said.joined(separator: "; "), indent: 1)) }
        for matched in decision.matchedStatements {
            lines.append(Line(tone: .fact, text: "Matched: " + Self.describe(matched), indent: 1))
        }
        // Statements that named the action but did not apply are the interesting "why nots".
        for trace in decision.trace where !trace.applies && trace.actionMatched {
            lines.append(Line(tone: .failure, text: Self.whyNot(trace), indent: 1))
            for condition in trace.conditions {
                lines.append(Line(tone: condition.result ? .detail : .failure, text: Self.describe(condition), indent: 2))
            }
        }
        if decision.outcome == .implicitDeny, decision.matchedStatements.isEmpty,
           !decision.trace.contains(where: { $0.actionMatched }) {
            lines.append(Line(tone: .fact, text: "No statement in any policy mentions \(action).", indent: 1))
        }
        if !decision.missingContextKeys.isEmpty {
            lines.append(Line(tone: .failure, text: "Missing context keys: " + decision.missingContextKeys.joined(separator: ", "), indent: 1))
        }
        self.lines = lines
    }

    /// `Allow statement 0 (Sid "X") of PolicyForRole, line 5`.
    public static func describe(_ statement: MatchedStatement) -> String {
        let sid = statement.sid.map { " (Sid \"\($0)\")" } ?? ""
        return "\(statement.effect.rawValue) statement \(statement.statementIndex)\(sid) of \(policyLabel(statement.policyName)), line \(statement.span.start.line)"
    }

    /// `Bool aws:MultiFactorAuthPresent: policy [true], request [false] → false`.
    public static func describe(_ condition: ConditionTrace) -> String {
        let request = condition.contextValues.map { "[" + $0.joined(separator: ", ") + "]" } ?? "(absent)"
        return "\(condition.operatorName) \(condition.key): policy [\(condition.policyValues.joined(separator: ", "))], request \(request)"
            + " → \(condition.result ? "true" : "false")"
    }

    /// Why a statement whose action matched did not apply.
    static func whyNot(_ trace: StatementTrace) -> String {
        let head = describe(trace.statement)
        if trace.resourceMatched == false { return head + ": resource not matched" }
        if trace.principalMatched == false { return head + ": principal does not name the caller" }
        if trace.conditions.contains(where: { !$0.result }) { return head + ": a condition is false" }
        return head + ": does not apply"
    }

    /// A managed policy's name instead of its full ARN; other names as they are.
    static func policyLabel(_ name: String) -> String {
        guard name.hasPrefix("arn:"), let slash = name.lastIndex(of: "/") else { return name }
        return String(name[name.index(after: slash)...])
    }
}
