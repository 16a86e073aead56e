/// Who a page's messages were written for. A page shown again under another identity drops
/// them: "Back to alice…" is stale once bob signs in, and an AccessDenied a role session got is
/// stale once the user switches back.
struct MessageOwner: Hashable, Sendable {
    /// The identity seen last (nil before the first look).
    private(set) var identity: String?

    /// Records `current`; true when it differs from the identity seen before (the page's
    /// messages then belong to someone else and go).
    mutating func changed(to current: String) -> Bool {
        defer { identity = current }
        return identity != nil && identity != current
    }
}
