/// What a prompt of the Roles page is for.
public struct RolesPrompt: Hashable, Sendable {
    /// The purposes.
    public enum Purpose: Hashable, Sendable {
        /// Filtering the list.
        case filter
        /// Typing the role's name to confirm its deletion.
        case confirmDelete(role: String)
        /// Naming a new inline policy.
        case inlinePolicyName
        /// Editing the role's description.
        case description
        /// Adding or changing a tag: its key, then its value.
        case tag(TagEditor.Question)
    }

    /// What it is for.
    public var purpose: Purpose
    /// The field.
    public var field: TextPrompt
}
