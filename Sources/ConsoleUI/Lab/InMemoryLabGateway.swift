import IAMKit

/// A `LabGateway` over an `InMemoryLab`: the real domain without a store. Used by tests and
/// headless snapshots; it records the event names written so tests can assert on them.
public final class InMemoryLabGateway: LabGateway, @unchecked Sendable {
    // Unchecked: the console uses a gateway from its UI thread only.
    /// The lab's current contents.
    public private(set) var lab: InMemoryLab
    /// The IAM and STS operations.
    public let service: IAMService
    /// The console session's name.
    public let consoleSessionName: String
    /// Event names of every successful write, oldest first.
    public private(set) var writtenEvents: [String] = []
    private var marker: UInt64 = 0
    /// Audit events, oldest first.
    private var activity: [ActivityEvent] = []

    /// Creates a gateway over `lab`.
    public init(lab: InMemoryLab = InMemoryLab(), service: IAMService, consoleSessionName: String = "default") {
        self.lab = lab
        self.service = service
        self.consoleSessionName = consoleSessionName
    }

    /// Runs `body` on the lab.
    public func read<T>(_ body: (any LabRepository) throws -> T) throws -> T {
        try body(lab)
    }

    /// Runs `body` on a copy and keeps the copy only when `body` succeeds, so a failed
    /// operation changes nothing, as with the store.
    public func write<T>(eventName: String, _ body: (inout any LabRepository) throws -> T) throws -> T {
        var copy: any LabRepository = lab
        let caller = try? lab.record(ConsoleSession.self, at: ConsoleSession.key(consoleSessionName))?.currentCaller
        let result = try body(&copy)
        if let updated = copy as? InMemoryLab { lab = updated }
        writtenEvents.append(eventName)
        // As the store gateway does: a console change made by someone signed in is audited.
        if let caller {
            recordActivity(ActivityEvent(
                eventID: "console-\(writtenEvents.count)", time: service.clock.now(),
                service: eventName.hasPrefix("AssumeRole") || eventName == "SwitchRole" ? "sts" : "iam",
                eventName: eventName, callerARN: caller.arn, callerType: "", accountID: caller.accountID,
                client: "rolecall-console", decision: .allowed))
        }
        marker &+= 1
        return result
    }

    /// The audit events, newest first.
    public func recentActivity(limit: Int) throws -> [ActivityEvent] {
        Array(activity.reversed().prefix(max(0, limit)))
    }

    /// Changes with every audit event.
    public func activityMarker() -> UInt64 { UInt64(activity.count) }

    /// Adds an audit event as the CLI or the server would (tests of the Activity page).
    public func recordActivity(_ event: ActivityEvent) {
        activity.append(event)
    }

    /// Changes after every write.
    public func changeMarker() -> UInt64 { marker }

    /// Simulates another session changing the lab (tests of refresh).
    public func externalChange(_ body: (inout InMemoryLab) throws -> Void) rethrows {
        try body(&lab)
        marker &+= 1
    }
}
