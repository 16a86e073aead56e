import IAMKit

/// One row of the roles list, computed once per reload so scrolling through thousands of
/// roles costs only the visible rows.
public struct RoleRow: Hashable, Sendable, FilterableRow {
    /// The role's name.
    public var name: String
    /// Lower-cased name for sorting and filtering.
    var sortName: String
    /// The role's ARN.
    public var arn: String
    /// What the AWS console's "Trusted entities" column says (`Account: 123456789012`,
    /// `AWS Service: ec2`, `Deleted principal`).
    public var trustedEntities: String
    /// When the role was created.
    public var created: Timestamp
    /// When it was last assumed, if ever.
    public var lastUsed: Timestamp?

    /// The row of a role in display form.
    public init(_ role: Role) {
        name = role.roleName
        sortName = role.roleName.lowercased()
        arn = role.arn
        created = role.createDate
        lastUsed = role.lastUsedDate
        trustedEntities = Self.summary(of: TrustPrincipal.all(inTrustPolicy: role.assumeRolePolicyDocument))
    }

    /// The trusted-entities summary of a trust policy's principals.
    static func summary(of principals: [TrustPrincipal]) -> String {
        var parts: [String] = []
        for principal in principals {
            let part: String
            if principal.isDeletedPrincipal {
                part = "Deleted principal"
            } else if let account = principal.accountID {
                part = "Account: \(account)"
            } else if principal.type == "Service" {
                part = "AWS Service: " + (principal.value.split(separator: ".").first.map(String.init) ?? principal.value)
            } else if principal.type == "*" {
                part = "Anyone (*)"
            } else {
                part = "\(principal.type): \(principal.value)"
            }
            if !parts.contains(part) { parts.append(part) }
        }
        return parts.isEmpty ? "—" : parts.joined(separator: ", ")
    }

    /// What the filter searches: name, ARN and trusted entities (case-insensitive).
    var filterTexts: [String] { [sortName, trustedEntities, arn] }
}

extension Timestamp {
    /// `2026-11-29 06:00` for tables (UTC, as the lab's clock).
    var shortDisplay: String {
        let text = iso8601
        guard text.count >= 16 else { return text }
        return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(5))
    }
}
