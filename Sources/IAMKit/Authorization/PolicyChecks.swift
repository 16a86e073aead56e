import IAMPolicy

/// Policy document validation with AWS's error codes and texts, delegated to the IAMPolicy
/// engine's validator per policy kind.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
enum PolicyChecks {
    /// A trust policy: returns the parsed JSON (for principal-ID transformation).
    static func validateTrustPolicy(_ text: String) throws(ServiceError) -> JSONValue {
        try parse(text, kind: .trust).json
    }

    /// An identity policy (inline or managed).
    static func validateIdentityPolicy(_ text: String, isManaged: Bool) throws(ServiceError) {
        _ = try parse(text, kind: isManaged ? .managed : .identity)
    }

    /// An AWS managed policy's document: managed-policy rules without the customer size quota.
    static func validateAWSManagedPolicy(_ text: String) throws(ServiceError) {
        _ = try parse(text, kind: .awsManaged)
    }

    /// A session policy passed to AssumeRole.
    static func validateSessionPolicy(_ text: String) throws(ServiceError) -> PolicyDocument {
        try parse(text, kind: .session)
    }

    /// Parses `text` as `kind`, translating the engine's error into the service's.
    static func parse(_ text: String, kind: PolicyKind) throws(ServiceError) -> PolicyDocument {
        do {
            return try PolicyDocument.parse(text, kind: kind)
        } catch {
            throw ServiceError(code: error.code.rawValue, message: error.message, httpStatus: error.code.httpStatusCode)
        }
    }
}
