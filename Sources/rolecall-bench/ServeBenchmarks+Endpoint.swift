import Foundation
import IAMKit
import RoleServer
import RoleStore

/// What `rolecall serve` spends of its own on one request, without the network or the load
/// generator: a signed request as the HTTP layer hands it over, decoded (`QueryCall`) and
/// answered (`QueryEndpoint`: SigV4, the Query parameters, the call in a read transaction, the
/// XML) in batches of 16 as an event loop answers a pass of reads. Thread CPU time per request,
/// median of 7 rounds; steadier than the loaded figures of `serve`, so it shows what a change
/// to the request path saves. `rolecall-bench endpoint`.
enum EndpointBenchmarks {
    static func run() {
        do {
            try measure()
        } catch {
            print("endpoint benchmarks failed: \(error)")
        }
    }

    static func measure() throws {
        print("== rolecall serve's request path in process (no network; thread CPU per request, median of 7) ==")
        let path = NSTemporaryDirectory() + "rolecall-bench-endpoint-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let service = IAMService(clock: SystemClock())
        let (store, key) = try ServeBenchmarks.benchLab(at: path, service: service)
        let endpoint = QueryEndpoint(store: store, service: service)
        let workloads = [("GetRole", ServeBenchmarks.getRoleFields), ("SimulatePrincipalPolicy", ServeBenchmarks.simulateFields)]
        // For instruction counts under callgrind (steady where CPU time is not): one workload
        // (`ROLECALL_BENCH_ENDPOINT=GetRole`) and fewer batches per round.
        let environment = ProcessInfo.processInfo.environment
        let only = environment["ROLECALL_BENCH_ENDPOINT"]
        let batches = environment["ROLECALL_BENCH_ENDPOINT_BATCHES"].flatMap(Int.init) ?? 2_000
        for (name, fields) in workloads where only == nil || only == name {
            let request = signedRequest(fields, key: key)
            let batch = 16
            var rounds: [Double] = []
            var statuses = Set<Int>()
            for _ in 0..<8 {
                let started = threadCPUSeconds()
                for _ in 0..<batches {
                    let calls = (0..<batch).map { _ in QueryCall(request) }
                    for answer in endpoint.answerWithoutWaiting(calls) ?? [] { statuses.insert(answer.status) }
                }
                rounds.append((threadCPUSeconds() - started) * 1_000_000 / Double(batch * batches))
            }
            let median = rounds.dropFirst().sorted()[3]  // the first round warms caches up
            print(String(format: "%@: %.1f µs per request (statuses %@)", name, median, statuses.sorted().map(String.init).joined(separator: ",")))
        }
    }

    /// The request the load generator of `serve` sends, as the HTTP layer hands it over.
    static func signedRequest(_ fields: [(String, String)], key: AccessKey) -> SignedRequest {
        let signed = ServeBenchmarks.signedPost(fields, host: "127.0.0.1:4566", key: key, service: "iam")
        var request = signed.request
        request.headers.append(("Authorization", signed.authorization))
        request.headers.append(("Content-Length", String(signed.body.utf8.count)))
        return request
    }
}
