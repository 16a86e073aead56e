/// A screen of the console (Welcome, Roles, Create role, ...). A page is a value that holds
/// its own state; the shell routes commands and typed keys to the active page and draws it
/// between the header and the status bar.
///
/// To add a page: write a type conforming to `Page` in its own folder under `Pages/`, give it
/// a `PageID`, declare its keys in `bindings` (scope `.page(id)`), and append an instance to
/// `AppState.pages` where the app is assembled.
///
/// A page is an `Equatable` value: it holds what it shows and what the user typed, never the
/// lab, the draft store or the clock. Those arrive as the `ConsoleEnvironment` in every call
/// that may reach outside (`handle`, `handleUnbound`, `receive`, `becameActive`,
/// `clockTicked`), so two pages that compare equal draw the same screen and a key that changes
/// nothing leaves the page `==` to what it was.
public protocol Page: Sendable, Equatable {
    /// The page's identity.
    var id: PageID { get }
    /// Key bindings that only apply on this page (scope `.page(id)`); they take precedence
    /// over list and global keys.
    var bindings: [KeyBinding] { get }
    /// Whether the list keys (↑ ↓ j k PgUp PgDn Home End Enter) apply.
    var usesListKeys: Bool { get }
    /// Whether a text field has focus (then single-letter commands stand aside).
    var isTyping: Bool { get }
    /// Whether leaving now would lose input the user typed.
    var hasUnsavedInput: Bool { get }
    /// Whether Enter has something to open.
    var canActivate: Bool { get }
    /// Handles a command from the key table. `body` is the page's area (for page sizes).
    mutating func handle(_ command: Command, body: Rect, in environment: ConsoleEnvironment) -> [Effect]
    /// Handles a key no binding claimed (typed text for fields).
    mutating func handleUnbound(_ key: Key, in environment: ConsoleEnvironment) -> [Effect]
    /// Handles the result of an effect this page asked for.
    mutating func receive(_ result: EffectResult, in environment: ConsoleEnvironment) -> [Effect]
    /// Draws the page into `area` of `frame`, from its state alone.
    func render(into frame: inout Frame, area: Rect)
    /// Called when the page becomes the one shown (Tab, Shift-Tab, or another page opening it),
    /// so it can pick up what others changed in the lab meanwhile (`LabGateway.changeMarker`).
    mutating func becameActive(in environment: ConsoleEnvironment)
    /// The clock moved on while the console was idle (the runner asks a few times a second).
    /// Returns whether what the page shows changed, so the runner draws only then and an idle
    /// console whose screen does not change writes nothing. Pages showing time-driven text
    /// (MFA codes and their seconds left) refresh it here without reading the lab.
    mutating func clockTicked(in environment: ConsoleEnvironment) -> Bool
    /// What guided mode explains now: the focused field's topic (e.g. `.requireMFA`), or the
    /// page's own. Defaults to the page's topic by `PageID`.
    var guideTopic: ConceptID? { get }
}

extension Page {
    /// No page keys by default.
    public var bindings: [KeyBinding] { [] }
    /// Pages show lists unless they say otherwise.
    public var usesListKeys: Bool { true }
    /// Not typing by default.
    public var isTyping: Bool { false }
    /// No unsaved input by default.
    public var hasUnsavedInput: Bool { false }
    /// Nothing to open by default.
    public var canActivate: Bool { false }
    /// Ignores typed keys by default.
    public mutating func handleUnbound(_ key: Key, in environment: ConsoleEnvironment) -> [Effect] { [] }
    /// Ignores effect results by default.
    public mutating func receive(_ result: EffectResult, in environment: ConsoleEnvironment) -> [Effect] { [] }
    /// Nothing to refresh by default.
    public mutating func becameActive(in environment: ConsoleEnvironment) {}
    /// Nothing time-driven by default.
    public mutating func clockTicked(in environment: ConsoleEnvironment) -> Bool { false }
    /// The page's own topic from the concept catalog, by `PageID`.
    public var guideTopic: ConceptID? { ConceptCatalog.topic(for: id) }

    /// Whether `other` is a page of the same type with the same state (`==` across `any Page`).
    public func isEqual(to other: any Page) -> Bool {
        guard let other = other as? Self else { return false }
        return self == other
    }
}
