import IAMPolicy

/// One policy that governs a console session, summarised statement by statement.
public struct PolicySummary: Sendable, Hashable {
    /// The policy's name (managed policies: the name, not the ARN).
    public var name: String
    /// Where it comes from: `user inline`, `group`, `AWS managed`, `customer managed`, `role`,
    /// `permissions boundary`, `session policy`.
    public var source: String
    /// `Allow s3:ListBucket on arn:aws:s3:::example_bucket`, one per statement.
    public var statements: [String]
}

extension IAMService {
    /// The policies whose intersection decides what `caller` may do, with what each allows or
    /// denies: the "effective permissions" summary of the console's session page. Root gets one
    /// line, since root needs no policy in its own account.
    /// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
    public func permissionSummary(for caller: Caller, in lab: some LabRepository) throws(ServiceError) -> [PolicySummary] {
        if case .root(let accountID) = caller {
            return [PolicySummary(name: "root user", source: "account \(accountID)",
                                  statements: ["Every action on every resource of account \(accountID) (no policy needed)"])]
        }
        let sources = try policySources(for: caller, in: lab)
        var summaries = sources.identity.map { policy in
            PolicySummary(name: AccessExplanation.policyLabel(policy.name), source: Self.sourceLabel(sources.types[policy.name]),
                          statements: policy.document.statements.map(Self.summary))
        }
        if let boundary = sources.boundary {
            summaries.append(PolicySummary(name: AccessExplanation.policyLabel(boundary.name), source: "permissions boundary",
                                           statements: boundary.document.statements.map(Self.summary)))
        }
        for session in sources.session {
            summaries.append(PolicySummary(name: AccessExplanation.policyLabel(session.name), source: "session policy",
                                           statements: session.document.statements.map(Self.summary)))
        }
        return summaries
    }

    /// `Allow s3:ListBucket on arn:aws:s3:::example_bucket if Bool aws:MultiFactorAuthPresent`.
    static func summary(_ statement: PolicyStatement) -> String {
        let actions = statement.action.map { $0.joined(separator: ", ") } ?? statement.notAction.map { "everything except " + $0.joined(separator: ", ") } ?? "?"
        let resources = statement.resource.map { $0.joined(separator: ", ") }
            ?? statement.notResource.map { "everything except " + $0.joined(separator: ", ") } ?? "*"
        var text = "\(statement.effect.rawValue) \(actions) on \(resources)"
        if !statement.conditions.isEmpty {
            text += " if " + statement.conditions.map { "\($0.conditionOperator) \($0.key)" }.joined(separator: " and ")
        }
        return text
    }

    /// Readable names for `PolicySources.types` values.
    static func sourceLabel(_ type: String?) -> String {
        switch type {
        case "user": "user inline"
        case "group": "group inline"
        case "role": "role inline"
        case "aws-managed": "AWS managed"
        case "user-managed": "customer managed"
        default: type ?? "policy"
        }
    }
}
