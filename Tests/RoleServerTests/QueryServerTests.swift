import Foundation
import Glibc
@testable import RoleServer
import Testing

/// The real HTTP server (Hummingbird) in this process on a free loopback port: limits hold.
@Suite("Query server over HTTP", .serialized)
struct QueryServerTests {
    final class PortBox: @unchecked Sendable {
        private let lock = NSLock()
        private var stored = 0
        var port: Int {
            get { lock.withLock { stored } }
            set { lock.withLock { stored = newValue } }
        }
    }

    /// Starts a server with `settings` (port 0) and returns its port and the task to cancel.
    static func start(_ lab: ServerLab, _ change: (inout ServerSettings) -> Void) async throws -> (Int, Task<Void, Never>) {
        var settings = ServerSettings()
        settings.port = 0
        settings.quiet = true
        change(&settings)
        let box = PortBox()
        let endpoint = lab.endpoint
        let frozen = settings
        let task = Task<Void, Never> {
            do {
                try await QueryServer.run(endpoint: endpoint, settings: frozen) { port in box.port = port }
            } catch {
                // Cancelled at the end of the test.
            }
        }
        // Waits without blocking a thread of the cooperative pool (the server needs one).
        for _ in 0..<3_000 where box.port == 0 { try await Task.sleep(for: .milliseconds(10)) }
        try #require(box.port != 0, "the server did not start within 30 s")
        return (box.port, task)
    }

