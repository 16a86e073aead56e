import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1

/// The pipeline of one connection of `rolecall serve`, for HummingbirdCore's server (which keeps
/// binding, the connection limit, and stopping on a signal): SwiftNIO's HTTP/1.1 request
/// decoder, then `QueryHTTPHandler`, which answers in order, writes the response bytes itself,
/// keeps the header and idle deadlines, and closes on a stop or on what does not parse.
/// SwiftNIO's own HTTP/1 types are used as they come: converting each request to
/// swift-http-types parsed its URI again through Foundation.
///
/// Hummingbird's own `HTTP1Channel` hands each request to a Swift task through async
/// sequences; for a request that takes a tenth of a millisecond that hand-off (a task job, an
/// async writer, a second pass through the pipeline) was a fifth of the server's time.
struct QueryChannel: ServerChildChannel {
    /// The connection, until it closes.
    struct Connection: ServerChildChannelValue {
        let channel: any Channel
    }

    let responder: QueryResponder

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Connection> {
        channel.eventLoop.makeCompletedFuture {
            let settings = responder.settings
            var limits = NIOHTTPDecoderLimitConfiguration()
            limits.maxHeaderFieldSize = settings.maximumHeaderBytes
            limits.maxHeaderListSize = settings.maximumHeaderBytes
            limits.maxHeaderFieldCount = 100
            let pipeline = channel.pipeline.syncOperations
            try pipeline.addHandler(ByteToMessageHandler(HTTPRequestDecoder(limitConfiguration: limits)))
            try pipeline.addHandler(QueryHTTPHandler(responder: responder))
            return Connection(channel: channel)
        }
    }

    func handle(value: Connection, logger: Logger) async {
        // The handlers answer; the server's task for the connection ends when it closes.
        try? await value.channel.closeFuture.get()
    }
}
