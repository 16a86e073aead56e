import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// Answers a connection's requests on its event loop, one at a time and in the order they
/// arrived (HTTP/1.1 pipelining): a request's parts are gathered (the body up to the limit;
/// past it, 413 and the connection closes), then a read is answered with the other reads of
/// the event loop's pass (`ReadBatch`) unless the lab is busy with a commit, and a write (which
/// waits for a durable commit), or a read that would wait for one, runs on the blocking pool
/// and is answered when it is done: an event loop that waits stalls every connection it
/// serves. What does not parse as HTTP gets 400 after the answers before it, and the
/// connection closes. When the server stops, an idle connection closes at once and a busy one
/// after its last answer. A connection whose next request head is late, or whose body stalls,
/// is closed (`ConnectionDeadline`).
///
/// This handler does what SwiftNIO's pipelining, error and response-encoding handlers did, in
/// one place: each of those cost every request part a pass through it both ways, and holding
/// reads back while a request was answered cost two `epoll_ctl` calls a request (together
/// about a tenth of a GetRole's server time; docs/decisions.md). Reads are held back only
/// when requests pile up on one connection.
final class QueryHTTPHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// A request read in full, waiting for (or getting) its answer.
    struct Exchange {
        enum Work {
            case call(QueryCall)
            /// Answered before it reached the endpoint: 413 for a body over the limit.
            case answer(EndpointResponse)
            /// 400 for what is not HTTP: a bare answer, no request log line.
            case badRequest
        }

        let method: HTTPMethod
        let version: HTTPVersion
        let keepAlive: Bool
        let started: UInt64
        let work: Work
    }

    /// Requests waiting on one connection beyond which it is not read until answers catch up.
    static let maximumWaiting = 16
    /// Requests one connection may have waiting at all. One read from the socket can bring
    /// hundreds of tiny pipelined requests at once (no client of the AWS APIs pipelines); past
    /// this many the connection gets 400 after the answers before it and closes, so memory
    /// per connection stays bounded.
    static let maximumQueued = 64

    private let responder: QueryResponder
    private let deadline: ConnectionDeadline
    /// The request being read, and its body so far.
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []
    private var started: UInt64 = 0
    /// Requests read in full, oldest first; the first is being answered when `answering`.
    private var waiting = CircularBuffer<Exchange>(initialCapacity: 2)
    private var answering = false
    /// A closing answer is queued (413, 400): what arrives after it is ignored.
    private var acceptsRequests = true
    /// A `read()` held back because requests piled up.
    private var readHeld = false
    /// The server is stopping: close once the requests already read are answered.
    private var quiescing = false
    private var closed = false
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
        closed = true
        deadline.cancel()
    }

    func channelActive(context: ChannelHandlerContext) {
        deadline.awaitHead(context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        closed = true
        deadline.cancel()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard acceptsRequests, !closed else { return }
        switch unwrapInboundIn(data) {
        case .head(let request):
            if !answering { deadline.readSome(context) }
            head = request
            body.removeAll(keepingCapacity: true)
            started = DispatchTime.now().uptimeNanoseconds
            if Self.expectsContinue(request) { answerExpectation(of: request, context: context) }
        case .body(let chunk):
            guard let request = head else { return }
            if !answering { deadline.readSome(context) }
            guard body.count + chunk.readableBytes <= responder.settings.maximumBodyBytes else {
                return refuseBody(of: request, context: context)
            }
            body.append(contentsOf: chunk.readableBytesView)
        case .end:
            guard let request = head else { return }
            guard waiting.count < Self.maximumQueued else { return queueLast(.badRequest, for: request, context: context) }
            head = nil
            let call = QueryCall(responder.signedRequest(request, body: body))
            waiting.append(Exchange(method: request.method, version: request.version, keepAlive: request.isKeepAlive,
                                    started: started, work: .call(call)))
            startNext(context)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // After a parse error the decoder reports every later read as an error too.
        guard acceptsRequests else { return }
        guard error is HTTPParserError else { return context.close(promise: nil) }
        let request = HTTPRequestHead(version: .http1_1, method: .GET, uri: "/")
        started = DispatchTime.now().uptimeNanoseconds
        queueLast(.badRequest, for: request, context: context)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard event is ChannelShouldQuiesceEvent else { return context.fireUserInboundEventTriggered(event) }
        quiescing = true
        if !answering, waiting.isEmpty, head == nil { context.close(promise: nil) }
    }

    /// Lets reads through unless requests have piled up on this connection.
    func read(context: ChannelHandlerContext) {
        if waiting.count >= Self.maximumWaiting {
            readHeld = true
        } else {
            context.read()
        }
    }

    /// Whether `request` asks to hear `100 Continue` before it sends its body (HTTP/1.1 and
    /// later; curl does for large bodies, and waits a second for it).
    static func expectsContinue(_ request: HTTPRequestHead) -> Bool {
        guard request.version.major == 1, request.version.minor >= 1, let expectation = request.headers.first(name: "expect") else {
            return false
        }
        return expectation.trimmingCharacters(in: .whitespaces).lowercased() == "100-continue"
    }

    /// Answers a request that waits for `100 Continue` before sending its body (RFC 9110
    /// §10.1.1): a body its `Content-Length` says is over the limit is refused at once with
    /// 413, without waiting for it; otherwise `100 Continue` goes out now, unless answers to
    /// earlier requests on the connection are still due (an interim answer cannot overtake
    /// them; the client then sends its body after its own wait, as it does with any server
    /// that never says it).
    private func answerExpectation(of request: HTTPRequestHead, context: ChannelHandlerContext) {
        if let length = request.headers.first(name: "content-length").flatMap({ Int($0) }), length > responder.settings.maximumBodyBytes {
            return refuseBody(of: request, context: context)
        }
        guard !answering, waiting.isEmpty else { return }
        var interim = context.channel.allocator.buffer(capacity: 25)
        interim.writeStaticString("HTTP/1.1 100 Continue\r\n\r\n")
        context.writeAndFlush(wrapOutboundOut(interim), promise: nil)
    }

    /// Refuses `request`'s body as over the limit (413); the connection closes after the answer.
    private func refuseBody(of request: HTTPRequestHead, context: ChannelHandlerContext) {
        let limit = responder.settings.maximumBodyBytes
        let refusal = EndpointResponse.failure(413, code: "RequestEntityTooLarge", message: "Request body is larger than \(limit) bytes.")
        queueLast(.answer(refusal), for: request, context: context)
    }

    /// Queues `work` as the connection's last exchange: nothing read after it is answered.
    private func queueLast(_ work: Exchange.Work, for request: HTTPRequestHead, context: ChannelHandlerContext) {
        acceptsRequests = false
        head = nil
        waiting.append(Exchange(method: request.method, version: request.version, keepAlive: false, started: started, work: work))
        startNext(context)
    }

    /// Starts answering the oldest waiting request unless one is being answered.
    private func startNext(_ context: ChannelHandlerContext) {
        guard !answering, !closed, let exchange = waiting.first else { return }
        answering = true
        deadline.answering()
        switch exchange.work {
        case .call(let call) where call.writes:
            answerOnPool(call, context: context)
        case .call(let call):
            let batch = readBatch ?? responder.readBatches.batch(on: context.eventLoop)
            readBatch = batch
            batch.add(.init(handler: self, context: context, call: call))
        case .answer(let answer):
            answered(answer, context: context)
        case .badRequest:
            answered(nil, context: context)
        }
    }

    /// Answers `call` on the blocking pool: a write (it waits for a durable commit), or a read
    /// that would wait for one.
    func answerOnPool(_ call: QueryCall, context: ChannelHandlerContext) {
        let endpoint = responder.endpoint
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        responder.blockingPool.runIfActive(eventLoop: context.eventLoop) { endpoint.handle(call) }.whenComplete { result in
            let (handler, context) = bound.value
            switch result {
            case .success(let answer):
                handler.answered(answer, context: context)
            case .failure:
                // The pool stops only after the server has finished every request.
                handler.answered(.failure(503, code: "ServiceUnavailable", message: "rolecall serve is shutting down."),
                                 context: context, mustClose: true)
            }
        }
    }

    /// Writes the answer to the request being answered (nil: a bare 400), then starts the next
    /// one, or closes the connection when this answer was its last.
    func answered(_ answer: EndpointResponse?, context: ChannelHandlerContext, mustClose: Bool = false) {
        guard !closed, answering, let exchange = waiting.popFirst() else { return }
        answering = false
        let last = mustClose || !exchange.keepAlive || (quiescing && waiting.isEmpty && head == nil)
        var bytes = context.channel.allocator.buffer(capacity: 256 + (answer?.bytes.count ?? 0))
        if let answer {
            QueryResponder.writeResponse(answer, version: exchange.version, close: last, withBody: exchange.method != .HEAD, into: &bytes)
        } else {
            QueryResponder.writeBadRequest(into: &bytes)
        }
        if last {
            closed = true
            deadline.cancel()
            let channel = context.channel
            context.writeAndFlush(wrapOutboundOut(bytes)).whenComplete { _ in channel.close(promise: nil) }
        } else {
            context.writeAndFlush(wrapOutboundOut(bytes), promise: nil)
            if readHeld, waiting.count < Self.maximumWaiting {
                readHeld = false
                context.read()
            }
            if !waiting.isEmpty {
                startNext(context)
            } else if head != nil {
                deadline.readSome(context)
            } else {
                deadline.awaitHead(context)
            }
        }
        if let answer { responder.log(method: exchange.method.rawValue, answer, startedAt: exchange.started) }
    }
}
