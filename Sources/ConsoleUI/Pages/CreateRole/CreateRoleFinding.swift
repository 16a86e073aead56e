/// A finding about the role being built, in the style of IAM Access Analyzer's policy checks:
/// an error (AWS would reject it), a security warning (overly permissive access), a warning
/// (likely not what you meant), or a suggestion (a better way).
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
public struct CreateRoleFinding: Sendable, Hashable {
    /// Access Analyzer's finding types.
    public enum Severity: Int, Sendable, Hashable, Comparable {
        /// The policy or input would be rejected.
        case error
        /// Grants more access than intended.
        case securityWarning
        /// Probably a mistake.
        case warning
        /// An improvement.
        case suggestion

        /// The label shown (never colour alone).
        public var label: String {
            switch self {
            case .error: "ERROR"
            case .securityWarning: "SECURITY WARNING"
            case .warning: "WARNING"
            case .suggestion: "SUGGESTION"
            }
        }

        /// The style of the label.
        public var role: StyleRole {
            switch self {
            case .error, .securityWarning: .danger
            case .warning: .warning
            case .suggestion: .info
            }
        }

        /// Orders by seriousness.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// How serious.
    public var severity: Severity
    /// One line.
    public var title: String
    /// One or two sentences: why, and what to do.
    public var detail: String

    /// Creates a finding.
    public init(_ severity: Severity, _ title: String, _ detail: String) {
        self.severity = severity
        self.title = title
        self.detail = detail
    }
}
