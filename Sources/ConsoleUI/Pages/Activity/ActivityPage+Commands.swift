extension Command {
    /// Activity: filter by caller.
    static let activityCaller = Command("activity.caller")
    /// Activity: filter by action.
    static let activityAction = Command("activity.action")
    /// Activity: cycle the decision shown.
    static let activityDecision = Command("activity.decision")
    /// Activity: clear every filter.
    static let activityClear = Command("activity.clear")
}

extension ActivityPage {
    /// The page's keys (also in docs/keybindings.md).
    public static let pageBindings: [KeyBinding] = [
        KeyBinding([.character("c")], .activityCaller, title: "Caller",
                   help: "Show only events whose caller ARN contains the text you type (a user, a role, an account).",
                   scope: .page(.activity), showsInStatusBar: true, availableWhen: "the event list is shown",
                   unavailableReason: when { $0.openEvent != nil ? "close the event first (Esc)" : nil }),
        KeyBinding([.character("a")], .activityAction, title: "Action",
                   help: "Show only events whose action (e.g. sts:AssumeRole) contains the text you type.",
                   scope: .page(.activity), showsInStatusBar: true, availableWhen: "the event list is shown",
                   unavailableReason: when { $0.openEvent != nil ? "close the event first (Esc)" : nil }),
        KeyBinding([.character("d")], .activityDecision, title: "Decision",
                   help: "Show all events, then only allowed, denied or failed ones.",
                   scope: .page(.activity), showsInStatusBar: true, availableWhen: "the event list is shown",
                   unavailableReason: when { $0.openEvent != nil ? "close the event first (Esc)" : nil }),
        KeyBinding([.character("x")], .activityClear, title: "Clear filters",
                   help: "Show every event again.", scope: .page(.activity), availableWhen: "a filter is set",
                   unavailableReason: when { $0.filter.isEmpty ? "no filter is set" : nil }),
    ]

    private static func when(_ check: @escaping @Sendable (ActivityPage) -> String?) -> @Sendable (AppState) -> String? {
        { state in (state.activePage as? ActivityPage).flatMap(check) }
    }

    /// Routes a command to the filter field, the open event or the list.
    public mutating func handle(_ command: Command, body: Rect, in environment: ConsoleEnvironment) -> [Effect] {
        visibleRows = max(1, ActivityPage.listArea(in: body, guided: guided).height - 1)
        reload(environment.lab, force: false)
        if let prompt { return handlePrompt(command, prompt) }
        if let event = openEvent {
            let count = ActivityPage.detailLines(event, width: max(1, body.width - 4)).count
            let page = max(1, body.height - 4)
            switch command {
            case .moveDown: detailTop = min(detailTop + 1, max(0, count - 1))
            case .moveUp: detailTop = max(0, detailTop - 1)
            case .pageDown: detailTop = min(detailTop + page, max(0, count - 1))
            case .pageUp: detailTop = max(0, detailTop - page)
            case .moveToFirst: detailTop = 0
            case .moveToLast: detailTop = max(0, count - page)
            case .back: openEvent = nil
            default: break
            }
            return []
        }
        if selection.apply(command, count: shown.count, visibleRows: visibleRows) { return [] }
        switch command {
        case .activate:
            if let event = selectedEvent {
                openEvent = event
                detailTop = 0
            }
        case .activityCaller: open(.caller, text: filter.caller)
        case .activityAction: open(.action, text: filter.action)
        case .activityDecision:
            filter.decision = ActivityFilter.nextDecision(after: filter.decision)
            refilter(keeping: selectedEvent?.eventID)
        case .activityClear:
            clearFilter()
        case .back where !filter.isEmpty:
            // Back clears a filter first; with none set it does what it does on every page.
            clearFilter()
        default:
            break
        }
        return []
    }

    private mutating func clearFilter() {
        filter = ActivityFilter()
        refilter(keeping: selectedEvent?.eventID)
    }

    /// Typed text goes to the open filter field; the list narrows as it is typed.
    public mutating func handleUnbound(_ key: Key, in environment: ConsoleEnvironment) -> [Effect] {
        guard let prompt else { return [] }
        field.edit(key)
        apply(field.text, to: prompt)
        return []
    }

    private mutating func open(_ prompt: Prompt, text: String) {
        self.prompt = prompt
        field = TextField(text, maxLength: 256)
    }

    /// Enter keeps the filter, Esc drops it; both close the field.
    private mutating func handlePrompt(_ command: Command, _ current: Prompt) -> [Effect] {
        switch command {
        case .activate:
            prompt = nil
        case .back:
            apply("", to: current)
            prompt = nil
        default:
            break
        }
        return []
    }

    private mutating func apply(_ text: String, to prompt: Prompt) {
        let keep = selectedEvent?.eventID
        switch prompt {
        case .caller: filter.caller = text
        case .action: filter.action = text
        }
        refilter(keeping: keep)
    }
}
