import NIOCore
import NIOPosix

/// Runs the server's Swift concurrency jobs on SwiftNIO's event loops, each on the loop of the
/// thread that made it ready (else any loop of `group`).
///
/// Hummingbird answers each connection in a task; by default that task runs on the global
/// executor, so every request crosses threads twice (event loop → task for the request,
/// task → event loop for the response), which woke a thread and switched context per request.
/// A connection's task preferring this executor stays on its channel's own loop: the request
/// continues where its bytes were read, and the response is written without a hop.
/// Work that may block for long (mutations waiting for fsync) still goes to a thread pool.
/// Source: SE-0417 (task executor preference), https://github.com/swiftlang/swift-evolution/blob/main/proposals/0417-task-executor-preference.md
@available(macOS 15.0, *)
final class EventLoopTaskExecutor: TaskExecutor, @unchecked Sendable {
    /// The loops jobs may run on.
    let group: MultiThreadedEventLoopGroup

    /// An executor over `group`'s loops.
    init(group: MultiThreadedEventLoopGroup) {
        self.group = group
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        let loop = MultiThreadedEventLoopGroup.currentEventLoop ?? group.next()
        loop.execute { job.runSynchronously(on: executor) }
    }
}
