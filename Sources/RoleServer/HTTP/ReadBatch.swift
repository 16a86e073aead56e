import Foundation
import NIOCore

/// The reads one event loop receives in one pass over its ready connections, answered together
/// right after that pass in ONE read transaction: one shared lock, one journal check and one
/// catch-up with the change log for all of them, where each read took its own, and both event
/// loops contended for the same locks on every request (a third of a GetRole's server CPU
/// under load, where a pass brings 10 to 30 requests; docs/decisions.md). Answers keep each
/// connection's order (a connection's next request is started only once its answer is
/// written). When the lab is busy with a commit the whole batch goes to the blocking pool,
/// one request at a time, as any read that would wait does.
///
/// One per event loop and server (`ReadBatches`); used only on its event loop.
final class ReadBatch {
    /// A read waiting for the end of the pass.
    struct Pending {
        let handler: QueryHTTPHandler
        let context: ChannelHandlerContext
        let call: QueryCall
    }

    private let eventLoop: any EventLoop
    private let endpoint: QueryEndpoint
    private var pending: [Pending] = []

    init(eventLoop: any EventLoop, endpoint: QueryEndpoint) {
        self.eventLoop = eventLoop
        self.endpoint = endpoint
    }

    /// Queues `read`; the first of a pass schedules the answers after the pass.
    func add(_ read: Pending) {
        eventLoop.assertInEventLoop()
        pending.append(read)
        guard pending.count == 1 else { return }
        let bound = NIOLoopBound(self, eventLoop: eventLoop)
        eventLoop.execute { bound.value.answer() }
    }

    /// Answers every queued read, in one transaction when the lab is free.
    private func answer() {
        let reads = pending
        pending.removeAll(keepingCapacity: true)
        guard let answers = endpoint.answerWithoutWaiting(reads.map(\.call)) else {
            for read in reads { read.handler.answerOnPool(read.call, context: read.context) }
            return
        }
        for (read, answer) in zip(reads, answers) { read.handler.answered(answer, context: read.context) }
    }
}

/// A server's read batches, one per event loop, made on first use.
final class ReadBatches: @unchecked Sendable {
    private let lock = NSLock()
    private var batches: [ObjectIdentifier: ReadBatch] = [:]
    private let endpoint: QueryEndpoint

    init(endpoint: QueryEndpoint) { self.endpoint = endpoint }

    /// The batch of `eventLoop` (call on that event loop; a connection asks once).
    func batch(on eventLoop: any EventLoop) -> ReadBatch {
        lock.withLock {
            let key = ObjectIdentifier(eventLoop)
            if let batch = batches[key] { return batch }
            let batch = ReadBatch(eventLoop: eventLoop, endpoint: endpoint)
            batches[key] = batch
            return batch
        }
    }
}
