/// What the Activity list lets through: a caller and an action to find (case-insensitive
/// substrings, so `alice` finds her user and her role sessions) and one decision, or all.
public struct ActivityFilter: Hashable, Sendable {
    /// Text the caller's ARN must contain.
    public var caller = ""
    /// Text the action (`sts:AssumeRole`) must contain.
    public var action = ""
    /// The one decision shown, or nil for all.
    public var decision: ActivityEvent.Decision?

    /// Creates a filter that lets everything through.
    public init(caller: String = "", action: String = "", decision: ActivityEvent.Decision? = nil) {
        self.caller = caller
        self.action = action
        self.decision = decision
    }

    /// Whether nothing is filtered out.
    public var isEmpty: Bool { caller.isEmpty && action.isEmpty && decision == nil }

    /// Whether `event` passes.
    public func matches(_ event: ActivityEvent) -> Bool {
        if let decision, event.decision != decision { return false }
        if !caller.isEmpty, !event.callerARN.localizedCaseInsensitiveContains(caller) { return false }
        if !action.isEmpty, !event.action.localizedCaseInsensitiveContains(action) { return false }
        return true
    }

    /// The next decision in the cycle All → Allowed → Denied → Failed → All.
    public static func nextDecision(after decision: ActivityEvent.Decision?) -> ActivityEvent.Decision? {
        let all = ActivityEvent.Decision.allCases
        guard let decision, let index = all.firstIndex(of: decision) else { return all.first }
        return index + 1 < all.count ? all[index + 1] : nil
    }
}
