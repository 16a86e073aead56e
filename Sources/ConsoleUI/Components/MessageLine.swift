/// A page's message line: the outcome of its last action, owned by the identity that produced
/// it. When the page is shown under another identity the lines go: "Back to alice…" is stale
/// once bob signs in, and an AccessDenied a role session got is stale once the user switches
/// back or root signs in, whether or not the page was looked at in between.
struct MessageLine<Line: Hashable & Sendable>: Hashable, Sendable {
    /// The lines shown (empty: no message).
    private(set) var lines: [Line] = []
    /// Who the console acted as when the lines were written (nil while empty).
    private(set) var owner: String?
    /// Who the console acts as, as the page last heard from the environment: lines written
    /// with `show(_:)` belong to it.
    private(set) var actingAs = ""

    /// Shows `lines`, written while the console acted as `owner`.
    mutating func show(_ lines: [Line], owner: String) {
        self.lines = lines
        self.owner = lines.isEmpty ? nil : owner
    }

    /// Shows `lines`, written while the console acts as `actingAs`.
    mutating func show(_ lines: [Line]) {
        show(lines, owner: actingAs)
    }

    /// The console acts as `identity` now (read from the lab when a page is called); lines
    /// shown afterwards belong to it. Lines already shown stay until `follow`.
    mutating func act(as identity: String) {
        actingAs = identity
    }

    /// Removes the message.
    mutating func clear() {
        lines = []
        owner = nil
    }

    /// The page is shown (or read again) while the console acts as `identity`: lines someone
    /// else produced go. Returns whether they went.
    @discardableResult
    mutating func follow(_ identity: String) -> Bool {
        actingAs = identity
        guard !lines.isEmpty, owner != identity else { return false }
        clear()
        return true
    }
}

extension ConsolePages {
    /// Who the console acts as now, as a message line's owner: the header's text (the active
    /// role's display name, or the signed-in identity).
    static func messageOwner(lab: any LabGateway) -> String {
        identity(lab: lab).text
    }
}
