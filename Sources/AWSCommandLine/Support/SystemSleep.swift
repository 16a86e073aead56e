#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real sleep between a waiter's attempts.
enum SystemSleep {
    /// Sleeps `count` seconds.
    static func seconds(_ count: Int) {
        guard count > 0 else { return }
        _ = sleep(UInt32(count))
    }
}
