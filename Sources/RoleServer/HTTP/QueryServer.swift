import Foundation
import HTTPTypes
import HummingbirdCore
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

/// `rolecall serve`'s HTTP side (HummingbirdCore's HTTP/1.1 server on SwiftNIO): every request
/// on any path goes to the `QueryEndpoint`; bounded bodies, headers, connections and idle time;
/// one stderr line per request; SIGINT/SIGTERM stop accepting and finish the requests in
/// flight, then return. The server is used without Hummingbird's `Application` layer (router,
/// request context, a task-local logger per request): rolecall has one responder and no routes,
/// and that layer cost about a tenth of a GetRole's time (docs/decisions.md).
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
        let responder = QueryResponder(endpoint: endpoint, settings: settings, blockingPool: blockingPool)
        var logger = Logger(label: "rolecall.serve")
        logger.logLevel = .critical
        let http = HTTP1Channel.Configuration(
            additionalChannelHandlers: [RequestHeadDeadline(timeout: .seconds(settings.headerTimeoutSeconds))],
            idleTimeout: .seconds(settings.idleTimeoutSeconds),
            httpDecoderConfiguration: .init(maxHeaderFieldSize: settings.maximumHeaderBytes, maxHeaderListSize: settings.maximumHeaderBytes,
                               maxHeaderFieldCount: 100))
        let server = try HTTPServerBuilder.http1(configuration: http).buildServer(
            configuration: ServerConfiguration(
                address: .hostname(settings.host, port: settings.port), serverName: "rolecall",
                availableConnectionsDelegate: MaximumAvailableConnections(settings.maximumConnections)),
            eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
            logger: logger,
            responder: { request, writer, _ in
                let response = await responder.respond(to: request)
                try await writer.write(response: response.head, body: response.body)
            },
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? settings.port) })
        let services = ServiceGroup(configuration: .init(services: [server], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        // Connection tasks inherit the preference for the event loops (see EventLoopTaskExecutor).
        let executor = EventLoopTaskExecutor(group: .singleton)
        try await withTaskExecutorPreference(executor) {
            try await services.run()
        }
    }
}

/// Hands each request to the endpoint and writes the request log line.
struct QueryResponder: Sendable {
    let endpoint: QueryEndpoint
    let settings: ServerSettings
    let blockingPool: NIOThreadPool

    func respond(to request: Request) async -> Response {
        let started = DispatchTime.now().uptimeNanoseconds
        let target = request.head.path ?? "/"
        let path: String
        let query: String
        if let mark = target.firstIndex(of: "?") {
            path = String(target[..<mark])
            query = String(target[target.index(after: mark)...])
        } else {
            path = target
            query = ""
        }
        var headers: [(name: String, value: String)] = []
        if let authority = request.head.authority { headers.append(("host", authority)) }
        for field in request.headers { headers.append((field.name.canonicalName, field.value)) }
        let answer: EndpointResponse
        if let buffer = try? await request.body.collect(upTo: settings.maximumBodyBytes) {
            let signed = SignedRequest(method: request.method.rawValue, path: path, query: query, headers: headers,
                                       body: Array(buffer.readableBytesView))
            let call = QueryCall(signed)
            if endpoint.mayWrite(call) {
                let endpoint = self.endpoint
                do {
                    answer = try await blockingPool.runIfActive { endpoint.handle(call) }
                } catch {
                    // The pool stops only after the server has finished every request.
                    answer = EndpointResponse.failure(503, code: "ServiceUnavailable", message: "rolecall serve is shutting down.")
                }
            } else {
                answer = endpoint.handle(call)
            }
        } else {
            answer = EndpointResponse.failure(413, code: "RequestEntityTooLarge", message: "Request body is larger than \(settings.maximumBodyBytes) bytes.")
        }
        var fields = HTTPFields()
        fields[.date] = HTTPDate.now()
        fields[.server] = "rolecall"
        for header in answer.headers {
            if let name = HTTPField.Name(header.name) { fields.append(HTTPField(name: name, value: header.value)) }
        }
        if !settings.quiet {
            let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
            let line = "\(request.method.rawValue) \(answer.action) \(answer.caller) \(answer.decision) \(answer.status) \(String(format: "%.1f", milliseconds))ms\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        return Response(status: HTTPResponse.Status(code: answer.status), headers: fields,
                        body: ResponseBody(byteBuffer: ByteBuffer(string: answer.body)))
    }
}
