/// The console's unidirectional core: `reduce` turns what happened into a new state plus
/// effects; `render` draws a state at a size. Neither does I/O.
public enum ConsoleShell {
    /// Applies `action` to `state`; returns the effects to run outside (the shell applies
    /// `openPage` and `showIdentity` itself).
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        let effects = applyShellEffects(reduceAction(&state, action), to: &state)
        refreshExercise(&state)
        return effects
    }

    /// The clock moved on: the page shown refreshes time-driven text (MFA codes). Returns
    /// whether the screen changed; the runner draws only then, so idle stays silent.
    public static func clockTicked(_ state: inout AppState) -> Bool {
        guard !state.isTooSmall, state.confirmation == nil, state.pages.indices.contains(state.activePageIndex) else { return false }
        let exerciseChanged = refreshExercise(&state)
        return state.pages[state.activePageIndex].clockTicked(in: state.environment) || exerciseChanged
    }

    /// Applies the effects the shell handles itself; returns the rest for the outside world.
    private static func applyShellEffects(_ effects: [Effect], to state: inout AppState) -> [Effect] {
        var outside: [Effect] = []
        for effect in effects {
            guard effect.isHandledByShell else {
                outside.append(effect)
                continue
            }
            switch effect {
            case .deliver(let result, let page):
                if let index = state.pages.firstIndex(where: { $0.id == page }) {
                    outside += applyShellEffects(state.pages[index].receive(result, in: state.environment), to: &state)
                }
            case .openPage(let id):
                if let index = state.pages.firstIndex(where: { $0.id == id }) { activate(index, in: &state) }
            case .confirm(let confirmation):
                state.confirmation = confirmation
            case .showIdentity(let text, let role):
                state.identity = text
                state.identityRole = role
            default:
                break
            }
        }
        return outside
    }

    private static func reduceAction(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .terminalResized(let size):
            state.size = size
            return []
        case .interruptReceived:
            return perform(.interrupt, on: &state)
        case .mouse(let event):
            state.refusal = nil
            return MouseRouter.route(event, in: &state)
        case .effectFinished(let page, let result):
            guard let index = state.pages.firstIndex(where: { $0.id == page }) else { return [] }
            return state.pages[index].receive(result, in: state.environment)
        case .keyPressed(let key):
            state.refusal = nil
            switch state.keyTable.resolve(key, in: state) {
            case .command(let binding):
                return perform(binding.command, on: &state)
            case .unavailable(let binding, let reason):
                state.refusal = "\(binding.title) is unavailable: \(reason)"
                return [.bell]
            case .unbound:
                guard !state.isTooSmall, !state.showsHelp, state.activePage != nil else { return [] }
                return state.pages[state.activePageIndex].handleUnbound(key, in: state.environment)
            }
        }
    }

    /// Runs a command: the shell's own, or the active page's.
    static func perform(_ command: Command, on state: inout AppState) -> [Effect] {
        switch command {
        case .quit:
            return requestQuit(&state)
        case .interrupt:
            // A second Ctrl-C while the question is open means "yes, really".
            if state.confirmation == .quitWithUnsavedInput { return [.quit] }
            return requestQuit(&state)
        case .confirm, .dismiss:
            guard let confirmation = state.confirmation else { return [] }
            state.confirmation = nil
            switch confirmation.asker {
            case .quit:
                return command == .confirm ? [.quit] : []
            case .page(let page, let topic):
                let answer: EffectResult = command == .confirm ? .confirmed(topic) : .declined(topic)
                return [.deliver(answer, to: page)]
            }
        case .toggleHelp:
            state.showsHelp.toggle()
            state.helpTop = 0
            return []
        case .helpLineUp, .helpLineDown, .helpPageUp, .helpPageDown:
            let page = max(1, ConsoleLayout(state).body.height - 6)
            let step = [Command.helpLineUp: -1, .helpLineDown: 1, .helpPageUp: -page, .helpPageDown: page][command] ?? 0
            state.helpTop = min(max(0, state.helpTop + step), max(0, HelpOverlay.lines(state, width: state.size.width).count - 1))
            return []
        case .toggleGuide:
            state.isGuided.toggle()
            return []
        case .toggleExercise:
            state.exercise.isShown.toggle()
            refreshExercise(&state)
            return []
        case .exerciseHint:
            state.exercise.revealNextHint()
            return []
        case .suspend:
            return [.suspend]
        case .nextPage, .previousPage:
            guard !state.pages.isEmpty else { return [] }
            let step = command == .nextPage ? 1 : state.pages.count - 1
            activate((state.activePageIndex + step) % state.pages.count, in: &state)
            return []
        case let command where command.pageNumber != nil:
            let index = (command.pageNumber ?? 1) - 1
            guard state.pages.indices.contains(index), !state.isTooSmall else { return [] }
            activate(index, in: &state)
            return []
        case .back where state.showsHelp:
            state.showsHelp = false
            return []
        case .back where state.isTooSmall:
            return requestQuit(&state)
        default:
            guard !state.isTooSmall, state.activePage != nil else { return [] }
            let body = ConsoleLayout(state).body
            return state.pages[state.activePageIndex].handle(command, body: body, in: state.environment)
        }
    }

    /// Shows the page at `index` and lets it refresh.
    private static func activate(_ index: Int, in state: inout AppState) {
        state.activePageIndex = index
        state.pages[index].becameActive(in: state.environment)
        if let identity = state.environment.identity?() {
            state.identity = identity.text
            state.identityRole = identity.role
        }
    }

    /// Quits at once, or asks first when input would be lost.
    private static func requestQuit(_ state: inout AppState) -> [Effect] {
        if state.hasUnsavedInput {
            state.confirmation = .quitWithUnsavedInput
            return []
        }
        return [.quit]
    }
}
