import IAMPolicy

/// A stored policy that no longer parses (a record edited by hand, a store from a buggy
/// build): the request that needed it is refused, never evaluated as if the policy were
/// absent, which would widen access when the policy denies or bounds. Carries where the
/// policy lives and the engine's located error, so the store or CLI can name the file.
public struct UnreadablePolicyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The record holding the policy (`123456789012/user/bob`), when one record holds it.
    public var recordKey: RecordKey?
    /// What the policy is to its holder: `inline policy "deny-all" of user bob`.
    public var role: String
    /// The engine's error, with line, column and JSON path inside the policy document.
    public var policyError: PolicyError

    /// Creates the error.
    public init(recordKey: RecordKey?, role: String, policyError: PolicyError) {
        self.recordKey = recordKey
        self.role = role
        self.policyError = policyError
    }

    /// `The inline policy "x" of user bob (lab record ...) cannot be read: line 1, column 9: ...`.
    public var description: String {
        let location = policyError.location.map { "\($0): " } ?? ""
        let detail = policyError.detail.map { " (\($0))" } ?? ""
        let record = recordKey.map { " (lab record \($0))" } ?? ""
        return "The \(role)\(record) cannot be read: \(location)\(policyError.message)\(detail) "
            + "The request was refused: an unreadable policy is never treated as absent. Fix or remove the policy."
    }
}

extension ServiceError {
    /// 500 `ServiceFailure` for a stored policy that cannot be parsed; the located error
    /// rides along in `underlying`.
    static func unreadablePolicy(_ error: UnreadablePolicyError) -> ServiceError {
        var failure = ServiceError.serviceFailure(error.description)
        failure.underlying = error
        return failure
    }
}
