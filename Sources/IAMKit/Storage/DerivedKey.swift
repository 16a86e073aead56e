/// Names a value derived from a lab's records (`LabRepository.derived`): what it is, and
/// everything besides the records it depends on. A concrete type, so a store hashes it without
/// boxing; each purpose says how it uses the fields.
public struct DerivedKey: Hashable, Sendable {
    /// What is derived.
    public enum Purpose: UInt8, Sendable {
        /// A caller's parsed policies (`IAMService.policySources`): a user (`name`, no `id`), or
        /// a role session (`name` the role's, `id` its role ID, `text` the session policy,
        /// `list` the managed session policy ARNs).
        case policySources
    }

    public var purpose: Purpose
    public var accountID: String
    public var name: String
    public var id: String?
    public var text: String?
    public var list: [String]

    /// Creates a key.
    public init(purpose: Purpose, accountID: String, name: String, id: String? = nil, text: String? = nil, list: [String] = []) {
        self.purpose = purpose
        self.accountID = accountID
        self.name = name
        self.id = id
        self.text = text
        self.list = list
    }
}
