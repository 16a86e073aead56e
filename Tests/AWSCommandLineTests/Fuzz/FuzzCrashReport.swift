import Foundation

/// What a fuzz test is running, kept where a signal handler can print it: a crash (a trap,
/// a stack overflow) ends the test process before any `#expect` can report, so the handler
/// writes each fuzzer's current seed, case and input to stderr, then lets the signal kill the
/// process as it would have.
enum FuzzCrashReport {
    private static let slotCount = 6
    private static let slotSize = 2_048
    nonisolated(unsafe) private static let slots = UnsafeMutablePointer<UInt8>.allocate(capacity: slotCount * slotSize)
    nonisolated(unsafe) private static let lengths = UnsafeMutablePointer<Int>.allocate(capacity: slotCount)
    private static let installed: Bool = {
        lengths.initialize(repeating: 0, count: slotCount)
        // Its own stack, so a stack overflow can still be reported.
        let size = 256 * 1_024
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        stack.ss_size = size
        stack.ss_flags = 0
        sigaltstack(&stack, nil)
        for signal in [SIGILL, SIGSEGV, SIGBUS, SIGTRAP, SIGABRT, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                for slot in 0..<FuzzCrashReport.slotCount where FuzzCrashReport.lengths[slot] > 0 {
                    _ = write(2, FuzzCrashReport.slots + slot * FuzzCrashReport.slotSize, FuzzCrashReport.lengths[slot])
                }
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
            action.sa_flags = Int32(SA_ONSTACK)
            sigaction(signal, &action, nil)
        }
        return true
    }()

    /// Records what `slot` (one per fuzz test running at once) is about to run.
    static func running(_ text: String, slot: Int) {
        _ = installed
        let bytes = Array(("\nFUZZ CRASH: " + text + "\n").utf8.prefix(slotSize))
        lengths[slot] = 0
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            (slots + slot * slotSize).update(from: base, count: buffer.count)
        }
        lengths[slot] = bytes.count
    }

    /// The slot's fuzzer finished.
    static func finished(slot: Int) {
        lengths[slot] = 0
    }
}
