/// Names a page; later pages add their own (`PageID("roles", title: "Roles")`).
public struct PageID: Hashable, Sendable {
    /// Stable identifier.
    public let name: String
    /// Title shown in the header tabs and help.
    public let title: String
    /// A shorter title for the tab bar when the full titles do not fit (`Create` for
    /// `Create role`).
    public let shortTitle: String

    /// Creates a page identifier.
    public init(_ name: String, title: String, shortTitle: String? = nil) {
        self.name = name
        self.title = title
        self.shortTitle = shortTitle ?? title
    }

    /// Equality by name only.
    public static func == (lhs: PageID, rhs: PageID) -> Bool { lhs.name == rhs.name }

    /// Hashes the name.
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
