/// The orders the roles list offers, as the AWS console's column sorting does.
public enum RoleSort: String, CaseIterable, Hashable, Sendable {
    /// By name, case-insensitively (IAM's own listing order).
    case name = "Name"
    /// By the trusted-entities summary.
    case trustedEntities = "Trusted entities"
    /// Newest first.
    case created = "Created"
    /// Most recently used first; never-used roles last.
    case lastUsed = "Last used"

    /// The next order (the sort key cycles).
    public var next: RoleSort {
        let all = Self.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }

    /// Whether `a` comes before `b` in this order; ties fall back to the name.
    func precedes(_ a: RoleRow, _ b: RoleRow) -> Bool {
        switch self {
        case .name:
            break
        case .trustedEntities:
            if a.trustedEntities != b.trustedEntities { return a.trustedEntities < b.trustedEntities }
        case .created:
            if a.created != b.created { return b.created < a.created }
        case .lastUsed:
            switch (a.lastUsed, b.lastUsed) {
            case let (x?, y?) where x != y: return y < x
            case (.some, nil): return true
            case (nil, .some): return false
            default: break
            }
        }
        return a.sortName < b.sortName
    }
}
