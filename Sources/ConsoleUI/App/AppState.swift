import Exercises

/// Everything the console shows, as a value: render is a function of this and the size.
///
/// Two states are `==` when they show the same thing and will answer keys the same way: the
/// pages (each an `Equatable` value), the active page, overlays, identity, notice. The
/// `environment` (the lab, drafts, clock) is the door to the outside, not part of the value,
/// and is left out of `==`.
public struct AppState: Sendable, Equatable {
    /// The current terminal size.
    public var size: Size
    /// Open pages, in tab order.
    public var pages: [any Page]
    /// Index of the page shown.
    public var activePageIndex: Int
    /// Whether the `?` help overlay is open. It is modal: while open it takes every key.
    public var showsHelp: Bool = false
    /// The first line of the help overlay shown (it scrolls with ↑ ↓ PgUp PgDn).
    public var helpTop: Int = 0
    /// Guided mode (`--guided`, F2): a panel explains the page or field in use.
    public var isGuided: Bool = false
    /// The Exercise panel (F3): the lab's active exercise, ticked as tasks become true.
    public var exercise = ExercisePanelState()
    /// An open confirmation, if any.
    public var confirmation: Confirmation?
    /// Text shown at the right of the header (who you are; a later feature fills it).
    public var identity: String
    /// The role the identity is drawn in (a Switch Role colour after switching).
    public var identityRole: StyleRole = .headerIdentity
    /// A notice shown above the status bar (e.g. a theme that failed to load).
    public var notice: String?
    /// The last reason a key was refused, shown in the status bar until the next key.
    public var refusal: String?
    /// Every binding: shell keys plus each page's own.
    public var keyTable: KeyTable {
        KeyTable(pages.flatMap(\.bindings) + KeyTable.shell)
    }

    /// What the pages reach outside their values (lab, drafts, clock, options); the shell hands
    /// it to the active page. Not part of `==`.
    public var environment: ConsoleEnvironment

    /// Creates a state with pages; the first page is active. `environment` defaults to an empty
    /// in-memory lab, for pages that never reach a lab.
    public init(size: Size, pages: [any Page], environment: ConsoleEnvironment = .detached(), identity: String = "Not signed in",
                identityRole: StyleRole = .headerIdentity, notice: String? = nil) {
        self.environment = environment
        self.size = size
        self.pages = pages
        self.activePageIndex = 0
        self.identity = identity
        self.identityRole = identityRole
        self.notice = notice
    }

    /// The page shown, if any.
    public var activePage: (any Page)? {
        pages.indices.contains(activePageIndex) ? pages[activePageIndex] : nil
    }

    /// Whether the terminal is below the minimum size.
    public var isTooSmall: Bool { !size.contains(.minimum) }

    /// Whether a text field has focus on the active page (and no overlay covers it).
    public var isTyping: Bool {
        confirmation == nil && !showsHelp && !isTooSmall && (activePage?.isTyping ?? false)
    }

    /// Whether any page holds unsaved input.
    public var hasUnsavedInput: Bool { pages.contains { $0.hasUnsavedInput } }

    /// The key scopes in effect, most specific first.
    public var activeScopes: [KeyScope] {
        if confirmation != nil { return [.dialog] }
        if isTooSmall { return [.global] }
        // The overlays are modal: nothing reaches the page underneath.
        if showsHelp { return [.help] }
        var scopes: [KeyScope] = []
        if let page = activePage {
            scopes.append(.page(page.id))
            if page.usesListKeys { scopes.append(.list) }
        }
        scopes.append(.global)
        return scopes
    }

    /// Equal when what is shown and how keys will be answered are equal; the environment is
    /// not compared.
    public static func == (lhs: AppState, rhs: AppState) -> Bool {
        lhs.size == rhs.size && lhs.activePageIndex == rhs.activePageIndex && lhs.showsHelp == rhs.showsHelp
            && lhs.helpTop == rhs.helpTop && lhs.isGuided == rhs.isGuided && lhs.exercise == rhs.exercise
            && lhs.confirmation == rhs.confirmation && lhs.identity == rhs.identity && lhs.identityRole == rhs.identityRole
            && lhs.notice == rhs.notice && lhs.refusal == rhs.refusal && lhs.pages.count == rhs.pages.count
            && zip(lhs.pages, rhs.pages).allSatisfy { $0.isEqual(to: $1) }
    }
}
