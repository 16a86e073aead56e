import Exercises

/// Everything the console shows, as a value: render is a function of this and the size.
public struct AppState: Sendable {
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
    /// Grades the lab's active exercise (nil: none); the executable reads the lab for it.
    public var exerciseSource: (@Sendable () -> ExerciseReport?)?
    /// An open confirmation, if any.
    public var confirmation: Confirmation?
    /// Text shown at the right of the header (who you are; a later feature fills it).
    public var identity: String
    /// The role the identity is drawn in (a Switch Role colour after switching).
    public var identityRole: StyleRole = .headerIdentity
    /// Where the header's identity comes from when a page is shown (the lab's console session),
    /// so a sign-in or switch made elsewhere shows at once; nil keeps what effects set.
    public var identitySource: (@Sendable () -> (text: String, role: StyleRole))?
    /// A notice shown above the status bar (e.g. a theme that failed to load).
    public var notice: String?
    /// The last reason a key was refused, shown in the status bar until the next key.
    public var refusal: String?
    /// Every binding: shell keys plus each page's own.
    public var keyTable: KeyTable {
        KeyTable(pages.flatMap(\.bindings) + KeyTable.shell)
    }

    /// Creates a state with pages; the first page is active.
    public init(size: Size, pages: [any Page], identity: String = "Not signed in", identityRole: StyleRole = .headerIdentity,
                notice: String? = nil) {
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
}

