extension Effect {
    /// The header for the console session as the lab holds it now: after sign-in, Switch Role,
    /// switch back, or a change another session made (the CLI's `console switch-role`).
    static func currentIdentity(of lab: any LabGateway) -> Effect {
        let identity = ConsolePages.identity(lab: lab)
        return .showIdentity(identity.text, role: identity.role)
    }
}
