import IAMPolicy

/// The tag condition keys one request adds to its context (attribute-based access control).
/// Which keys apply to which actions:
/// - `aws:ResourceTag/<key>` and `iam:ResourceTag/<key>`: the tags of the role or user the
///   action targets (IAM actions on a role or user, and `sts:AssumeRole`/`sts:TagSession`/
///   `sts:SetSourceIdentity` on the role being assumed, which the ABAC tutorial's
///   `access-assume-role` policy and AWS's "IAM: Assume roles that have a specific tag" example
///   (reference_policies_examples_iam-assume-tagged-role.html) match with `iam:ResourceTag/...`).
/// - `aws:RequestTag/<key>` and `aws:TagKeys`: the tags a create (CreateRole/CreateUser/
///   CreatePolicy with Tags) or a Tag* call passes; `aws:TagKeys` alone for Untag* calls.
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_iam-tags.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/tutorial_attribute-based-access-control.html
/// An untagged call adds nothing, so what it sees is unchanged.
struct TagConditions: Sendable {
    /// Tags of the targeted role or user (`aws:ResourceTag`, `iam:ResourceTag`).
    var resourceTags: [Tag] = []
    /// Tags the request passes (`aws:RequestTag`); their keys also make `aws:TagKeys`.
    var requestTags: [Tag] = []
    /// Keys an Untag* request removes (`aws:TagKeys`).
    var removedKeys: [String] = []

    /// No tag keys at all.
    static let none = TagConditions()

    /// Conditions for an action on a role or user carrying `tags`.
    static func resource(_ tags: [Tag]) -> TagConditions { TagConditions(resourceTags: tags) }

    /// Adds this request's tag keys to `context`.
    func apply(to context: inout RequestContext) {
        for tag in resourceTags {
            context["aws:ResourceTag/\(tag.key)"] = .single(tag.value)
            context["iam:ResourceTag/\(tag.key)"] = .single(tag.value)
        }
        for tag in requestTags {
            context["aws:RequestTag/\(tag.key)"] = .single(tag.value)
        }
        let keys = requestTags.map(\.key) + removedKeys
        if !keys.isEmpty { context["aws:TagKeys"] = .multiple(keys) }
    }
}
