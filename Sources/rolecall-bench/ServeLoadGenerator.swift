import Foundation
import Glibc

/// A closed-loop HTTP/1.1 load generator for loopback only, built as wrk is: two threads, each
/// polling (poll(2)) its share of the keep-alive connections; every connection sends its next
/// request as soon as the answer to the last one is in. (A thread per connection, as an earlier
/// version had, cost two context switches per request on the machine the server shares, and
/// so measured the generator more than the server.) Bounded by a request count and a deadline,
/// whichever comes first; requests in flight at the deadline are waited for.
///
/// The threads run under Linux's `SCHED_BATCH` policy unless `ROLECALL_BENCH_GENERATOR=normal`
/// (`GeneratorScheduling`): a client sharing the server's two cores otherwise preempts the
/// server at every answer it is woken for, which no client on another machine does.
enum ServeLoadGenerator {
    struct Outcome {
        var completed = 0
        var statusCounts: [Int: Int] = [:]
        var latencies: [Double] = []  // milliseconds
        var seconds = 0.0
        /// CPU time this process spent during the run (user and system, every thread): the
        /// server's and the generator's when the server runs in this process.
        var processCPUSeconds = 0.0
        /// CPU time of the generator's own threads (the rest of `processCPUSeconds` is the server's).
        var generatorCPUSeconds = 0.0

        var requestsPerSecond: Double { seconds > 0 ? Double(completed) / seconds : 0 }
        func percentile(_ p: Double) -> Double {
            guard !latencies.isEmpty else { return 0 }
            let sorted = latencies.sorted()
            return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
        }
    }

    /// Threads driving connections (wrk's `-t2` on this two-core machine).
    static let threadCount = 2

    /// Runs the load: `requests(connection, n)` gives the bytes of the n-th request of a connection.
    static func run(port: Int, connections: Int, totalRequests: Int, deadlineSeconds: Double,
                    requests: @escaping @Sendable (Int, Int) -> [UInt8]) -> Outcome {
        let total = Total()
        let counter = Counter(limit: totalRequests)
        let group = DispatchGroup()
        let started = Date()
        let cpuBefore = processCPUSeconds()
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(deadlineSeconds * 1_000_000_000)
        for thread in 0..<min(threadCount, connections) {
            let mine = Array(stride(from: thread, to: connections, by: threadCount))
            group.enter()
            let worker = Thread {
                GeneratorScheduling.current.applyToThisThread()
                let cpuBefore = threadCPUSeconds()
                var loop = EventLoop(port: port, connections: mine, deadline: deadline, counter: counter, requests: requests)
                var outcome = loop.run()
                outcome.generatorCPUSeconds = threadCPUSeconds() - cpuBefore
                total.add(outcome)
                group.leave()
            }
            worker.stackSize = 1 << 20
            worker.start()
        }
        group.wait()
        var outcome = total.value
        outcome.seconds = Date().timeIntervalSince(started)
        outcome.processCPUSeconds = processCPUSeconds() - cpuBefore
        return outcome
    }

    /// User plus system CPU time of this process so far.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// One thread's connections, polled together.
    struct EventLoop {
        struct Connection {
            let number: Int
            var socket: Int32 = -1
            var sent = 0
            var buffer: [UInt8] = []
            var began: UInt64 = 0
            var done = false
        }

        let port: Int
        let deadline: UInt64
        let counter: Counter
        let requests: @Sendable (Int, Int) -> [UInt8]
        var connections: [Connection]
        var outcome = Outcome()
        var chunk = [UInt8](repeating: 0, count: 65_536)

        init(port: Int, connections: [Int], deadline: UInt64, counter: Counter, requests: @escaping @Sendable (Int, Int) -> [UInt8]) {
            self.port = port
            self.deadline = deadline
            self.counter = counter
            self.requests = requests
            self.connections = connections.map { Connection(number: $0) }
        }

        mutating func run() -> Outcome {
            for index in connections.indices { startNext(index) }
            var watched: [pollfd] = []
            var owners: [Int] = []
            while connections.contains(where: { !$0.done }) {
                watched.removeAll(keepingCapacity: true)
                owners.removeAll(keepingCapacity: true)
                for (index, connection) in connections.enumerated() where !connection.done && connection.socket >= 0 {
                    watched.append(pollfd(fd: connection.socket, events: Int16(POLLIN), revents: 0))
                    owners.append(index)
                }
                let ready = watched.withUnsafeMutableBufferPointer { poll($0.baseAddress, nfds_t($0.count), 1000) }
                if ready < 0, errno == EINTR { continue }
                guard ready >= 0 else { break }
                for (slot, entry) in watched.enumerated() where entry.revents != 0 { readable(owners[slot]) }
            }
            return outcome
        }

