import Foundation
import Glibc

/// How the load generator's threads are scheduled beside the server they load.
///
/// On this two-core machine the server's two event loops and the generator's two threads share
/// the cores. Every answer the server writes wakes a generator thread, and Linux's fair
/// scheduler lets a thread that has slept (as the generator's do, between answers) preempt the
/// one running: the server's event loop, often in the middle of writing a batch of answers it
/// has already computed. Those answers then wait for the next turn of that event loop, and the
/// p99 measures the client sharing the machine rather than the server. A client on another
/// machine never preempts the server.
///
/// `SCHED_BATCH` (sched(7): "the scheduler will always assume that the thread is CPU-intensive
/// ... mildly disfavored in scheduling decisions") keeps the generator's fair share of the
/// cores, at the same nice value, and takes away only its preemption on wake-up. It is the
/// default; `ROLECALL_BENCH_GENERATOR=normal` keeps the normal policy, for comparison, and
/// docs/benchmarks.md gives figures both ways (and wrk's under `chrt --batch 0`).
enum GeneratorScheduling: String {
    case batch
    case normal

    /// The policy `ROLECALL_BENCH_GENERATOR` asks for (`batch` when unset).
    static let current: GeneratorScheduling = {
        let asked = ProcessInfo.processInfo.environment["ROLECALL_BENCH_GENERATOR"] ?? "batch"
        guard let policy = GeneratorScheduling(rawValue: asked) else {
            print("ROLECALL_BENCH_GENERATOR must be batch or normal, not \(asked); using batch")
            return .batch
        }
        return policy
    }()

    /// What the report says of the generator's threads.
    var label: String { self == .batch ? "generator SCHED_BATCH" : "generator SCHED_OTHER" }

    /// Puts the calling thread under this policy (Linux applies it to the thread, not the
    /// process). A refusal is printed and the run goes on under the normal policy.
    func applyToThisThread() {
        guard self == .batch else { return }
        var parameters = sched_param(sched_priority: 0)
        // SCHED_BATCH is 3 in <sched.h>; Glibc's module does not export the macro.
        if sched_setscheduler(0, 3, &parameters) != 0 {
            print("could not run the generator under SCHED_BATCH (errno \(errno)); it runs under the normal policy")
        }
    }
}
