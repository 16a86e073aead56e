import IAMKit

/// The console's window onto the lab. Pages run IAMKit operations through it, so the console
/// and the CLI share one domain and one store: what a page changes is at once visible to a CLI
/// user in another SSH session, and the reverse.
///
/// ConsoleUI itself does no I/O: the executable implements this over RoleStore (one locked,
/// atomic, audited transaction per call) and tests use `InMemoryLabGateway`, which runs the
/// same domain on an in-memory lab.
public protocol LabGateway: AnyObject, Sendable {
    /// The IAM and STS operations, with the lab's clock and ID source.
    var service: IAMService { get }
    /// The console session's name in the lab (one console user per name).
    var consoleSessionName: String { get }
    /// Runs `body` on a consistent view of the lab; nothing is written.
    func read<T>(_ body: (any LabRepository) throws -> T) throws -> T
    /// Runs `body` as one atomic change to the lab, recorded in the audit log under
    /// `eventName` (an API name such as `CreateRole`). Nothing is written when `body` throws.
    func write<T>(eventName: String, _ body: (inout any LabRepository) throws -> T) throws -> T
    /// A number that changes whenever anyone commits to the lab (another console, the CLI).
    /// Pages compare it to decide when to reload.
    func changeMarker() -> UInt64
    /// The newest `limit` audit events of the lab (console, CLI and server calls, allowed or
    /// refused), newest first.
    func recentActivity(limit: Int) throws -> [ActivityEvent]
    /// A number that changes whenever an audit event is added, even by a refused call that
    /// changed no record. The Activity page polls it on the clock tick, so it must be cheap.
    func activityMarker() -> UInt64
}

extension LabGateway {
    /// The console session (who signed in, which role is active), if anyone signed in.
    public func consoleSession() throws -> ConsoleSession? {
        let key = ConsoleSession.key(consoleSessionName)
        return try read { lab in try lab.record(ConsoleSession.self, at: key) }
    }

    /// Who console actions run as now: the active role session, else the original sign-in.
    /// Nil before sign-in.
    public func currentCaller() throws -> Caller? {
        try consoleSession()?.currentCaller
    }
}
