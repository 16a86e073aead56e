import NIOCore
import NIOHTTP1

/// Closes a connection whose next request head has not fully arrived within `timeout` of the
/// connection opening or of the previous response ending: a client that trickles its headers
/// a byte at a time (which resets an idle timer) cannot hold a connection slot for long.
final class RequestHeadDeadline: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private let timeout: TimeAmount
    /// Whether the connection waits for a request head (so the deadline applies).
    private var awaitingHead = false
    /// When a head still not arrived closes the connection.
    private var deadline = NIODeadline.distantFuture
    /// The one timer of the connection. It is not moved per request (scheduling and cancelling
    /// a task for every request cost about 2% of a GetRole): when it fires early, it checks the
    /// current deadline and sleeps again.
    private var timer: Scheduled<Void>?

    init(timeout: TimeAmount) {
        self.timeout = timeout
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { arm(context) }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
    }

    func channelActive(context: ChannelHandlerContext) {
        arm(context)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) { awaitingHead = false }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { arm(context) }
        context.write(data, promise: promise)
    }

    private func arm(_ context: ChannelHandlerContext) {
        awaitingHead = true
        deadline = .now() + timeout
        if timer == nil { schedule(context) }
    }

    private func schedule(_ context: ChannelHandlerContext) {
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        timer = context.eventLoop.scheduleTask(deadline: deadline) {
            let (handler, context) = bound.value
            handler.timer = nil
            guard handler.awaitingHead else { return }
            if NIODeadline.now() >= handler.deadline {
                context.close(promise: nil)
            } else {
                handler.schedule(context)
            }
        }
    }
}
