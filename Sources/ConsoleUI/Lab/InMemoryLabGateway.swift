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
        let result = try body(&copy)
        if let updated = copy as? InMemoryLab { lab = updated }
        writtenEvents.append(eventName)
        marker &+= 1
        return result
    }

    /// Changes after every write.
    public func changeMarker() -> UInt64 { marker }

    /// Simulates another session changing the lab (tests of refresh).
    public func externalChange(_ body: (inout InMemoryLab) throws -> Void) rethrows {
        try body(&lab)
        marker &+= 1
    }
}
