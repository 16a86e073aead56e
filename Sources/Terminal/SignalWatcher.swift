import CTermGuard
import Glibc

/// Turns SIGINT, SIGTERM, SIGHUP, SIGTSTP and SIGCONT into flags the main loop polls, so the
/// loop (not a signal handler) restores the terminal through `endwin`. The handlers are C
/// (CTermGuard) and only store the signal. SIGWINCH is left to ncurses (KEY_RESIZE).
public enum SignalWatcher {
    /// Installs the handlers; call once, before `newterm`, so ncurses does not install its own
    /// (it only does so for signals still at their default action).
    public static func start() {
        ctg_install_flag_handlers()
    }

    /// The terminating signal received, if any.
    public static var terminatingSignal: Int32? {
        let value = ctg_terminating_signal()
        return value == 0 ? nil : value
    }

    /// Takes (and clears) the external-interrupt flag.
    public static func takeInterrupt() -> Bool { ctg_take_interrupt() != 0 }
    /// Takes (and clears) the stop request.
    public static func takeStop() -> Bool { ctg_take_stop() != 0 }
    /// Takes (and clears) the resumed flag.
    public static func takeResumed() -> Bool { ctg_take_continue() != 0 }

    /// Runs `body` (which waits for a child such as `$EDITOR`) the way shells and git do:
    /// Ctrl-C belongs to the child, and Ctrl-Z stops this process together with the child
    /// instead of leaving it waiting for a stopped editor. The flag handlers come back after.
    public static func whileChildRuns<T>(_ body: () -> T) -> T {
        _ = signal(SIGINT, SIG_IGN)
        _ = signal(SIGTSTP, SIG_DFL)
        defer {
            ctg_install_flag_handlers()
            _ = ctg_take_interrupt()
            _ = ctg_take_stop()
        }
        return body()
    }
}
