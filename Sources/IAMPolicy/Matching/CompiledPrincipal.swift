/// How strongly a resource-based statement names the caller; the evaluation logic treats a
/// direct grant, a grant to the caller's role, and a grant to its account differently.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
enum PrincipalGrant: Int, Sendable, Comparable {
    /// The account (12-digit ID or `:root` ARN): delegation to the account's own policies.
    case account = 0
    /// The role of a role session (role ARN or `AROA…` ID).
    case role = 1
    /// The user ARN/ID, the session ARN, the service, or `*`.
    case direct = 2

    static func < (lhs: PrincipalGrant, rhs: PrincipalGrant) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A `Principal`/`NotPrincipal` element lowered for matching.
struct CompiledPrincipal: Sendable {
    enum AWSPattern: Sendable {
        case everyone
        case account(String)
        case exactARN(String)
        case roleARN(String)
        case userID(String)
        case roleID(String)
    }

    let aws: [AWSPattern]
    /// Values of `Service`, `Federated` and `CanonicalUser`, compared with the caller's ARN.
    let others: [String]

    init(_ principal: PolicyPrincipal) {
        switch principal {
        case .wildcard:
            aws = [.everyone]
            others = []
        case .entries(let entries):
            var aws: [AWSPattern] = []
            var others: [String] = []
            for entry in entries {
                guard entry.type == .aws else {
                    others.append(contentsOf: entry.values)
                    continue
                }
                aws.append(contentsOf: entry.values.map(CompiledPrincipal.pattern))
            }
            self.aws = aws
            self.others = others
        }
    }

    private static func pattern(_ value: String) -> AWSPattern {
        if value == "*" { return .everyone }
        if PrincipalFormat.isAccountID(value) { return .account(value) }
        if let arn = ARN(value) {
            if arn.service == "iam", arn.resource == "root" { return .account(String(arn.account)) }
            if arn.service == "iam", arn.resource.hasPrefix("role/") { return .roleARN(value) }
            return .exactARN(value)
        }
        if value.hasPrefix("AROA") { return .roleID(value) }
        return .userID(value)
    }

    /// The strongest way this element names `caller`, or `nil` if it does not.
    func grant(for caller: RequestPrincipal) -> PrincipalGrant? {
        var best: PrincipalGrant?
        func offer(_ grant: PrincipalGrant) {
            if best.map({ grant > $0 }) ?? true { best = grant }
        }
        let hasAccount = caller.kind != .service && caller.kind != .anonymous
        for pattern in aws {
            switch pattern {
            case .everyone:
                offer(.direct)
            case .account(let account):
                if hasAccount, caller.accountID == account { offer(caller.kind == .root ? .direct : .account) }
            case .exactARN(let arn):
                if caller.arn == arn { offer(.direct) }
            case .roleARN(let arn):
                if caller.kind == .assumedRole, caller.roleARN == arn { offer(.role) }
            case .userID(let id):
                if caller.kind == .user, caller.uniqueID == id { offer(.direct) }
            case .roleID(let id):
                if caller.kind == .assumedRole, caller.roleUniqueID == id { offer(.role) }
            }
        }
        if best != .direct, others.contains(caller.arn), caller.kind != .anonymous { offer(.direct) }
        return best
    }

    /// Whether a statement with this element as its `NotPrincipal` applies to `caller`.
    ///
    /// AWS may check a caller at each level of its identity: its account, for a role session
    /// the role, then the caller itself. Which levels it checks, and in what order, depends on
    /// the service, and the statement applies at a checked level that the element does not list.
    /// A simulator must not be more generous than any of those orders. So a `Deny` applies
    /// unless every level is listed, which is why AWS says to list the account ARN (and a
    /// session's role ARN) beside the user or session. An `Allow` applies only when the caller
    /// itself is not listed.
    /// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
    func notPrincipalApplies(to caller: RequestPrincipal, deny: Bool) -> Bool {
        let listed = listedLevels(of: caller)
        guard deny else { return !listed.itself }
        switch caller.kind {
        case .root, .service, .anonymous: return !listed.itself
        case .user, .federatedUser: return !(listed.account && listed.itself)
        case .assumedRole: return !(listed.account && listed.role && listed.itself)
        }
    }

    /// Which levels of `caller`'s identity the element lists: its account, its role (a role
    /// session's), and the caller itself (its ARN or unique ID; the root user is its account).
    private func listedLevels(of caller: RequestPrincipal) -> (account: Bool, role: Bool, itself: Bool) {
        var account = false, role = false, itself = false
        let hasAccount = caller.kind != .service && caller.kind != .anonymous
        for pattern in aws {
            switch pattern {
            case .everyone:
                (account, role, itself) = (true, true, true)
            case .account(let id):
                if hasAccount, caller.accountID == id {
                    account = true
                    if caller.kind == .root { itself = true }
                }
            case .exactARN(let arn):
                if caller.arn == arn { itself = true }
            case .roleARN(let arn):
                if caller.kind == .assumedRole, caller.roleARN == arn { role = true }
            case .userID(let id):
                if caller.kind == .user, caller.uniqueID == id { itself = true }
            case .roleID(let id):
                if caller.kind == .assumedRole, caller.roleUniqueID == id { role = true }
            }
        }
        if others.contains(caller.arn), caller.kind != .anonymous { itself = true }
        return (account, role, itself)
    }
}
