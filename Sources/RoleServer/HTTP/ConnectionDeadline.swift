import NIOCore

/// The one timer of a connection, which closes it when its current deadline passes: the next
/// request's head must arrive within the header timeout of the connection opening or of the
/// previous answer (so a client trickling headers a byte at a time cannot hold a slot), and a
/// body must keep arriving within the idle timeout. While a request is being answered there
/// is no deadline. The timer is not moved per request (scheduling and cancelling a task each
/// time cost about 2% of a GetRole): when it fires early it sleeps again until the deadline.
/// Lives on the connection's event loop, inside its handler.
final class ConnectionDeadline {
    private let headerTimeout: TimeAmount
    private let idleTimeout: TimeAmount
    private var deadline = NIODeadline.distantFuture
    private var timer: Scheduled<Void>?
    /// When the timer fires.
    private var timerFiresAt = NIODeadline.distantFuture

    init(headerTimeout: TimeAmount, idleTimeout: TimeAmount) {
        self.headerTimeout = headerTimeout
        self.idleTimeout = idleTimeout
    }

    /// The connection waits for a request head: it opened, or an answer was written.
    func awaitHead(_ context: ChannelHandlerContext) {
        move(to: .now() + headerTimeout, context)
    }

    /// Part of a request arrived; the rest must follow within the idle timeout.
    func readSome(_ context: ChannelHandlerContext) {
        move(to: .now() + idleTimeout, context)
    }

    /// The request is complete and being answered.
    func answering() {
        deadline = .distantFuture
    }

    /// The connection is going away.
    func cancel() {
        timer?.cancel()
        timer = nil
        deadline = .distantFuture
    }

    private func move(to newDeadline: NIODeadline, _ context: ChannelHandlerContext) {
        deadline = newDeadline
        if let timer, newDeadline < timerFiresAt {
            // Only an earlier deadline (an idle timeout shorter than the header timeout) moves it.
            timer.cancel()
            self.timer = nil
        }
        if timer == nil { schedule(context) }
    }

    private func schedule(_ context: ChannelHandlerContext) {
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        timerFiresAt = deadline
        let scheduled = context.eventLoop.scheduleTask(deadline: deadline) {
            let (this, context) = bound.value
            this.timer = nil
            guard this.deadline != .distantFuture else { return }
            if NIODeadline.now() >= this.deadline {
                context.close(promise: nil)
            } else {
                this.schedule(context)
            }
        }
        timer = scheduled
    }
}
