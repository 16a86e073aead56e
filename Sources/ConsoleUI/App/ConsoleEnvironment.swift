import Exercises
import IAMKit

/// What the console reaches outside its own values: the lab, where `$EDITOR` drafts live, the
/// clock, the start-up options, and where the header's identity and the Exercise panel's report
/// come from. The executable builds one (the lab over RoleStore, drafts as temporary files in
/// `Terminal`); tests build one over `InMemoryLabGateway`. `AppState` carries it beside the
/// pages and the shell hands it to the active page's `handle`, `handleUnbound`, `receive`,
/// `becameActive` and `clockTicked`; no page stores it, so a page is a plain value that can be
/// compared (`==`) and copied, and `render` draws from the page's own state alone.
public struct ConsoleEnvironment: Sendable {
    /// The pages' door to the lab.
    public var lab: any LabGateway
    /// Where policy drafts go while `$EDITOR` edits them.
    public var drafts: any DraftStore
    /// The lab's clock (MFA codes, session expiry): the lab service's own unless told otherwise.
    public var clock: any Clock
    /// Start-up settings (`--guided`).
    public var options: ConsolePages.Options
    /// Where the header's identity comes from when a page is shown (the lab's console session),
    /// so a sign-in or switch made elsewhere shows at once; nil keeps what effects set.
    public var identity: (@Sendable () -> (text: String, role: StyleRole))?
    /// Grades the lab's active exercise for the Exercise panel (nil: no exercises).
    public var exercise: (@Sendable () -> ExerciseReport?)?

    /// Creates an environment over `lab`. Drafts default to memory (headless use and tests; the
    /// executable passes files), the clock to the lab service's.
    public init(lab: any LabGateway, drafts: any DraftStore = InMemoryDraftStore(), clock: (any Clock)? = nil,
                options: ConsolePages.Options = .init(),
                identity: (@Sendable () -> (text: String, role: StyleRole))? = nil,
                exercise: (@Sendable () -> ExerciseReport?)? = nil) {
        self.lab = lab
        self.drafts = drafts
        self.clock = clock ?? lab.service.clock
        self.options = options
        self.identity = identity
        self.exercise = exercise
    }

    /// An environment over an empty in-memory lab, for pages that never reach the lab (shell
    /// tests with fixed pages).
    public static func detached() -> ConsoleEnvironment {
        ConsoleEnvironment(lab: InMemoryLabGateway(service: IAMService()))
    }

    /// The header's identity read from the lab's console session.
    public func labIdentity() -> (text: String, role: StyleRole) {
        ConsolePages.identity(lab: lab)
    }
}
