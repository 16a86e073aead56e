/// A page's message line: the outcome of its last action, owned by the identity that produced
/// it. When the page is shown under another identity the lines go: "Back to alice…" is stale
/// once bob signs in, and an AccessDenied a role session got is stale once the user switches
/// back or root signs in, whether or not the page was looked at in between.
struct MessageLine<Line: Hashable & Sendable>: Hashable, Sendable {
    /// The lines shown (empty: no message).
    private(set) var lines: [Line] = []
    /// Who the console acted as when the lines were written (nil while empty, or until the
    /// page stamps lines written with `show(_:)`).
    private(set) var owner: String?

    /// Shows `lines`, written while the console acted as `owner`.
    mutating func show(_ lines: [Line], owner: String) {
        self.lines = lines
        self.owner = lines.isEmpty ? nil : owner
    }

    /// Shows `lines`; who wrote them is stamped when the page's call ends (`stamp`), so the
    /// lab is read for the owner only when a message was written, not on every key.
    mutating func show(_ lines: [Line]) {
        self.lines = lines
        owner = nil
    }

    /// Lines shown without an owner belong to `identity` (read only when there are such lines).
    mutating func stamp(_ identity: @autoclosure () -> String) {
        guard !lines.isEmpty, owner == nil else { return }
        owner = identity()
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
        stamp(identity)
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
