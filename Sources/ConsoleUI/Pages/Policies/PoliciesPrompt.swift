/// What a Policies prompt is for.
public struct PoliciesPrompt: Hashable, Sendable {
    /// The purposes.
    public enum Purpose: Hashable, Sendable {
        /// Filtering the list.
        case filter
        /// Naming a new customer managed policy.
        case newPolicyName
    }

    /// What it is for.
    public var purpose: Purpose
    /// The field.
    public var field: TextPrompt
}
