import IAMKit

/// What the wizard offers once the role exists: the second half of delegation made actionable.
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html
public enum CreateRoleOffer: Hashable, Sendable {
    /// Attach a policy allowing `sts:AssumeRole` on the role to this user or group of the
    /// trusted account.
    case grant(AssumeRoleGrant.Target)
    /// Show (or hide) that policy's JSON, for the trusted account's administrator.
    case showPolicy
    /// Open Switch Role to try the new role.
    case tryIt
    /// Start a new role.
    case createAnother
}

extension CreateRoleState {
    /// The grant for the created role.
    public var grant: AssumeRoleGrant? {
        guard let created else { return nil }
        return AssumeRoleGrant(roleARN: created.arn, roleName: created.plan.roleName, trustedAccountID: created.plan.trustedAccountID)
    }

    /// The offers, in order: a grant per user and group of the trusted account (when the lab
    /// holds it), the policy JSON, try it, create another.
    public var offers: [CreateRoleOffer] {
        guard let created else { return [] }
        let principals = context.principals[created.plan.trustedAccountID]
        let users = (principals?.users ?? []).map { CreateRoleOffer.grant(.user($0)) }
        let groups = (principals?.groups ?? []).map { CreateRoleOffer.grant(.group($0)) }
        return users + groups + [.showPolicy, .tryIt, .createAnother]
    }

    /// The highlighted offer.
    public var highlightedOffer: CreateRoleOffer? {
        let all = offers
        return all.indices.contains(offerSelection.selected) ? all[offerSelection.selected] : nil
    }

    /// The line shown for `offer`.
    public func title(of offer: CreateRoleOffer) -> String {
        guard let grant else { return "" }
        switch offer {
        case .grant(.user(let name)): return "Grant user \(name)"
        case .grant(.group(let name)): return "Grant group \(name) (all its users)"
        case .showPolicy:
            return showsGrantPolicy ? "Hide the policy JSON" : "Show the policy JSON (for \(grant.trustedAccountID)'s admin)"
        case .tryIt:
            // The root user cannot switch roles: the offer then leads to Sign in first.
            if signedInAsRoot { return "Try it: sign in as \(grantedUserName ?? "a user of \(grant.trustedAccountID)"), then Switch Role" }
            return "Try it: Switch Role" + (grantedUserName.map { " as \($0)" } ?? "")
        case .createAnother: return "Create another role"
        }
    }

    /// Whether the console is signed in as a root user, who cannot switch roles (AWS: "Roles may
    /// not be assumed by root accounts.").
    public var signedInAsRoot: Bool {
        if case .root = context.caller { return true }
        return false
    }

    /// Why the highlighted offer cannot run now, or nil.
    public var offerUnavailableReason: String? {
        guard highlightedOffer == .tryIt, let created else { return nil }
        if created.plan.externalID != nil {
            return "Switch Role cannot pass an external ID; use rolecall sts assume-role --external-id"
        }
        if created.switchRoleName.count > 64 { return "Switch Role needs path + name of at most 64 characters" }
        return nil
    }
}

extension CreateRolePage {
    /// Runs the highlighted offer.
    mutating func activateOffer(_ lab: any LabGateway) -> [Effect] {
        guard let offer = state.highlightedOffer, let grant = state.grant, let created = state.created else { return [] }
        if state.offerUnavailableReason != nil { return [.bell] }
        switch offer {
        case .grant(let target):
            let service = lab.service
            let event = if case .user = target { "AttachUserPolicy" } else { "AttachGroupPolicy" }
            do {
                _ = try lab.write(eventName: event) { repo in try grant.apply(to: target, using: service, in: &repo) }
                let kind = if case .user = target { "user" } else { "group" }
                let who = kind == "user" ? "\(target.name) has" : "its users have"
                let mfa = created.plan.requiresMFA ? " (when signed in with MFA, as the role requires)" : ""
                state.offerOutcome = .init(message: "Attached \(grant.policyName) to \(kind) \(target.name) in \(grant.trustedAccountID): "
                                               + "\(who) permission to switch to the role\(mfa).", succeeded: true)
                if case .user(let name) = target { state.grantedUserName = name }
                refreshIfLabChanged(lab)
            } catch let error as ServiceError {
                state.offerOutcome = .init(message: "\(error.code): \(error.message)", succeeded: false)
            } catch {
                state.offerOutcome = .init(message: "The lab could not be written: \(error)", succeeded: false)
            }
        case .showPolicy:
            state.showsGrantPolicy.toggle()
        case .tryIt:
            let request = SwitchRoleRequest(account: created.accountID, role: created.switchRoleName, userName: state.grantedUserName)
            switchRoleRequest = request
            let prefill = Effect.deliver(.switchRolePrefill(request), to: .switchRole)
            guard state.signedInAsRoot else { return [prefill, .openPage(.switchRole)] }
            // Root cannot switch: Sign in comes first, filled in for the trusted account's user.
            let signIn = SignInRequest(account: created.plan.trustedAccountID, userName: state.grantedUserName)
            return [prefill, .deliver(.signInPrefill(signIn), to: .signIn), .openPage(.signIn)]
        case .createAnother:
            discard()
        }
        return []
    }
}
