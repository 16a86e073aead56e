import Foundation
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import ServiceLifecycle

/// `rolecall serve`'s HTTP side: HummingbirdCore's server on SwiftNIO (binding, the connection
/// limit, stopping on SIGINT/SIGTERM after the requests in flight are answered) with rolecall's
/// own connection pipeline (`QueryChannel`: every request on any path goes to the
/// `QueryEndpoint`; bounded bodies, headers and idle time; one stderr line per request).
/// Hummingbird's `Application` layer and its task-per-request channel are not used: rolecall
/// has one responder and no routes, and together they cost about a third of a GetRole's time
/// (docs/decisions.md).
public enum QueryServer {
    /// Serves until SIGINT or SIGTERM. `onListening` receives the bound port (useful with port 0).
    public static func run(endpoint: QueryEndpoint, settings: ServerSettings,
                           onListening: @escaping @Sendable (Int) -> Void) async throws {
        // Mutations wait for a durable commit (fsyncs); they run on threads of their own so they
        // never hold the few threads that parse and answer every other request, and so that
        // enough of them can wait at once to share one commit (`GroupCommit`).
        let blockingPool = NIOThreadPool(numberOfThreads: max(1, min(settings.maximumConnections, 64)))
        blockingPool.start()
        defer { blockingPool.shutdownGracefully { _ in } }
        // Answers come at each commit's decision; the commits' files and syncs finish first.
        defer { endpoint.groupCommit.waitUntilIdle() }
        let responder = QueryResponder(endpoint: endpoint, settings: settings, blockingPool: blockingPool)
        var logger = Logger(label: "rolecall.serve")
        logger.logLevel = .critical
        let server = QueryChannel(responder: responder).server(
            configuration: ServerConfiguration(
                address: .hostname(settings.host, port: settings.port), serverName: "rolecall",
                availableConnectionsDelegate: MaximumAvailableConnections(settings.maximumConnections)),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? settings.port) },
            eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
            logger: logger)
        let services = ServiceGroup(configuration: .init(services: [server], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await services.run()
    }
}

/// What every connection shares: the endpoint, the settings, the pool for writes, the read
/// batches of the event loops.
struct QueryResponder: Sendable {
    let endpoint: QueryEndpoint
    let settings: ServerSettings
    let blockingPool: NIOThreadPool
    let readBatches: ReadBatches

    init(endpoint: QueryEndpoint, settings: ServerSettings, blockingPool: NIOThreadPool) {
        self.endpoint = endpoint
        self.settings = settings
        self.blockingPool = blockingPool
        readBatches = ReadBatches(endpoint: endpoint)
    }

    /// What SigV4 needs of `request` with its `body`: the path and raw query apart, the
    /// headers as received.
    func signedRequest(_ request: HTTPRequestHead, body: [UInt8]) -> SignedRequest {
        let target = request.uri
        let path: String
        let query: String
        if let mark = target.utf8.firstIndex(of: UInt8(ascii: "?")) {
            path = String(target[..<mark])
            query = String(target[target.utf8.index(after: mark)...])
        } else {
            path = target
            query = ""
        }
        var headers: [(name: String, value: String)] = []
        headers.reserveCapacity(request.headers.count)
        for (name, value) in request.headers { headers.append((name, value)) }
        return SignedRequest(method: request.method.rawValue, path: path, query: query, headers: headers, body: body)
    }

    /// Writes `answer` as an HTTP/1.x response: the status line, `Date`, `Server`, the answer's
    /// headers, `Content-Length`, `Connection: close` when the connection ends after it, and
    /// the body unless the request was HEAD (whose answer gives the length it would have had).
    static func writeResponse(_ answer: EndpointResponse, version: HTTPVersion, close: Bool, withBody: Bool,
                              into buffer: inout ByteBuffer) {
        let status = HTTPResponseStatus(statusCode: answer.status)
        // An HTTP/1.0 request gets an HTTP/1.0 answer; anything else is answered as HTTP/1.1.
        buffer.writeStaticString(version == .http1_0 ? "HTTP/1.0 " : "HTTP/1.1 ")
        buffer.writeString(String(status.code))
        buffer.writeStaticString(" ")
        buffer.writeString(status.reasonPhrase)
        buffer.writeStaticString("\r\nDate: ")
        buffer.writeString(HTTPDate.now())
        buffer.writeStaticString("\r\nServer: rolecall\r\n")
        for header in answer.headers {
            buffer.writeString(header.name)
            buffer.writeStaticString(": ")
            buffer.writeString(header.value)
            buffer.writeStaticString("\r\n")
        }
        buffer.writeStaticString("Content-Length: ")
        buffer.writeString(String(answer.bytes.count))
        buffer.writeStaticString(close ? "\r\nConnection: close\r\n\r\n" : "\r\n\r\n")
        if withBody { buffer.writeBytes(answer.bytes) }
    }

    /// The answer to what does not parse as HTTP; the connection closes after it.
    static func writeBadRequest(into buffer: inout ByteBuffer) {
        buffer.writeStaticString("HTTP/1.1 400 Bad Request\r\nDate: ")
        buffer.writeString(HTTPDate.now())
        buffer.writeStaticString("\r\nServer: rolecall\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    }

    /// Writes the request log line (`POST CreateRole arn:… allow 200 3.1ms`) unless quiet.
    func log(method: String, _ answer: EndpointResponse, startedAt started: UInt64) {
        guard !settings.quiet else { return }
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        let line = "\(method) \(answer.action) \(answer.caller) \(answer.decision) \(answer.status) \(String(format: "%.1f", milliseconds))ms\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
