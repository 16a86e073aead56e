import IAMPolicy

/// What one IAM or STS request says beyond who calls: the values of its service-specific
/// condition keys. `IAMService.requestContext(for:action:values:in:)` adds only the keys the
/// action declares in `ActionContextKeys` (AWS's Service Authorization Reference).
///
/// - `iam:PolicyARN`: the managed policy an Attach*/Detach* call names
///   (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_policyarn).
/// - `iam:PermissionsBoundary`: the boundary a CreateUser/CreateRole/Put*PermissionsBoundary
///   call sets, or the boundary the targeted user or role already has for calls that change
///   its policies (#ck_permissionsboundary; "Delegating responsibility to others by using
///   permissions boundaries", access_policies_boundaries.html).
/// - Tag keys (`TagConditions`), and the STS keys of AssumeRole (`sts:RoleSessionName`,
///   `sts:ExternalId`, `sts:SourceIdentity`, `sts:TransitiveTagKeys`, session tags).
struct RequestValues: Sendable {
    /// `aws:ResourceTag`, `iam:ResourceTag`, `aws:RequestTag`, `aws:TagKeys`.
    var tags: TagConditions = .none
    /// `iam:PolicyARN`.
    var policyARN: String?
    /// `iam:PermissionsBoundary`.
    var permissionsBoundary: String?
    /// STS keys of AssumeRole and its session actions, already named.
    var sts = RequestContext()

    /// Adds the values to `context`, keeping only keys `declared` lists.
    func apply(to context: inout RequestContext, declared: Set<String>) {
        var candidate = RequestContext()
        tags.apply(to: &candidate)
        if let policyARN { candidate["iam:PolicyARN"] = .single(policyARN) }
        if let permissionsBoundary { candidate["iam:PermissionsBoundary"] = .single(permissionsBoundary) }
        for key in sts.keys {
            candidate[key] = sts[key]
        }
        for key in candidate.keys where ActionContextKeys.isDeclared(key, in: declared) {
            context[key] = candidate[key]
        }
    }
}
