import IAMKit
import IAMPolicy

/// Why a draft is not saved: AWS's error text, and where in the draft the problem is.
public struct DraftProblem: Hashable, Sendable {
    /// `MalformedPolicyDocument: Syntax errors in policy.` (AWS's code and message).
    public var message: String
    /// A finer explanation, when the engine has one.
    public var detail: String?
    /// 1-based line of the problem.
    public var line: Int?
    /// 1-based column of the problem.
    public var column: Int?

    /// Creates a problem.
    public init(message: String, detail: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.detail = detail
        self.line = line
        self.column = column
    }

    /// The engine's error as a problem.
    public init(_ error: PolicyError) {
        self.init(message: "\(error.code.rawValue): \(error.message)", detail: error.detail,
                  line: error.position?.line, column: error.position?.column)
    }

    /// An error IAM returned when the draft was sent (no position).
    public init(_ error: ServiceError) {
        self.init(message: "\(error.code): \(error.message)")
    }

    /// `line 3, column 5: MalformedPolicyDocument: … (detail)`.
    public var summary: String {
        var text = ""
        if let line, let column { text = "line \(line), column \(column): " }
        text += message
        if let detail { text += " (\(detail))" }
        return text
    }
}
