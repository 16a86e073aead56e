/// One principal of the lab that a role's trust policy admits, and what it needs to actually
/// assume the role: MFA, an external ID, and (for account or cross-account trust) its own
/// `sts:AssumeRole` permission. Computed by `IAMService.whoCanAssume(role:in:)` with the policy
/// engine, never by reading the policy text.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html
public struct AssumeEligibility: Sendable, Hashable {
    /// What kind of principal it is.
    public enum Kind: String, Sendable, Hashable {
        /// An IAM user.
        case user
        /// An IAM role (role chaining: a session of that role assumes this one).
        case role
    }

    /// Whether the principal's own policies allow `sts:AssumeRole` on the role.
    public enum Permission: Sendable, Hashable {
        /// The identity policies allow it (or the trust alone suffices, same account).
        case allowed
        /// No identity policy allows it and the trust policy alone does not suffice.
        case missing
        /// An identity policy, boundary or session policy denies it explicitly.
        case denied
    }

    /// The principal's ARN.
    public var principalARN: String
    /// User or role.
    public var kind: Kind
    /// The principal's account.
    public var accountID: String
    /// The trust policy admits the principal only with MFA.
    public var requiresMFA: Bool
    /// The principal is a user with an MFA device (relevant when MFA is required).
    public var hasMFADevice: Bool
    /// The external ID the trust policy requires, if it requires one.
    public var externalID: String?
    /// The principal's own permission to call `sts:AssumeRole` on the role.
    public var permission: Permission

    /// Creates an entry.
    public init(principalARN: String, kind: Kind, accountID: String, requiresMFA: Bool, hasMFADevice: Bool,
                externalID: String?, permission: Permission) {
        self.principalARN = principalARN
        self.kind = kind
        self.accountID = accountID
        self.requiresMFA = requiresMFA
        self.hasMFADevice = hasMFADevice
        self.externalID = externalID
        self.permission = permission
    }

    /// Whether the principal can assume the role once it meets `requiresMFA`/`externalID`.
    public var canAssume: Bool {
        permission == .allowed && (!requiresMFA || kind == .role || hasMFADevice)
    }

    /// What it needs, in words: `MFA`, `external ID "x"`, `sts:AssumeRole permission`.
    public var needs: [String] {
        var result: [String] = []
        if requiresMFA { result.append(kind == .user && !hasMFADevice ? "MFA (no device enrolled)" : "MFA") }
        if let externalID { result.append("external ID \"\(externalID)\"") }
        switch permission {
        case .allowed: break
        case .missing: result.append("its own sts:AssumeRole permission (missing)")
        case .denied: result.append("its own sts:AssumeRole permission (explicitly denied)")
        }
        return result
    }
}
