import Dispatch
import Glibc
import Synchronization

/// Turns SIGINT, SIGTERM, SIGHUP, SIGTSTP and SIGCONT into flags the main loop polls, so the
/// loop (not a signal handler) restores the terminal through `endwin`. SIGWINCH is left to
/// ncurses, which turns it into KEY_RESIZE. Signals are process-wide, so the flags are too.
public enum SignalWatcher {
    /// The last terminating signal (SIGTERM, SIGHUP), 0 if none.
    private static let terminate = Atomic<Int32>(0)
    /// SIGINT arrived from outside (raw mode makes the keyboard's Ctrl-C a key instead).
    private static let interrupt = Atomic<Bool>(false)
    /// SIGTSTP arrived (e.g. `kill -TSTP`); the loop suspends.
    private static let stop = Atomic<Bool>(false)
    /// SIGCONT arrived; the loop redraws.
    private static let resumed = Atomic<Bool>(false)
    /// Kept alive for the life of the process; only touched from `start` on the main thread.
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Starts watching; call once, before `newterm`, so ncurses does not install its own
    /// handlers (it only does so for signals still at their default action).
    public static func start() {
        guard sources.isEmpty else { return }
        sources = [
            watch(SIGTERM) { terminate.store(SIGTERM, ordering: .relaxed) },
            watch(SIGHUP) { terminate.store(SIGHUP, ordering: .relaxed) },
            watch(SIGINT) { interrupt.store(true, ordering: .relaxed) },
            watch(SIGTSTP) { stop.store(true, ordering: .relaxed) },
            watch(SIGCONT) { resumed.store(true, ordering: .relaxed) },
        ]
    }

    /// The terminating signal received, if any.
    public static var terminatingSignal: Int32? {
        let value = terminate.load(ordering: .relaxed)
        return value == 0 ? nil : value
    }

    /// Takes (and clears) the external-interrupt flag.
    public static func takeInterrupt() -> Bool { interrupt.exchange(false, ordering: .relaxed) }
    /// Takes (and clears) the stop request.
    public static func takeStop() -> Bool { stop.exchange(false, ordering: .relaxed) }
    /// Takes (and clears) the resumed flag.
    public static func takeResumed() -> Bool { resumed.exchange(false, ordering: .relaxed) }

    /// A source on a global queue: the main thread sits in `wget_wch`, so `.main` never drains.
    /// The handler is `@Sendable` so it is not main-actor isolated (that traps at run time).
    private static func watch(_ signal: Int32, _ handler: @escaping @Sendable () -> Void) -> DispatchSourceSignal {
        _ = Glibc.signal(signal, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
        source.setEventHandler(handler: handler)
        source.resume()
        return source
    }
}
