/// A group, user or role a managed policy is attached to (or is the permissions boundary of),
/// as ListEntitiesForPolicy reports it.
/// Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListEntitiesForPolicy.html
/// (`PolicyGroup`, `PolicyUser`, `PolicyRole`).
public struct PolicyEntity: Sendable, Hashable {
    /// Which list of the response the entity belongs to, in the response's order.
    public enum Kind: Int, Sendable, Hashable, Comparable {
        /// `PolicyGroups`.
        case group
        /// `PolicyUsers`.
        case user
        /// `PolicyRoles`.
        case role

        /// Kinds order as the response lists them: groups, users, roles.
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Group, user or role.
    public var kind: Kind
    /// The entity's name as typed.
    public var name: String
    /// Its unique ID (`AGPA…`, `AIDA…`, `AROA…`).
    public var id: String
    /// Its path (PathPrefix filters on it).
    public var path: String

    /// Creates an entry.
    public init(kind: Kind, name: String, id: String, path: String) {
        self.kind = kind
        self.name = name
        self.id = id
        self.path = path
    }

    /// The paging key: kinds in response order, then names regardless of case.
    var pageKey: String { "\(kind.rawValue)/\(name.lowercased())" }
}
