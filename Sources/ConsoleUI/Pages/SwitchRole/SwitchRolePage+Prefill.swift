import IAMKit

extension SwitchRolePage {
    /// Another page's request to fill the form (the Create role wizard's "Try it"): account,
    /// role and suggested display name, plus who should be signed in to try it.
    public mutating func receive(_ result: EffectResult, in environment: ConsoleEnvironment) -> [Effect] {
        guard case .switchRolePrefill(let request) = result else { return [] }
        form[Self.account] = request.account
        form[Self.role] = request.role
        form[Self.displayName] = request.displayName
        form.focus = nil
        updateSuggestion()
        reload(in: environment)
        // Enter is offered only to someone who may switch: the root user cannot.
        if case .root = session?.signIn {
            let who = request.userName ?? "a user the role trusts"
            message = [IdentityLine(text: "Filled in from Create role. Sign in as \(who) first (Sign in page): "
                                    + "the root user cannot switch roles.", role: .warning)]
            return []
        }
        var lines = [IdentityLine(text: "Filled in from Create role: press Enter to switch.", role: .info)]
        if let user = request.userName, session?.signIn.displayName != user {
            lines.append(IdentityLine(text: "Sign in as \(user) first (Sign in page): the switch is authorized with the signed-in user, "
                                      + "and the root user cannot switch roles.", role: .warning))
        }
        message = lines
        return []
    }
}
