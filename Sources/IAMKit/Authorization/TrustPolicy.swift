import IAMPolicy

/// Principal-ID transformation of trust policies: on save a `Principal` ARN naming an IAM user
/// or role becomes that entity's unique ID; on read the ID becomes the entity's current ARN
/// again, or stays the raw ID once the entity is gone — and then matches nobody, not even a
/// re-created entity of the same name.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles
/// and iam-semantics.md §4.
enum TrustPolicy {
    /// Validates `text` as a trust policy (grammar, size, principals exist) and returns the
    /// text to store, with user/role principal ARNs replaced by unique IDs.
    static func prepareForStorage(_ text: String, in lab: some LabRepository) throws(ServiceError) -> String {
        if PolicySize.nonWhitespaceCount(text) > 2048 {
            throw ServiceError.limitExceeded("Cannot exceed quota for ACLSizePerRole: 2048")
        }
        var json = try PolicyChecks.validateTrustPolicy(text)
        var changed = false
        try transformPrincipals(in: &json) { (arn: String) throws(ServiceError) -> String in
            guard let parts = IAMARN.parse(arn), parts.service == "iam", parts.resourceType == "user" || parts.resourceType == "role" else {
                return arn
            }
            let id: String?
            if parts.resourceType == "user" {
                id = try lab.fetch(User.self, User.key(parts.accountID, parts.name)).flatMap { $0.arn == arn ? $0.userID : nil }
            } else {
                id = try lab.fetch(Role.self, Role.key(parts.accountID, parts.name)).flatMap { $0.arn == arn ? $0.roleID : nil }
            }
            guard let id else {
                throw ServiceError.malformedPolicy("Invalid principal in policy: \"AWS\":\"\(arn)\"")
            }
            changed = true
            return id
        }
        return changed ? JSONWriter.string(for: json, style: .compact) : text
    }

    /// The stored trust policy with unique IDs shown as current ARNs (raw when unresolvable).
    static func displayDocument(_ stored: String, in lab: some LabRepository) throws(ServiceError) -> String {
        guard mayContainUniqueID(stored), var json = try? JSONParser.parse(stored) else { return stored }
        var changed = false
        try transformPrincipals(in: &json) { (value: String) throws(ServiceError) -> String in
            guard isUniqueID(value), let entry = try lab.fetch(UniqueIDEntry.self, UniqueIDEntry.key(value)) else { return value }
            changed = true
            return entry.arn
        }
        return changed ? JSONWriter.string(for: json, style: .compact) : stored
    }

    /// `role` with its trust policy in display form.
    static func forDisplay(_ role: Role, in lab: some LabRepository) throws(ServiceError) -> Role {
        var shown = role
        shown.assumeRolePolicyDocument = try displayDocument(role.assumeRolePolicyDocument, in: lab)
        return shown
    }

    /// Whether `text` contains `"AIDA` or `"AROA` (a quoted unique ID): a byte scan, so trust
    /// policies without transformed principals cost nothing to display or evaluate.
    static func mayContainUniqueID(_ text: String) -> Bool {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count >= 5 else { return false }
            for index in 0..<(bytes.count - 4) where bytes[index] == UInt8(ascii: "\"") && bytes[index + 1] == UInt8(ascii: "A") {
                let (b2, b3, b4) = (bytes[index + 2], bytes[index + 3], bytes[index + 4])
                if (b2 == UInt8(ascii: "I") && b3 == UInt8(ascii: "D") && b4 == UInt8(ascii: "A"))
                    || (b2 == UInt8(ascii: "R") && b3 == UInt8(ascii: "O") && b4 == UInt8(ascii: "A")) {
                    return true
                }
            }
            return false
        } ?? (text.contains("AIDA") || text.contains("AROA"))
    }

    /// Whether `text` has the shape of a user or role unique ID.
    static func isUniqueID(_ text: String) -> Bool {
        text.utf8.count == 21 && (text.hasPrefix("AIDA") || text.hasPrefix("AROA"))
    }

    /// Applies `map` to every string under `Principal.AWS` (string or array) of every statement.
    private static func transformPrincipals(in json: inout JSONValue, _ map: (String) throws(ServiceError) -> String) throws(ServiceError) {
        guard case .object(var policy) = json, let statements = policy["Statement"] else { return }
        func transformStatement(_ statement: JSONValue) throws(ServiceError) -> JSONValue {
            guard case .object(var object) = statement, case .object(var principal)? = object["Principal"],
                  let aws = principal["AWS"] else { return statement }
            switch aws {
            case .string(let value):
                principal["AWS"] = .string(try map(value))
            case .array(let values):
                var mapped: [JSONValue] = []
                for value in values {
                    if case .string(let text) = value { mapped.append(.string(try map(text))) } else { mapped.append(value) }
                }
                principal["AWS"] = .array(mapped)
            default:
                return statement
            }
            object["Principal"] = .object(principal)
            return .object(object)
        }
        switch statements {
        case .array(let list):
            var mapped: [JSONValue] = []
            for statement in list { mapped.append(try transformStatement(statement)) }
            policy["Statement"] = .array(mapped)
        case .object:
            policy["Statement"] = try transformStatement(statements)
        default:
            return
        }
        json = .object(policy)
    }
}
