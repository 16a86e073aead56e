import Foundation
import Glibc
import RoleServer
import Testing

/// `rolecall serve` stops gracefully (issue #17): on SIGTERM or SIGINT it stops accepting, lets
/// the request in flight finish with its proper answer (a durable CreateRole whose body is
/// still arriving when the signal comes), closes idle connections at once, then exits 0 with
/// the lab intact.
@Suite("rolecall serve graceful shutdown", .serialized)
struct ServeShutdownTests {
    /// A running `rolecall serve` child with its output in files.
    struct ServerProcess {
        let pid: pid_t
        let stdoutPath: String
        let stderrPath: String

        var stdout: String { (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "" }
        var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

        /// The value of `export NAME=value` in the banner.
        func exported(_ name: String) -> String? {
            for line in stdout.split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("export \(name)=") { return String(trimmed.dropFirst("export \(name)=".count)) }
            }
            return nil
        }

        /// The exit status once the process ends within `timeout` seconds, or nil if it is still running.
        func exitStatus(within timeout: TimeInterval) -> Int32? {
            var status: Int32 = 0
            let deadline = Date().addingTimeInterval(timeout)
            while waitpid(pid, &status, WNOHANG) == 0 {
                if Date() > deadline { return nil }
                usleep(10_000)
            }
            return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        }

        /// Starts `rolecall serve --port 0 --store STORE` with an empty signal mask and default
        /// handlers (the test runner's threads block signals, and a child would inherit that).
        static func start(store: String, environment: [String: String]) throws -> ServerProcess {
            let base = ScratchDirectory.path("serve-out")
            let process = ServerProcess(pid: 0, stdoutPath: base + ".out", stderrPath: base + ".err")
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, process.stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, process.stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            closeInheritedDescriptors(&actions)
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            var empty = sigset_t()
            sigemptyset(&empty)
            var all = sigset_t()
            sigfillset(&all)
            posix_spawnattr_setsigmask(&attributes, &empty)
            posix_spawnattr_setsigdefault(&attributes, &all)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
            let arguments = [Spawn.rolecallBinary, "serve", "--port", "0", "--store", store]
            var cArguments = arguments.map { strdup($0) } + [nil]
            var cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer { (cArguments + cEnvironment).forEach { free($0) } }
            var pid: pid_t = 0
            try #require(posix_spawn(&pid, arguments[0], &actions, &attributes, &cArguments, &cEnvironment) == 0)
            return ServerProcess(pid: pid, stdoutPath: process.stdoutPath, stderrPath: process.stderrPath)
        }
    }

