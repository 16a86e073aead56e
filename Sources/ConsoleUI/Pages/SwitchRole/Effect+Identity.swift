extension Effect {
    /// The header for the console session as the lab holds it now: after sign-in, Switch Role,
    /// switch back, or a change another session made (the CLI's `console switch-role`).
    static func currentIdentity(of lab: any LabGateway) -> Effect {
        let identity = ConsolePages.identity(lab: lab)
        return .showIdentity(identity.text, role: identity.role)
    }
}

/// A header refresh owed since the page was shown again: `becameActive` returns no effects, so
/// the identity pages send it with the next key's effects.
struct HeaderRefresh: Hashable, Sendable {
    /// Whether a refresh is owed.
    var isPending = false

    /// The refresh, once.
    mutating func take(_ lab: any LabGateway) -> [Effect] {
        guard isPending else { return [] }
        isPending = false
        return [.currentIdentity(of: lab)]
    }
}
