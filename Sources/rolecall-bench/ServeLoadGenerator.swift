import Foundation
import Glibc

/// A closed-loop HTTP/1.1 load generator for loopback only: `connections` threads, each with one
/// keep-alive connection, send the requests they are given in turn and wait for each answer.
/// Bounded by a request count and a deadline, whichever comes first.
enum ServeLoadGenerator {
    struct Outcome {
        var completed = 0
        var statusCounts: [Int: Int] = [:]
        var latencies: [Double] = []  // milliseconds
        var seconds = 0.0

        var requestsPerSecond: Double { seconds > 0 ? Double(completed) / seconds : 0 }
        func percentile(_ p: Double) -> Double {
            guard !latencies.isEmpty else { return 0 }
            let sorted = latencies.sorted()
            return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
        }
    }

    /// Runs the load: `requests(connection, n)` gives the bytes of the n-th request of a connection.
    static func run(port: Int, connections: Int, totalRequests: Int, deadlineSeconds: Double,
                    requests: @escaping @Sendable (Int, Int) -> [UInt8]) -> Outcome {
        let total = Total()
        let counter = Counter(limit: totalRequests)
        let group = DispatchGroup()
        let started = Date()
        let deadline = started.addingTimeInterval(deadlineSeconds)
        for connection in 0..<connections {
            group.enter()
            let thread = Thread {
                var local = Outcome()
                if let socket = connect(port: port) {
                    var n = 0
                    var reader = ResponseReader(socket: socket)
                    while Date() < deadline, counter.take() {
                        let bytes = requests(connection, n)
                        n += 1
                        let begin = DispatchTime.now().uptimeNanoseconds
                        if reader.closed {
                            // HTTP/1.0 servers (moto's) close after each answer: a new connection
                            // is part of that request's latency.
                            close(reader.socket)
                            guard let again = connect(port: port) else { break }
                            reader = ResponseReader(socket: again)
                        }
                        guard send(socket: reader.socket, bytes), let status = reader.readResponse() else { break }
                        local.latencies.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1_000_000)
                        local.completed += 1
                        local.statusCounts[status, default: 0] += 1
                    }
                    close(reader.socket)
                }
                total.add(local)
                group.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        group.wait()
        var outcome = total.value
        outcome.seconds = Date().timeIntervalSince(started)
        return outcome
    }

    /// The threads' outcomes, added up under a lock.
    final class Total: @unchecked Sendable {
        private let lock = NSLock()
        private var sum = Outcome()
        var value: Outcome { lock.withLock { sum } }
        func add(_ local: Outcome) {
            lock.withLock {
                sum.completed += local.completed
                sum.latencies += local.latencies
                for (status, count) in local.statusCounts { sum.statusCounts[status, default: 0] += count }
            }
        }
    }

    /// A shared budget of requests.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var remaining: Int
        init(limit: Int) { remaining = limit }
        func take() -> Bool {
            lock.lock()
            defer { lock.unlock() }
            guard remaining > 0 else { return false }
            remaining -= 1
            return true
        }
    }

    static func connect(port: Int) -> Int32? {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var one: Int32 = 1
        setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(socket)
            return nil
        }
        return socket
    }

    static func send(socket: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(socket, $0.baseAddress, $0.count) }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    /// Reads one response (status line, headers, Content-Length body) from a keep-alive socket.
    struct ResponseReader {
        let socket: Int32
        var buffer: [UInt8] = []
        /// The server said it closes the connection after this answer.
        var closed = false

        /// Reused for every read, so the generator spends its CPU time on requests, not allocations.
        var chunk = [UInt8](repeating: 0, count: 65_536)

        mutating func fill() -> Bool {
            let count = chunk.withUnsafeMutableBytes { read(socket, $0.baseAddress, $0.count) }
            guard count > 0 else { return false }
            buffer += chunk[0..<count]
            return true
        }

        mutating func readResponse() -> Int? {
            let separator: [UInt8] = [13, 10, 13, 10]
            var headerEnd: Int?
            while headerEnd == nil {
                if buffer.count >= 4 {
                    for index in 0...(buffer.count - 4) where buffer[index..<index + 4].elementsEqual(separator) {
                        headerEnd = index + 4
                        break
                    }
                }
                if headerEnd == nil, !fill() { return nil }
            }
            guard let end = headerEnd else { return nil }
            let head = String(decoding: buffer[0..<end], as: UTF8.self)
            let lines = head.split(separator: "\r\n")
            guard let statusLine = lines.first, statusLine.split(separator: " ").count >= 2,
                  let status = Int(statusLine.split(separator: " ")[1]) else { return nil }
            var length = 0
            closed = statusLine.hasPrefix("HTTP/1.0")
            for line in lines.dropFirst() {
                let lower = line.lowercased()
                if lower.hasPrefix("content-length:") {
                    length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) ?? 0
                } else if lower.hasPrefix("connection:") {
                    closed = lower.contains("close")
                }
            }
            while buffer.count < end + length {
                if !fill() { return nil }
            }
            buffer.removeFirst(end + length)
            return status
        }
    }
}
