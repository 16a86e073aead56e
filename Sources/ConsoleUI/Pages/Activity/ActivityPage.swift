import IAMKit

/// The Activity page: the lab's audit events as they happen — console, CLI and `rolecall serve`
/// calls, allowed and refused — newest first, filtered by caller, action and decision; Enter
/// opens one event with the engine's reasons, as CloudTrail's event history shows an
/// `AssumeRole` to an AWS administrator. Live: the clock tick checks the audit log's marker and
/// reloads only when an event was added, so an idle console still writes nothing.
/// Source: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/view-cloudtrail-events.html
public struct ActivityPage: Page {
    /// Which filter field is being typed in.
    public enum Prompt: Hashable, Sendable {
        /// The caller filter.
        case caller
        /// The action filter.
        case action
    }

    /// How many of the newest events the page reads.
    public static let eventLimit = 500

    /// The page's identity.
    public var id: PageID { .activity }
    let guided: Bool
    /// The newest events, newest first.
    public internal(set) var events: [ActivityEvent] = []
    /// Indices into `events` that pass the filter.
    public internal(set) var shown: [Int] = []
    /// The filter.
    public internal(set) var filter = ActivityFilter()
    /// The list's selection.
    public internal(set) var selection = ListSelection()
    /// The open event, if one is open.
    public internal(set) var openEvent: ActivityEvent?
    /// How far the open event's detail is scrolled.
    public internal(set) var detailTop = 0
    /// The filter field being typed in, if any.
    public internal(set) var prompt: Prompt?
    /// What is typed in the open filter field.
    var field = TextField("", maxLength: 256)
    /// Why the log could not be read, if it could not.
    public internal(set) var problem: String?
    var loadedMarker: UInt64?
    var visibleRows = 10

    /// Creates the page and reads the log.
    public init(_ environment: ConsoleEnvironment) {
        self.guided = environment.options.guided
        reload(environment.lab, force: true)
    }

    /// The page's keys.
    public var bindings: [KeyBinding] { Self.pageBindings }
    /// A filter field has focus.
    public var isTyping: Bool { prompt != nil }
    /// A filter is not work to lose.
    public var hasUnsavedInput: Bool { false }
    /// Enter opens an event or closes the filter field.
    public var canActivate: Bool { prompt != nil || (openEvent == nil && !shown.isEmpty) }

    /// The event under the cursor.
    public var selectedEvent: ActivityEvent? {
        shown.indices.contains(selection.selected) ? events[shown[selection.selected]] : nil
    }

    /// Coming back picks up what happened meanwhile.
    public mutating func becameActive(in environment: ConsoleEnvironment) {
        reload(environment.lab, force: false)
    }

    /// The clock tick: reloads only when the audit log grew; says whether the screen changed.
    public mutating func clockTicked(in environment: ConsoleEnvironment) -> Bool {
        reload(environment.lab, force: false)
    }

    /// Reads the log again when its marker moved (or always when `force`). On the top row the
    /// selection follows the newest event, as a live tail does; further down it stays on the
    /// event chosen. Returns whether anything was reloaded.
    @discardableResult
    mutating func reload(_ lab: any LabGateway, force: Bool) -> Bool {
        let marker = lab.activityMarker()
        guard force || marker != loadedMarker else { return false }
        loadedMarker = marker
        let selectedID = selection.selected == 0 ? nil : selectedEvent?.eventID
        do {
            events = try lab.recentActivity(limit: Self.eventLimit)
            problem = nil
        } catch {
            events = []
            problem = "The audit log could not be read: \(error)"
        }
        refilter(keeping: selectedID)
        return true
    }

    /// Applies the filter, keeping `eventID` selected when it still shows.
    mutating func refilter(keeping eventID: String?) {
        shown = events.indices.filter { filter.matches(events[$0]) }
        let index = eventID.flatMap { wanted in shown.firstIndex { events[$0].eventID == wanted } } ?? 0
        selection = ListSelection()
        selection.select(index, count: shown.count, visibleRows: visibleRows)
    }
}

extension PageID {
    /// The audit log, live. Short title `Events` (CloudTrail's "Event history") so nine tabs
    /// still fit by name at 120 columns beside a production root's identity.
    public static let activity = PageID("activity", title: "Activity", shortTitle: "Events")
}
