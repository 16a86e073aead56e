import IAMKit

/// A policy of the Policies page's list: the filter searches its name and description.
struct CatalogPolicyRow: FilterableRow {
    /// The policy.
    var info: PolicyInfo
    /// Name and description.
    var filterTexts: [String] { [info.policyName, info.description ?? ""] }
}