    /// A CreateRole POST signed as botocore signs it, split into its head and its body.
    static func createRole(named name: String, port: Int, keyID: String, secret: String) -> (head: String, body: String) {
        let trust = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}}"#
        let body = [("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", name), ("AssumeRolePolicyDocument", trust)]
            .map { "\(FormEncoding.escape($0.0))=\(FormEncoding.escape($0.1))" }.joined(separator: "&")
        let amzDate = SigV4Time.format(Int(Date().timeIntervalSince1970))
        let host = "127.0.0.1:\(port)"
        let contentType = "application/x-www-form-urlencoded; charset=utf-8"
        let request = SignedRequest(method: "POST", path: "/", query: "",
                                    headers: [("host", host), ("content-type", contentType), ("x-amz-date", amzDate)], body: Array(body.utf8))
        let credential = SigV4Credential(accessKeyID: keyID, scopeDate: String(amzDate.prefix(8)), region: "us-east-1", service: "iam",
                                         signedHeaders: ["content-type", "host", "x-amz-date"], signature: "", amzDate: amzDate,
                                         securityToken: nil, expires: nil)
        let signature = SigV4Verifier.signature(for: request, credential: credential, secret: secret)
        let head = "POST / HTTP/1.1\r\nHost: \(host)\r\nContent-Type: \(contentType)\r\nX-Amz-Date: \(amzDate)\r\n"
            + "Authorization: AWS4-HMAC-SHA256 Credential=\(keyID)/\(credential.scope), SignedHeaders=content-type;host;x-amz-date, "
            + "Signature=\(signature)\r\nContent-Length: \(body.utf8.count)\r\n\r\n"
        return (head, body)
    }

    /// A loopback connection to `port` with a 10-second receive timeout, or nil when refused.
    static func connect(_ port: Int) -> Int32? {
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
        guard result == 0 else {
            close(socket)
            return nil
        }
        return socket
    }

    static func send(_ socket: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(socket, $0.baseAddress, $0.count) }
    }

    /// Everything the server sends until it closes the connection (or 10 s pass).
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

    @Test(arguments: [SIGTERM, SIGINT])
    func signalFinishesTheRequestInFlight(signal: Int32) throws {
        let runner = try CLIRunner()
        let store = runner.directory.appendingPathComponent("lab").path
        let initialised = try runner.run(["lab", "init", "--demo"])
        try #require(initialised.status == 0, "\(initialised.stderr)")
        var environment = runner.variables
        environment.removeValue(forKey: "ROLECALL_NOW")  // the server's sessions follow the real clock
        let server = try ServerProcess.start(store: store, environment: environment)
        var exited: Int32?
        defer { if exited == nil { kill(server.pid, SIGKILL); _ = server.exitStatus(within: 5) } }
        let started = Date()
        while server.exported("AWS_SECRET_ACCESS_KEY") == nil, Date().timeIntervalSince(started) < 30 { usleep(20_000) }
        let endpoint = try #require(server.exported("AWS_ENDPOINT_URL"), "no banner: \(server.stdout)\(server.stderr)")
        let keyID = try #require(server.exported("AWS_ACCESS_KEY_ID"))
        let secret = try #require(server.exported("AWS_SECRET_ACCESS_KEY"))
        let port = try #require(endpoint.split(separator: ":").last.flatMap { Int($0) }, "\(endpoint)")

        // A kept-alive connection has had its answer and sends nothing more.
        let idle = try #require(Self.connect(port))
        defer { close(idle) }
        Self.send(idle, "GET /?Action=GetUser HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        var first: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !String(decoding: first, as: UTF8.self).contains("</ErrorResponse>") {
            let count = chunk.withUnsafeMutableBytes { read(idle, $0.baseAddress, $0.count) }
            try #require(count > 0, "the idle connection's first answer: \(String(decoding: first, as: UTF8.self))")
            first += chunk[0..<count]
        }

        // The request is in flight: its head is read, half its body has arrived.
        let request = Self.createRole(named: "InFlight", port: port, keyID: keyID, secret: secret)
        let socket = try #require(Self.connect(port))
        defer { close(socket) }
        let half = request.body.index(request.body.startIndex, offsetBy: request.body.count / 2)
        Self.send(socket, request.head + request.body[..<half])
        usleep(300_000)
        kill(server.pid, signal)

        // The idle connection is closed at once (not after the 10-second header timeout).
        let signalled = Date()
        #expect(Self.readAll(idle).isEmpty)
        #expect(Date().timeIntervalSince(signalled) < 3, "the idle connection stayed open \(Date().timeIntervalSince(signalled)) s")

        // The server waits for the request in flight: still running, and no longer accepting new connections.
        usleep(500_000)
        #expect(server.exitStatus(within: 0) == nil, "the server exited with a request in flight: \(server.stderr)")
        var refused = false
        for _ in 0..<50 {
            if let late = Self.connect(port) {
                close(late)
                usleep(20_000)
            } else {
                refused = true
                break
            }
        }
        #expect(refused, "new connections are still accepted after the signal")

        // The rest of the body arrives; the answer is the proper one, and the server then exits 0.
        Self.send(socket, String(request.body[half...]))
        let answer = Self.readAll(socket)
        #expect(answer.hasPrefix("HTTP/1.1 200"), "\(answer)")
        #expect(answer.contains("<CreateRoleResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"), "\(answer)")
        #expect(answer.contains("<Arn>arn:aws:iam::111122223333:role/InFlight</Arn>"), "\(answer)")
        exited = server.exitStatus(within: 15)
        #expect(exited == 0, "exit \(String(describing: exited)): \(server.stderr)")
        #expect(server.stderr.contains("POST CreateRole arn:aws:iam::111122223333:root allow 200"), "\(server.stderr)")

        // The lab is intact and holds the role.
        let role = try runner.run(["iam", "get-role", "--role-name", "InFlight"])
        #expect(role.status == 0 && role.stdout.contains("arn:aws:iam::111122223333:role/InFlight"), "\(role.stdout)\(role.stderr)")
        let check = try runner.run(["lab", "check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}
