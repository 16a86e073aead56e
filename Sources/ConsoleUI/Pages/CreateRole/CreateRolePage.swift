import IAMKit

/// The Create role wizard, as the AWS console walks it ("To create a role (console)"): trusted
/// entity, permissions, name and description, review, Create role; plus what the console never
/// shows: a live trust-policy preview, findings as you type, the equivalent CLI commands, and
/// the second half of delegation (granting the trusted account's users `sts:AssumeRole`).
/// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html
public struct CreateRolePage: Page {
    /// The page's identity.
    public static let pageID = PageID.createRole
    /// The page's identity.
    public var id: PageID { Self.pageID }
    /// The wizard's state.
    public internal(set) var state: CreateRoleState
    /// Set by "Try it": what the Switch Role page should prefill.
    public internal(set) var switchRoleRequest: SwitchRoleRequest?
    /// `--guided`: explanations beside the field in use.
    let guided: Bool
    /// The lab's change marker when the context was loaded.
    var loadedMarker: UInt64

    /// Creates the wizard, reading what it needs from `environment`'s lab.
    public init(_ environment: ConsoleEnvironment) {
        self.guided = environment.options.guided
        let loaded = CreateRoleContext.load(from: environment.lab)
        self.state = CreateRoleState(context: loaded.context, labProblem: loaded.problem)
        self.loadedMarker = environment.lab.changeMarker()
    }

    /// The wizard's keys.
    public var bindings: [KeyBinding] { Self.keyBindings }
    /// The wizard moves through its own lists.
    public var usesListKeys: Bool { false }
    /// A text field has focus.
    public var isTyping: Bool { state.isTyping }

    /// Guided mode explains the focused field.
    public var guideTopic: ConceptID? { state.focus.concept }
    /// Leaving would lose what was entered.
    public var hasUnsavedInput: Bool { state.hasInput }

    /// Handles a key-table command.
    public mutating func handle(_ command: Command, body: Rect, in environment: ConsoleEnvironment) -> [Effect] {
        let lab = environment.lab
        refreshIfLabChanged(lab)
        let rows = max(1, body.height - 8)
        if let effects = handleCommandBlock(command) { return effects }
        switch command {
        case .createRoleNext: return next(lab)
        case .createRoleBack: return back()
        case .createRoleNextField: moveFocus(by: 1)
        case .createRolePreviousField: moveFocus(by: -1)
        case .createRoleDown: moveDown(rows: rows)
        case .createRoleUp: moveUp(rows: rows)
        case .createRoleToggle: return toggle(lab)
        case .createRoleFilter: state.focus = .policyFilter
        case .createRoleBoundary: toggleBoundary()
        case .createRolePreview: state.showsPreview.toggle()
        case .createRoleFieldHelp: state.showsFieldHelp.toggle()
        case .createRolePageUp: page(by: -rows, rows: rows)
        case .createRolePageDown: page(by: rows, rows: rows)
        default: break
        }
        if state.step == .review {
            state.reviewScroll = min(state.reviewScroll, CreateRoleView.maxReviewScroll(state, guided: guided, body: body))
        }
        return []
    }

    /// Draws the wizard.
    public func render(into frame: inout Frame, area: Rect) {
        CreateRoleView.render(state, guided: guided, into: &frame, area: area)
    }

    /// Typed text goes to the focused field; y/n answer the discard question; ← → switch the
    /// trusted account choice.
    public mutating func handleUnbound(_ key: Key, in environment: ConsoleEnvironment) -> [Effect] {
        refreshIfLabChanged(environment.lab)
        if key == .left || key == .right, let field = state.focus.declaration,
           field.step(by: key == .left ? -1 : 1, in: &state) {
            return []
        }
        guard state.isTyping else { return [] }
        edit(state.focus, with: key)
        return []
    }

    /// Reloads what the wizard knows of the lab when anyone changed it.
    mutating func refreshIfLabChanged(_ lab: any LabGateway) {
        let marker = lab.changeMarker()
        guard marker != loadedMarker else { return }
        loadedMarker = marker
        let loaded = CreateRoleContext.load(from: lab)
        state.context = loaded.context
        state.labProblem = loaded.problem
    }

    /// "Discard this role?", asked in the shell's confirmation dialog.
    static let discardQuestion = Confirmation(title: "Discard this role?", question: "What you entered in the wizard will be lost.",
                                              yes: "Discard", no: "Keep editing", asker: .page(.createRole, topic: "createRole.discard"))

    /// The discard question's answer: yes starts over and goes back to the Roles list.
    public mutating func receive(_ result: EffectResult, in environment: ConsoleEnvironment) -> [Effect] {
        if let effects = receiveCommandBlock(result) { return effects }
        guard case .confirmed("createRole.discard") = result else { return [] }
        discard()
        return [.openPage(.roles)]
    }

    /// Starts over with an empty form.
    mutating func discard() {
        let context = state.context
        state = CreateRoleState(context: context, labProblem: state.labProblem)
    }
}
