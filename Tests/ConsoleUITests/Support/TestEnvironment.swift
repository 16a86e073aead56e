import ConsoleUI

extension LabGateway {
    /// An environment over this lab: drafts in `drafts`; with `followsIdentity` the header's
    /// identity is read from the lab's console session whenever a page is shown, as the
    /// console launcher wires it.
    func console(guided: Bool = false, drafts: any DraftStore = InMemoryDraftStore(),
                 followsIdentity: Bool = false) -> ConsoleEnvironment {
        let lab: any LabGateway = self
        var environment = ConsoleEnvironment(lab: lab, drafts: drafts, options: .init(guided: guided))
        if followsIdentity {
            environment.identity = { @Sendable in ConsolePages.identity(lab: lab) }
        }
        return environment
    }
}