    /// Opens a loopback connection with a receive timeout.
    static func connect(_ port: Int) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(result == 0)
        return socket
    }

    static func send(_ socket: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(socket, $0.baseAddress, $0.count) }
    }

    /// `readAll` on a thread of its own, so the blocking reads never hold a thread of the
    /// cooperative pool that the server's request handling needs.
    static func readAllOffPool(_ socket: Int32) async -> String {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: readAll(socket)) }.start()
        }
    }

    /// Everything the server sends until it closes (or 10 s pass).
    static func readAll(_ socket: Int32) -> String {
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(socket, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            output += chunk[0..<count]
        }
        return String(decoding: output, as: UTF8.self)
    }

    @Test func signedRequestOverHTTPAndRequestIDHeader() async throws {
        let lab = try ServerLab()
        let (port, task) = try await Self.start(lab) { _ in }
        defer { task.cancel() }
        let request = ServerLab.signedPost([("Action", "GetCallerIdentity"), ("Version", "2011-06-15")], keyID: lab.rootKey.accessKeyID,
                                           secret: lab.rootKey.secretAccessKey, service: "sts")
        // The signature covers host = 127.0.0.1:4566 (ServerLab's); send exactly that.
        let body = String(decoding: request.body, as: UTF8.self)
        var text = "POST / HTTP/1.1\r\nConnection: close\r\nContent-Length: \(body.utf8.count)\r\n"
        for header in request.headers { text += "\(header.name): \(header.value)\r\n" }
        text += "\r\n" + body
        let socket = try Self.connect(port)
        defer { close(socket) }
        Self.send(socket, text)
        let answer = await Self.readAllOffPool(socket)
        #expect(answer.hasPrefix("HTTP/1.1 200"), "\(answer)")
        #expect(answer.lowercased().contains("x-amzn-requestid: "))
        #expect(answer.contains("<Arn>arn:aws:iam::111122223333:root</Arn>"))
        // AWS sends Date (botocore corrects a skewed clock with it), in IMF-fixdate form.
        let date = answer.split(separator: "\r\n").first { $0.lowercased().hasPrefix("date: ") }.map { String($0.dropFirst(6)) }
        let parser = DateFormatter()
        parser.locale = Locale(identifier: "en_US_POSIX")
        parser.timeZone = TimeZone(identifier: "GMT")
        parser.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        let sent = try #require(date.flatMap(parser.date(from:)), "\(answer)")
        #expect(abs(sent.timeIntervalSinceNow) < 5)
    }

    /// While a commit holds the lab, reads wait for it on the blocking pool, not on an event
    /// loop: a loop that waited stalled every connection it serves. Here one read per event
    /// loop (and more) waits for a held commit, and a request on another connection is still
    /// answered at once; when the commit ends the reads are answered.
    @Test func readsWaitingForACommitLeaveTheEventLoopsFree() async throws {
        let lab = try ServerLab()
        let (port, task) = try await Self.start(lab) { $0.maximumBodyBytes = 1_000 }
        defer { task.cancel() }
        let release = lab.holdCommit().release
        var readers: [Int32] = []
        defer { for socket in readers { close(socket) } }
        for _ in 0..<(2 * ProcessInfo.processInfo.activeProcessorCount + 2) {
            let request = ServerLab.signedPost([("Action", "GetRole"), ("Version", "2010-05-08"), ("RoleName", "Nope")],
                                               keyID: lab.rootKey.accessKeyID, secret: lab.rootKey.secretAccessKey)
            let body = String(decoding: request.body, as: UTF8.self)
            var text = "POST / HTTP/1.1\r\nConnection: close\r\nContent-Length: \(body.utf8.count)\r\n"
            for header in request.headers { text += "\(header.name): \(header.value)\r\n" }
            let socket = try Self.connect(port)
            readers.append(socket)
            Self.send(socket, text + "\r\n" + body)
        }
        try await Task.sleep(for: .milliseconds(200))
        let other = try Self.connect(port)
        defer { close(other) }
        let started = Date()
        Self.send(other, "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 5000\r\n\r\n"
                  + String(repeating: "a", count: 5_000))
        let refused = await Self.readAllOffPool(other)
        let waited = Date().timeIntervalSince(started)
        release.signal()
        #expect(refused.hasPrefix("HTTP/1.1 413"), "\(refused)")
        #expect(waited < 2, "answered after \(waited) s, while the commit was held")
        for socket in readers {
            let answer = await Self.readAllOffPool(socket)
            #expect(answer.hasPrefix("HTTP/1.1 404"), "\(answer)")
            #expect(answer.contains("<Code>NoSuchEntity</Code>"))
        }
    }

    /// `request` as it goes on the wire, kept alive unless `close`.
    static func wireText(_ request: SignedRequest, close: Bool = false) -> String {
        let body = String(decoding: request.body, as: UTF8.self)
        var text = "POST / HTTP/1.1\r\n\(close ? "Connection: close\r\n" : "")Content-Length: \(body.utf8.count)\r\n"
        for header in request.headers { text += "\(header.name): \(header.value)\r\n" }
        return text + "\r\n" + body
    }

    /// The answers in `stream`, one string each from its status line on.
    static func answers(in stream: String) -> [String] {
        stream.components(separatedBy: "HTTP/1.1 ").dropFirst().map { "HTTP/1.1 " + $0 }
    }

    /// Requests pipelined on one connection (sent together, before any answer) are answered
    /// in the order they were sent, though a write waits for a durable commit on the blocking
    /// pool while reads are answered on the event loop: the GetRole sent after the CreateRole
    /// finds the role, the one sent before it does not.
    @Test func pipelinedRequestsAreAnsweredInOrder() async throws {
        let lab = try ServerLab()
        let (port, task) = try await Self.start(lab) { _ in }
        defer { task.cancel() }
        let trust = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}}"#
        let calls: [[(String, String)]] = [
            [("Action", "GetRole"), ("Version", "2010-05-08"), ("RoleName", "Piped")],
            [("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "Piped"), ("AssumeRolePolicyDocument", trust)],
            [("Action", "GetRole"), ("Version", "2010-05-08"), ("RoleName", "Piped")],
            [("Action", "ListRoles"), ("Version", "2010-05-08")],
            [("Action", "GetRole"), ("Version", "2010-05-08"), ("RoleName", "Piped")],
        ]
        let text = calls.enumerated().map { index, fields in
            Self.wireText(ServerLab.signedPost(fields, keyID: lab.rootKey.accessKeyID, secret: lab.rootKey.secretAccessKey),
                          close: index == calls.count - 1)
        }.joined()
        let socket = try Self.connect(port)
        defer { close(socket) }
        Self.send(socket, text)
        let answers = Self.answers(in: await Self.readAllOffPool(socket))
        try #require(answers.count == calls.count, "\(answers)")
        #expect(answers[0].hasPrefix("HTTP/1.1 404") && answers[0].contains("<Code>NoSuchEntity</Code>"), "\(answers[0])")
        #expect(answers[1].hasPrefix("HTTP/1.1 200") && answers[1].contains("<CreateRoleResponse"), "\(answers[1])")
        #expect(answers[2].hasPrefix("HTTP/1.1 200") && answers[2].contains("<RoleName>Piped</RoleName>"), "\(answers[2])")
        #expect(answers[3].hasPrefix("HTTP/1.1 200") && answers[3].contains("<RoleName>Piped</RoleName>"), "\(answers[3])")
        #expect(answers[4].hasPrefix("HTTP/1.1 200") && answers[4].lowercased().contains("connection: close"), "\(answers[4])")
    }

    /// A client that pipelines far more requests than any SDK does (they never pipeline) gets
    /// what it has queued answered, then 400, and the connection closes: the server does not
    /// queue all it reads at once.
    @Test func pipeliningPastTheQueueLimitEndsTheConnection() async throws {
        // 18 bytes each: one read from the socket brings more than the limit.
        let (stream, waited) = try await Self.sendAndWaitForClose(String(repeating: "GET / HTTP/1.1\r\n\r\n", count: 300)) {
            $0.idleTimeoutSeconds = 20
        }
        let answers = Self.answers(in: stream)
        #expect(answers.count > QueryHTTPHandler.maximumQueued && answers.count < 300, "\(answers.count) answers")
        #expect(answers.dropLast().allSatisfy { $0.contains("<Code>MissingAuthenticationToken</Code>") })
        #expect(answers.last?.hasPrefix("HTTP/1.1 400 Bad Request\r\n") == true, "\(answers.last ?? "")")
        #expect(waited < 5, "closed after \(waited) s")
    }

    /// What is not HTTP gets 400 Bad Request and the connection closes, after the answers to
    /// the requests that came before it on the connection.
    @Test func whatIsNotHTTPGets400AfterTheAnswersBeforeIt() async throws {
        for (prefix, before) in [("", 0), ("GET /?Action=GetUser HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 1)] {
            let (stream, waited) = try await Self.sendAndWaitForClose(prefix + "\u{1}\u{2}NOT HTTP\r\n\r\n") { $0.idleTimeoutSeconds = 20 }
            let answers = Self.answers(in: stream)
            try #require(answers.count == before + 1, "\(stream)")
            if before == 1 { #expect(answers[0].contains("<Code>MissingAuthenticationToken</Code>"), "\(answers[0])") }
            #expect(answers[before].hasPrefix("HTTP/1.1 400 Bad Request\r\n"), "\(answers[before])")
            #expect(answers[before].lowercased().contains("connection: close"), "\(answers[before])")
            #expect(waited < 5, "closed after \(waited) s")
        }
    }

    @Test func httpDateIsIMFFixdate() {
        #expect(HTTPDate.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.format(1_796_632_177) == "Mon, 07 Dec 2026 08:29:37 GMT")
    }

    @Test func http10AndConnectionCloseEndTheConnectionAfterTheAnswer() async throws {
        let lab = try ServerLab()
        let (port, task) = try await Self.start(lab) { $0.idleTimeoutSeconds = 20 }
        defer { task.cancel() }
        for request in ["GET /?Action=GetUser HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n",
                        "GET /?Action=GetUser HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"] {
            let socket = try Self.connect(port)
            defer { close(socket) }
            Self.send(socket, request)
            let started = Date()
            let answer = await Self.readAllOffPool(socket)
            // The server closed at once (the idle timeout is 20 s), with AWS's answer to an unsigned call.
            #expect(Date().timeIntervalSince(started) < 5, "\(request)")
            #expect(answer.lowercased().contains("connection: close"), "\(answer)")
            #expect(answer.contains("<Code>MissingAuthenticationToken</Code>"), "\(answer)")
        }
    }

    @Test func oversizedBodyIsRefused() async throws {
        let lab = try ServerLab()
        let (port, task) = try await Self.start(lab) { $0.maximumBodyBytes = 1_000 }
        defer { task.cancel() }
        let socket = try Self.connect(port)
        defer { close(socket) }
        let body = String(repeating: "a", count: 5_000)
        Self.send(socket, "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 5000\r\n\r\n" + body)
        let answer = await Self.readAllOffPool(socket)
        #expect(answer.hasPrefix("HTTP/1.1 413"), "\(answer)")
        #expect(answer.contains("<Code>RequestEntityTooLarge</Code>"))
    }

    /// What the server sends within `seconds` of the call (one read), on a thread of its own.
    static func readOnce(_ socket: Int32, seconds: Int) async -> String {
        await withCheckedContinuation { continuation in
            Thread {
                var timeout = timeval(tv_sec: seconds, tv_usec: 0)
                setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                var chunk = [UInt8](repeating: 0, count: 4096)
                let count = chunk.withUnsafeMutableBytes { read(socket, $0.baseAddress, $0.count) }
                continuation.resume(returning: count > 0 ? String(decoding: chunk[0..<count], as: UTF8.self) : "")
            }.start()
        }
    }

    /// curl (and other clients) send `Expect: 100-continue` before a large body and wait, curl
    /// for a second, for `100 Continue`. The server says it at once (RFC 9110 §10.1.1), and a
    /// body its length puts over the limit is refused at once, without waiting for it.
    @Test func expectContinueIsAnsweredBeforeTheBodyIsSent() async throws {
        let lab = try ServerLab()
        let (port, task) = try await Self.start(lab) { $0.maximumBodyBytes = 1_000 }
        defer { task.cancel() }
        let socket = try Self.connect(port)
        defer { close(socket) }
        let body = "Action=GetUser&Version=2010-05-08"
        Self.send(socket, "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nExpect: 100-Continue\r\n"
                  + "Content-Length: \(body.utf8.count)\r\n\r\n")
        let started = Date()
        #expect(await Self.readOnce(socket, seconds: 3) == "HTTP/1.1 100 Continue\r\n\r\n")
        #expect(Date().timeIntervalSince(started) < 2)
        Self.send(socket, body)
        let answer = await Self.readAllOffPool(socket)
        #expect(answer.hasPrefix("HTTP/1.1 403"), "\(answer)")
        #expect(answer.contains("<Code>MissingAuthenticationToken</Code>"), "\(answer)")

        let oversized = try Self.connect(port)
        defer { close(oversized) }
        Self.send(oversized, "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: 100-continue\r\nContent-Length: 5000\r\n\r\n")
        let refusal = await Self.readAllOffPool(oversized)
        #expect(refusal.hasPrefix("HTTP/1.1 413"), "\(refusal)")
        #expect(!refusal.contains("100 Continue"))
        #expect(refusal.contains("<Code>RequestEntityTooLarge</Code>"))
    }

    /// Sends `request` to a server started with `settings`, then reads until the server closes
    /// the connection: what arrived, and after how many seconds.
    static func sendAndWaitForClose(_ request: String, _ settings: (inout ServerSettings) -> Void) async throws -> (answer: String, seconds: Double) {
        let lab = try ServerLab()
        let (port, task) = try await start(lab, settings)
        defer { task.cancel() }
        let socket = try connect(port)
        defer { close(socket) }
        let started = Date()
        send(socket, request)
        let answer = await readAllOffPool(socket)
        return (answer, Date().timeIntervalSince(started))
    }

    @Test func slowHeadersAreCutOff() async throws {
        // The head never finishes.
        let (answer, waited) = try await Self.sendAndWaitForClose("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n") { $0.headerTimeoutSeconds = 1 }
        #expect(answer.isEmpty)
        #expect(waited >= 0.9 && waited < 8, "closed after \(waited) s")
    }

    /// A client that sends a head and then stops mid-body holds its slot only for the idle
    /// timeout (the header deadline no longer applies once the head is in).
    @Test func stalledBodyIsCutOffAfterTheIdleTimeout() async throws {
        let (answer, waited) = try await Self.sendAndWaitForClose("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nAction=Get") {
            $0.headerTimeoutSeconds = 30
            $0.idleTimeoutSeconds = 1
        }
        #expect(answer.isEmpty)
        #expect(waited >= 0.9 && waited < 8, "closed after \(waited) s")
    }

    /// After an answer, a kept-alive connection must send its next head within the header
    /// timeout, as a new connection must.
    @Test func keptAliveConnectionWaitsOnlyTheHeaderTimeoutForTheNextRequest() async throws {
        let (answer, waited) = try await Self.sendAndWaitForClose("GET /?Action=GetUser HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") {
            $0.headerTimeoutSeconds = 1
            $0.idleTimeoutSeconds = 30
        }
        #expect(answer.contains("<Code>MissingAuthenticationToken</Code>"), "\(answer)")
        #expect(!answer.lowercased().contains("connection: close"), "\(answer)")
        #expect(waited >= 0.9 && waited < 8, "closed after \(waited) s")
    }
}
