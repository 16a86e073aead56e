/// Why IAM rejects a policy document: AWS's error code and message text, plus where in the
/// document the problem is (which AWS does not say).
public struct PolicyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// AWS's error code.
    public enum Code: String, Sendable, Hashable {
        /// HTTP 400 `MalformedPolicyDocument`.
        case malformedPolicyDocument = "MalformedPolicyDocument"
        /// HTTP 409 `LimitExceeded` (size quotas).
        case limitExceeded = "LimitExceeded"

        /// The HTTP status AWS answers with.
        public var httpStatusCode: Int {
            switch self {
            case .malformedPolicyDocument: 400
            case .limitExceeded: 409
            }
        }
    }

    /// AWS's error code.
    public let code: Code
    /// AWS's message text, exactly (e.g. `Syntax errors in policy.`).
    public let message: String
    /// A finer explanation than AWS gives (e.g. the JSON syntax problem), if any.
    public let detail: String?
    /// Where the problem is, when it can be pinned down.
    public let position: SourcePosition?
    /// The JSON path of the offending node (`$` for the whole document).
    public let path: JSONPath?

    /// Creates an error.
    public init(code: Code, message: String, detail: String? = nil, position: SourcePosition? = nil, path: JSONPath? = nil) {
        self.code = code
        self.message = message
        self.detail = detail
        self.position = position
        self.path = path
    }

    /// `line L, column C, $.path` (parts that are known), or `nil`.
    public var location: String? {
        var parts: [String] = []
        if let position { parts.append("line \(position.line), column \(position.column)") }
        if let path { parts.append(path.description) }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// `Code: message (location: detail)`, the AWS line followed by our pointer.
    public var description: String {
        var text = "\(code.rawValue): \(message)"
        switch (location, detail) {
        case let (location?, detail?): text += " (\(location): \(detail))"
        case let (location?, nil): text += " (\(location))"
        case let (nil, detail?): text += " (\(detail))"
        case (nil, nil): break
        }
        return text
    }
}

extension PolicyError {
    /// AWS's message for anything structurally wrong.
    static let syntaxMessage = "Syntax errors in policy."
}
