import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// Answers a connection's requests on its event loop: a request's parts are gathered (the body
/// up to the limit; past it, 413 and the connection closes), then a read is answered with the
/// other reads of the event loop's pass (`ReadBatch`) unless the lab is busy with a commit, and
/// a write (which waits for a durable commit), or a read that would wait for one, runs on the
/// blocking pool and is answered when it is done: an event loop that waits stalls every
/// connection it serves. Pipelining assistance before this
/// handler holds the next request back until the answer is written, so answers keep their
/// order. A connection whose next request head is late, or whose body stalls, is closed
/// (`ConnectionDeadline`).
final class QueryHTTPHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let responder: QueryResponder
    /// The request being read.
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []
    /// The body went past the limit: answered already, the rest is ignored.
    private var refused = false
    private var started: UInt64 = 0
    private let deadline: ConnectionDeadline
    /// This connection's event loop's read batch, once it has had a read.
    private var readBatch: ReadBatch?

    init(responder: QueryResponder) {
        self.responder = responder
        deadline = ConnectionDeadline(headerTimeout: .seconds(responder.settings.headerTimeoutSeconds),
                                      idleTimeout: .seconds(responder.settings.idleTimeoutSeconds))
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { deadline.awaitHead(context) }
    }

    /// Also called when the connection closes (the pipeline is torn down): the timer goes.
    func handlerRemoved(context: ChannelHandlerContext) {
        deadline.cancel()
    }

    func channelActive(context: ChannelHandlerContext) {
        deadline.awaitHead(context)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let request):
            deadline.readSome(context)
            head = request
            body.removeAll(keepingCapacity: true)
            refused = false
            started = DispatchTime.now().uptimeNanoseconds
        case .body(let chunk):
            guard !refused, let request = head else { return }
            deadline.readSome(context)
            guard body.count + chunk.readableBytes <= responder.settings.maximumBodyBytes else {
                refused = true
                let limit = responder.settings.maximumBodyBytes
                write(.failure(413, code: "RequestEntityTooLarge", message: "Request body is larger than \(limit) bytes."),
                      to: request, context: context, close: true)
                return
            }
            body.append(contentsOf: chunk.readableBytesView)
        case .end:
            guard !refused, let request = head else { return }
            head = nil
            deadline.answering()
            answer(QueryCall(responder.signedRequest(request, body: body)), to: request, context: context)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    private func answer(_ call: QueryCall, to request: HTTPRequestHead, context: ChannelHandlerContext) {
        guard call.writes else {
            let batch = readBatch ?? responder.readBatches.batch(on: context.eventLoop)
            readBatch = batch
            return batch.add(.init(handler: self, context: context, request: request, call: call))
        }
        answerOnPool(call, to: request, context: context)
    }

    /// Answers `call` on the blocking pool: a write (it waits for a durable commit), or a read
    /// that would wait for one.
    func answerOnPool(_ call: QueryCall, to request: HTTPRequestHead, context: ChannelHandlerContext) {
        let close = !request.isKeepAlive
        let endpoint = responder.endpoint
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        responder.blockingPool.runIfActive(eventLoop: context.eventLoop) { endpoint.handle(call) }.whenComplete { result in
            let (handler, context) = bound.value
            switch result {
            case .success(let answer):
                handler.write(answer, to: request, context: context, close: close)
            case .failure:
                // The pool stops only after the server has finished every request.
                handler.write(.failure(503, code: "ServiceUnavailable", message: "rolecall serve is shutting down."),
                              to: request, context: context, close: true)
            }
        }
    }

    func write(_ answer: EndpointResponse, to request: HTTPRequestHead, context: ChannelHandlerContext, close: Bool) {
        let bytes = ByteBuffer(bytes: answer.bytes)
        var head = QueryResponder.head(answer, version: request.version, bodyLength: bytes.readableBytes)
        if close { head.headers.add(name: "Connection", value: "close") }
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(bytes))), promise: nil)
        if close {
            let channel = context.channel
            context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in channel.close(promise: nil) }
        } else {
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            deadline.awaitHead(context)
        }
        responder.log(method: request.method.rawValue, answer, startedAt: started)
    }
}
