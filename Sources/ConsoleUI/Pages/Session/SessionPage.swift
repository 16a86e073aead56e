import IAMKit

/// "What may I do here?": type an action (completed from a catalog of common actions) and a
/// resource and see allow or deny with the engine's explanation; a summary of the session's
/// effective permissions; the time left before the session expires (lab clock).
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
public struct SessionPage: FormValuesPage {
    /// The page's identity.
    public var id: PageID { .session }
    /// Whether to show the guided explanations.
    let guided: Bool
    /// Action and resource.
    var form = FormValues(fields: [
        FormEntry(label: "Action", placeholder: "e.g. s3:ListBucket (→ completes)", maxLength: 128, concept: .session),
        FormEntry(label: "Resource", placeholder: "ARN, or * ", maxLength: 2048, concept: .session),
    ])
    /// Catalog actions matching what is typed in Action.
    var completions: [CommonActions.Entry] = []
    /// The last check's outcome and explanation.
    var result: [IdentityLine] = []
    /// Who the session is and how long it has left.
    var sessionLines: [IdentityLine] = []
    /// The session's policies and what they allow.
    var summary: [PolicySummary] = []

    /// Field indexes.
    static let action = 0, resource = 1

    /// Command names of the page's keys.
    static let check = Command("session.check")
    static let complete = Command("session.complete")

    /// How long AWS keeps an IAM user's console sign-in (12 hours).
    /// Source: https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/session-duration.html
    static let consoleSignInSeconds: Int64 = 12 * 3600

    /// Creates the page, reading the session from `environment`'s lab.
    public init(_ environment: ConsoleEnvironment) {
        self.guided = environment.options.guided
        reload(in: environment)
    }

    /// The page's keys.
    public var bindings: [KeyBinding] {
        let scope = KeyScope.page(.session)
        return FormValues.fieldBindings(prefix: "session", scope: scope) + [
            KeyBinding([.enter], Self.check, title: "Check", help: "Ask the policy engine whether this session may do the action on the resource.",
                       scope: scope, showsInStatusBar: true),
            KeyBinding([.right], Self.complete, title: "Complete",
                       help: "Complete the action from the catalog of common actions (and suggest a resource).", scope: scope,
                       availableWhen: "the Action field matches a catalog action",
                       unavailableReason: { state in
                           (state.activePage as? SessionPage)?.completions.isEmpty == false ? nil : "no catalog action matches"
                       }),
        ]
    }

    /// The form takes ↑ ↓ itself.
    public var usesListKeys: Bool { false }
    /// Typing while a field has focus.
    public var isTyping: Bool { form.isTyping }
    /// A question is not work to lose: quitting never asks because of it.
    public var hasUnsavedInput: Bool { false }

    /// Handles the page's commands.
    public mutating func handle(_ command: Command, body: Rect, in environment: ConsoleEnvironment) -> [Effect] {
        handleFormCommand(command, in: environment)
    }

    /// Shown again: reads the lab again.
    public mutating func becameActive(in environment: ConsoleEnvironment) {
        refreshOnShow(in: environment)
    }

    /// The page's commands.
    mutating func handleCommand(_ command: Command, in environment: ConsoleEnvironment) -> [Effect] {
        switch command {
        case Self.check: checkAccess(in: environment)
        case Self.complete: completeAction()
        default: break
        }
        return []
    }

    /// Typed text goes to the focused field and refreshes the completions.
    public mutating func handleUnbound(_ key: Key, in environment: ConsoleEnvironment) -> [Effect] {
        handleFormKey(key)
    }

    /// Typing changed the form: update what depends on it.
    mutating func formChanged() {
        updateCompletions()
    }

    /// Completions for the Action text (none once it is a whole catalog action).
    mutating func updateCompletions() {
        let typed = form[Self.action]
        completions = typed.isEmpty ? [] : CommonActions.completions(for: typed, limit: 6)
        if completions.count == 1, completions[0].action == typed { completions = [] }
        // A catalog action suggests the resource to try it on.
        form.fields[Self.resource].placeholder = CommonActions.entry(typed).map { "e.g. \($0.exampleResource)" } ?? "ARN, or *"
    }

    /// Takes the first completion; an empty Resource gets the catalog's example.
    mutating func completeAction() {
        guard let first = completions.first else { return }
        form[Self.action] = first.action
        if form[Self.resource].isEmpty { form[Self.resource] = first.exampleResource }
        completions = []
        form.focus = Self.resource
    }

    /// Asks the engine about the typed action and resource for the current caller.
    mutating func checkAccess(in environment: ConsoleEnvironment) {
        let lab = environment.lab
        reload(in: environment)
        let action = form[Self.action]
        let resource = form[Self.resource].isEmpty ? "*" : form[Self.resource]
        guard action.contains(":") else {
            result = [IdentityLine(text: "Enter an action as service:Action, e.g. s3:ListBucket.", role: .danger)]
            form.focus = Self.action
            return
        }
        do {
            let explanation = try lab.read { repo -> AccessExplanation? in
                let key = ConsoleSession.key(lab.consoleSessionName)
                guard var console = try repo.record(ConsoleSession.self, at: key) else { return nil }
                let caller = lab.service.currentCaller(of: &console)
                let decision = try lab.service.decision(for: caller, action: action, resource: resource, in: repo)
                return AccessExplanation(decision, action: action, resource: resource)
            }
            guard let explanation else {
                result = [IdentityLine(text: "Nobody is signed in: sign in first.", role: .danger)]
                return
            }
            result = IdentityLine.lines(explanation)
        } catch let error as ServiceError {
            result = [IdentityLine(text: "\(error.code): \(error.message)", role: .danger)]
        } catch {
            result = [IdentityLine(text: "The lab could not be read: \(error)", role: .danger)]
        }
        completions = []
    }
}
