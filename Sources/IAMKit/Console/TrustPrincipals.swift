import IAMPolicy

/// One principal named by a trust policy in display form (as GetRole returns it).
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
public struct TrustPrincipal: Sendable, Hashable {
    /// `AWS`, `Service`, `Federated` or `CanonicalUser`, or `*` for `"Principal": "*"`.
    public var type: String
    /// The ARN, account ID, service name, provider, or raw unique ID.
    public var value: String

    /// Creates a principal.
    public init(type: String, value: String) {
        self.type = type
        self.value = value
    }

    /// Whether this is a user or role unique ID (`AIDA…`/`AROA…`) left raw because the entity
    /// was deleted: IAM shows it so, and it matches nobody, not even a new entity of that name.
    public var isDeletedPrincipal: Bool { type == "AWS" && TrustPolicy.isUniqueID(value) }

    /// The account an `AWS` principal belongs to (ARN or bare account ID), if it says.
    public var accountID: String? {
        guard type == "AWS" else { return nil }
        if Account.isAccountID(value) { return value }
        return IAMARN.parse(value)?.accountID
    }

    /// Every principal of a trust policy in display form, in document order; empty when the
    /// text does not parse.
    public static func all(inTrustPolicy text: String) -> [TrustPrincipal] {
        guard let json = try? JSONParser.parse(text) else { return [] }
        let statements: [JSONValue] = json["Statement"]?.arrayValue ?? json["Statement"].map { [$0] } ?? []
        var result: [TrustPrincipal] = []
        for statement in statements {
            guard let principal = statement["Principal"] else { continue }
            if principal.stringValue == "*" {
                result.append(TrustPrincipal(type: "*", value: "*"))
                continue
            }
            for member in principal.objectValue ?? JSONObject() {
                let values = member.value.arrayValue?.compactMap(\.stringValue) ?? member.value.stringValue.map { [$0] } ?? []
                result += values.map { TrustPrincipal(type: member.key, value: $0) }
            }
        }
        return result
    }
}
