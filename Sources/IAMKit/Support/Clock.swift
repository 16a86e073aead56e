import Foundation

/// Where IAMKit gets the current time. Injected so labs and tests can pin time (TOTP codes,
/// session expiry and CreateDate then become reproducible).
public protocol Clock: Sendable {
    /// The current instant.
    func now() -> Timestamp
}

/// The machine's wall clock.
public struct SystemClock: Clock {
    /// Creates the system clock.
    public init() {}

    /// The current wall-clock time, truncated to whole seconds.
    public func now() -> Timestamp {
        Timestamp(secondsSince1970: Int64(Date().timeIntervalSince1970.rounded(.down)))
    }
}

/// A clock that always reports the same instant (labs with `ROLECALL_NOW`, tests).
public struct FixedClock: Clock {
    /// The instant this clock reports.
    public var instant: Timestamp

    /// Creates a clock pinned at `instant`.
    public init(_ instant: Timestamp) {
        self.instant = instant
    }

    /// The pinned instant.
    public func now() -> Timestamp { instant }
}
