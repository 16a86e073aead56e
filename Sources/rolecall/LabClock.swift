import IAMKit

/// The lab's clock for this process: `ROLECALL_NOW` (ISO 8601), when set, is the only clock —
/// TOTP codes, expirations and timestamps then never look at the wall clock.
enum LabClock {
    /// Why `ROLECALL_NOW` could not be used.
    struct InvalidPin: Error, CustomStringConvertible {
        let value: String
        var description: String { "ROLECALL_NOW=\(value) is not an ISO 8601 time (e.g. 2026-11-29T08:00:00Z)" }
    }

    /// The clock `environment` asks for.
    static func from(_ environment: [String: String]) throws(InvalidPin) -> any Clock {
        guard let pinned = environment["ROLECALL_NOW"], !pinned.isEmpty else { return SystemClock() }
        guard let instant = Timestamp(iso8601: pinned) else { throw InvalidPin(value: pinned) }
        return FixedClock(instant)
    }
}