        /// Sends connection `index`'s next request (reconnecting when the server closed the
        /// last one: that is part of this request's latency), or retires it.
        mutating func startNext(_ index: Int) {
            guard DispatchTime.now().uptimeNanoseconds < deadline, counter.take() else { return retire(index) }
            connections[index].began = DispatchTime.now().uptimeNanoseconds
            if connections[index].socket < 0 {
                guard let socket = ServeLoadGenerator.connect(port: port) else { return retire(index) }
                connections[index].socket = socket
            }
            let bytes = requests(connections[index].number, connections[index].sent)
            connections[index].sent += 1
            // Requests are a few kilobytes: the socket buffer takes them whole, so the write
            // blocks only in theory (the socket stays blocking for writes; reads never wait).
            guard ServeLoadGenerator.send(socket: connections[index].socket, bytes) else { return retire(index) }
        }

        mutating func readable(_ index: Int) {
            let socket = connections[index].socket
            guard socket >= 0 else { return }
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
            if count < 0, errno == EAGAIN || errno == EINTR { return }
            guard count > 0 else { return retire(index) }
            connections[index].buffer += chunk[0..<count]
            guard let response = ServeLoadGenerator.parseResponse(connections[index].buffer) else { return }
            connections[index].buffer.removeFirst(response.length)
            outcome.latencies.append(Double(DispatchTime.now().uptimeNanoseconds - connections[index].began) / 1_000_000)
            outcome.completed += 1
            outcome.statusCounts[response.status, default: 0] += 1
            if response.closes {
                // HTTP/1.0 servers (moto's) close after each answer.
                close(socket)
                connections[index].socket = -1
                connections[index].buffer.removeAll()
            }
            startNext(index)
        }

        mutating func retire(_ index: Int) {
            if connections[index].socket >= 0 {
                close(connections[index].socket)
                connections[index].socket = -1
            }
            connections[index].done = true
        }
    }

    /// The threads' outcomes, added up under a lock.
    final class Total: @unchecked Sendable {
        private let lock = NSLock()
        private var sum = Outcome()
        var value: Outcome { lock.withLock { sum } }
        func add(_ local: Outcome) {
            lock.withLock {
                sum.completed += local.completed
                sum.generatorCPUSeconds += local.generatorCPUSeconds
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

    /// The first whole response in `buffer` (status line, headers, Content-Length body): its
    /// status, its length in bytes, and whether the server closes the connection after it;
    /// nil while it is incomplete. Read from bytes, so the generator stays cheap beside the server.
    static func parseResponse(_ buffer: [UInt8]) -> (status: Int, length: Int, closes: Bool)? {
        buffer.withUnsafeBufferPointer { bytes -> (status: Int, length: Int, closes: Bool)? in
            guard bytes.count >= 16 else { return nil }
            var end = -1
            var index = 0
            while index + 3 < bytes.count {
                if bytes[index] == 13, bytes[index + 1] == 10, bytes[index + 2] == 13, bytes[index + 3] == 10 {
                    end = index + 4
                    break
                }
                index += 1
            }
            guard end > 0 else { return nil }
            // `HTTP/1.1 200 OK`: the status is the three digits after the first space.
            func digit(_ at: Int) -> Int? { (48...57).contains(bytes[at]) ? Int(bytes[at] - 48) : nil }
            guard let a = digit(9), let b = digit(10), let c = digit(11) else { return (0, end, true) }
            var closes = bytes[7] == UInt8(ascii: "0")  // HTTP/1.0
            var length = 0
            // Each header line: compare its name case-insensitively.
            var line = 0
            while line < end, !(bytes[line] == 13 && bytes[line + 1] == 10) { line += 1 }
            line += 2
            while line < end - 2 {
                var lineEnd = line
                while lineEnd < end, !(bytes[lineEnd] == 13 && bytes[lineEnd + 1] == 10) { lineEnd += 1 }
                let name = UnsafeBufferPointer(rebasing: bytes[line..<lineEnd])
                if hasPrefix(name, "content-length:") {
                    length = name.dropFirst(15).reduce(0) { (48...57).contains($1) ? $0 * 10 + Int($1 - 48) : $0 }
                } else if hasPrefix(name, "connection:") {
                    closes = name.dropFirst(11).contains(UInt8(ascii: "c")) || name.dropFirst(11).contains(UInt8(ascii: "C"))
                }
                line = lineEnd + 2
            }
            guard bytes.count >= end + length else { return nil }
            return (a * 100 + b * 10 + c, end + length, closes)
        }
    }

    /// Whether `line` starts with the lower-case ASCII `prefix`, ignoring case.
    private static func hasPrefix(_ line: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        guard line.count >= prefix.utf8CodeUnitCount else { return false }
        let wanted = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        for (offset, byte) in wanted.enumerated() where line[offset] | 0x20 != byte && line[offset] != byte {
            return false
        }
        return true
    }
}
