/// The value of a `Principal` or `NotPrincipal` element.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
public enum PolicyPrincipal: Sendable, Hashable {
    /// `"Principal": "*"`: everyone, including anonymous callers.
    case wildcard
    /// `{"AWS": …, "Service": …}`: typed lists, each value a string in the document.
    case entries([PrincipalEntry])

    /// All values of one principal type, in document order.
    public func values(of type: PrincipalType) -> [String] {
        guard case .entries(let entries) = self else { return [] }
        return entries.filter { $0.type == type }.flatMap(\.values)
    }
}

/// One `"Type": value-or-values` member of a principal object.
public struct PrincipalEntry: Sendable, Hashable {
    /// The principal type.
    public let type: PrincipalType
    /// The values (a single string is a one-element list).
    public let values: [String]
    /// Whether the document wrote an array (kept so re-printing keeps the shape).
    public let isArray: Bool

    /// Creates an entry.
    public init(type: PrincipalType, values: [String], isArray: Bool) {
        self.type = type
        self.values = values
        self.isArray = isArray
    }
}

/// The principal types IAM accepts.
public enum PrincipalType: String, Sendable, Hashable, CaseIterable {
    /// AWS accounts, IAM users and roles, role sessions, federated users (`"AWS"`).
    case aws = "AWS"
    /// AWS services such as `ec2.amazonaws.com`.
    case service = "Service"
    /// Web identity or SAML providers.
    case federated = "Federated"
    /// S3 canonical user IDs.
    case canonicalUser = "CanonicalUser"
}
