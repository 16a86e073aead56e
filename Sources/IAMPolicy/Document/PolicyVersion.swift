/// The policy language version (`Version` element).
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html
public enum PolicyVersion: String, Sendable, Hashable, CaseIterable {
    /// The current version; the only one with policy variables.
    case v2012_10_17 = "2012-10-17"
    /// The legacy version (also what an absent `Version` means).
    case v2008_10_17 = "2008-10-17"
}

/// `Allow` or `Deny` (case-sensitive in policies).
public enum PolicyEffect: String, Sendable, Hashable {
    /// The statement grants.
    case allow = "Allow"
    /// The statement denies; an applicable deny always wins.
    case deny = "Deny"
}
