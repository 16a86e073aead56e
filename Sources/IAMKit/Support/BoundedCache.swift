import Foundation

/// A process-wide memo of values by key, safe from any thread: each value is made once (two
/// threads missing at once may both make it; either result is kept). Bounded: when it holds
/// `limit` entries it starts again empty, so hostile input cannot grow it without end. A
/// `make` that throws caches nothing.
public final class BoundedCache<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private let limit: Int

    /// A cache of at most `limit` entries.
    public init(limit: Int) {
        self.limit = limit
    }

    /// The value for `key`, made by `make` the first time.
    public func value<Failure: Error>(for key: Key, make: () throws(Failure) -> Value) throws(Failure) -> Value {
        if let cached = lock.withLock({ values[key] }) { return cached }
        let made = try make()
        lock.withLock {
            if values.count >= limit { values.removeAll(keepingCapacity: true) }
            values[key] = made
        }
        return made
    }
}
