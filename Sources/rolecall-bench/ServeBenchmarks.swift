import Foundation
import IAMKit
import RoleServer
import RoleStore

/// `rolecall serve` under load (issue #17): GetRole and SimulatePrincipalPolicy requests/s and
/// p99 at 64 keep-alive connections, and durable CreateRole mutations/s, against the real server
/// (Hummingbird, SigV4 verified on every request) on loopback. Goals: reads ≥ 10,000/s with p99
/// ≤ 10 ms; mutations ≥ 300/s. `ROLECALL_BENCH_SECONDS` sets each run's length (default 10);
/// `ROLECALL_BENCH_SERVE=reads` or `=mutations` runs only those (for profiling one of them);
/// `ROLECALL_BENCH_KEEP_LAB=1` leaves the lab in place (see below). The load generator's threads
/// run under `SCHED_BATCH` unless `ROLECALL_BENCH_GENERATOR=normal` (`GeneratorScheduling`).
enum ServeBenchmarks {
    static func run() {
        do {
            try measure()
        } catch {
            print("serve benchmarks failed: \(error)")
        }
    }

    static func measure() throws {
        print("== rolecall serve (loopback, 64 connections, SigV4 on every request; \(GeneratorScheduling.current.label)) ==")
        let path = NSTemporaryDirectory() + "rolecall-bench-serve-\(getpid())"
        // Deleting the lab frees thousands of inodes, and ext4 without a journal makes every file
        // created in the next minutes skip them one by one: a run right after another measures
        // that. ROLECALL_BENCH_KEEP_LAB=1 leaves the lab for the caller to delete after a series.
        let keepsLab = ProcessInfo.processInfo.environment["ROLECALL_BENCH_KEEP_LAB"] == "1"
        defer {
            if keepsLab {
                print("lab kept at \(path)")
            } else {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        let service = IAMService(clock: SystemClock())
        let (store, key) = try benchLab(at: path, service: service)
        let endpoint = QueryEndpoint(store: store, service: service)
        var settings = ServerSettings()
        settings.port = 0
        settings.quiet = true
        let ready = DispatchSemaphore(value: 0)
        let portBox = PortBox()
        Task {
            try await QueryServer.run(endpoint: endpoint, settings: settings) { port in
                portBox.port = port
                ready.signal()
            }
        }
        ready.wait()
        let port = portBox.port
        let seconds = ProcessInfo.processInfo.environment["ROLECALL_BENCH_SECONDS"].flatMap(Double.init) ?? 10
        let only = ProcessInfo.processInfo.environment["ROLECALL_BENCH_SERVE"]
        func request(_ fields: [(String, String)], service: String = "iam") -> [UInt8] {
            httpBytes(fields, port: port, key: key, service: service)
        }
        let getRole = request(getRoleFields)
        let simulate = request(simulateFields)
        // A fresh server answers its first seconds of load slower (allocator and buffer pools
        // growing, caches filling); wrk runs against a warm server too. Two unreported seconds
        // of each read first, so the figures are the steady state.
        if only != "mutations" {
            for warmUp in [getRole, simulate] {
                _ = ServeLoadGenerator.run(port: port, connections: 64, totalRequests: 2_000_000, deadlineSeconds: min(2, seconds)) { _, _ in warmUp }
            }
            report("GetRole", ServeLoadGenerator.run(port: port, connections: 64, totalRequests: 2_000_000, deadlineSeconds: seconds) { _, _ in getRole })
            report("SimulatePrincipalPolicy", ServeLoadGenerator.run(port: port, connections: 64, totalRequests: 2_000_000, deadlineSeconds: seconds) { _, _ in simulate })
        }
        if only == "reads" { return }
        // Mutations: every CreateRole has its own name, so each is signed on its own.
        let mutations = ServeLoadGenerator.run(port: port, connections: 64, totalRequests: 100_000, deadlineSeconds: seconds) { connection, n in
            httpBytes([("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "m-\(connection)-\(n)"),
                       ("AssumeRolePolicyDocument", StoreBenchmarks.trust)], port: port, key: key, service: "iam")
        }
        report("CreateRole (durable)", mutations)
        if let motoPort = ProcessInfo.processInfo.environment["ROLECALL_BENCH_MOTO_PORT"].flatMap(Int.init) {
            measureMoto(port: motoPort, key: key, seconds: seconds)
        }
    }

    /// The same load against a moto server (`moto_server -p PORT`), for docs/benchmarks.md.
    /// moto accepts any signature, so the same signed requests serve.
    static func measureMoto(port: Int, key: AccessKey, seconds: Double) {
        print("== moto server on port \(port), same requests ==")
        let setup = ServeLoadGenerator.run(port: port, connections: 1, totalRequests: 2, deadlineSeconds: 30) { _, n in
            n == 0 ? httpBytes([("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "Bench"),
                                ("AssumeRolePolicyDocument", StoreBenchmarks.trust)], port: port, key: key, service: "iam")
                : httpBytes([("Action", "AttachRolePolicy"), ("Version", "2010-05-08"), ("RoleName", "Bench"),
                             ("PolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess")], port: port, key: key, service: "iam")
        }
        report("moto setup", setup, inProcess: false)
        let getRole = httpBytes([("Action", "GetRole"), ("Version", "2010-05-08"), ("RoleName", "Bench")], port: port, key: key, service: "iam")
        report("moto GetRole", ServeLoadGenerator.run(port: port, connections: 64, totalRequests: 2_000_000, deadlineSeconds: seconds) { _, _ in getRole },
               inProcess: false)
        let mutations = ServeLoadGenerator.run(port: port, connections: 64, totalRequests: 100_000, deadlineSeconds: seconds) { connection, n in
            httpBytes([("Action", "CreateRole"), ("Version", "2010-05-08"), ("RoleName", "m-\(connection)-\(n)"),
                       ("AssumeRolePolicyDocument", StoreBenchmarks.trust)], port: port, key: key, service: "iam")
        }
        report("moto CreateRole (in memory)", mutations, inProcess: false)
    }

    /// One line per run; `inProcess` adds the CPU time per request of server and generator
    /// together and apart (steadier than requests/s on a machine whose speed drifts).
    static func report(_ name: String, _ outcome: ServeLoadGenerator.Outcome, inProcess: Bool = true) {
        let statuses = outcome.statusCounts.sorted { $0.key < $1.key }.map { "\($0.key)×\($0.value)" }.joined(separator: " ")
        let perRequest = { (seconds: Double) in seconds * 1_000_000 / Double(max(1, outcome.completed)) }
        let cpu = inProcess && outcome.completed > 0
            ? String(format: "; %.0f µs CPU per request: server %.0f, generator %.0f", perRequest(outcome.processCPUSeconds),
                     perRequest(outcome.processCPUSeconds - outcome.generatorCPUSeconds), perRequest(outcome.generatorCPUSeconds))
            : ""
        print(String(format: "%@: %.0f req/s, p50 %.2f ms, p99 %.2f ms (%d requests in %.1f s; %@%@)", name, outcome.requestsPerSecond,
                     outcome.percentile(0.5), outcome.percentile(0.99), outcome.completed, outcome.seconds, statuses, cpu))
    }

    /// The lab both suites of `rolecall serve` measure: the demo lab, a role `Bench` with the
    /// demo's PolicyForRole attached, and an access key of the production account's root.
    static func benchLab(at path: String, service: IAMService) throws -> (LabStore, AccessKey) {
        let store = try LabStore(path: path)
        let root = Caller.root(accountID: DemoLab.productionAccountID)
        let key = try store.write { lab in
            try DemoLab.populate(using: service, in: &lab)
            // The mutation runs create thousands of roles a second in this account: a quota
            // raised far past AWS's (Service Quotas raises RolesPerAccount to 5,000 at most).
            try service.raiseQuota(.rolesPerAccount, to: 100_000_000, for: DemoLab.productionAccountID, in: &lab)
            _ = try service.createRole(roleName: "Bench", assumeRolePolicyDocument: StoreBenchmarks.trust, caller: root, in: &lab)
            try service.attachRolePolicy(roleName: "Bench", policyArn: "arn:aws:iam::111122223333:policy/PolicyForRole", caller: root, in: &lab)
            return try service.createAccessKey(caller: root, in: &lab)
        }
        return (store, key)
    }

    static let getRoleFields = [("Action", "GetRole"), ("Version", "2010-05-08"), ("RoleName", "Bench")]
    static let simulateFields = [("Action", "SimulatePrincipalPolicy"), ("Version", "2010-05-08"),
                                 ("PolicySourceArn", "arn:aws:iam::111122223333:role/Bench"),
                                 ("ActionNames.member.1", "s3:ListBucket"), ("ActionNames.member.2", "iam:CreateUser"),
                                 ("ResourceArns.member.1", "arn:aws:s3:::example_bucket")]

    /// A form-encoded POST signed as the AWS CLI signs it (content type, host and date), with its
    /// `Authorization` header and body.
    static func signedPost(_ fields: [(String, String)], host: String, key: AccessKey, service: String)
        -> (request: SignedRequest, authorization: String, body: String) {
        let body = fields.map { "\(FormEncoding.escape($0.0))=\(FormEncoding.escape($0.1))" }.joined(separator: "&")
        let amzDate = SigV4Time.format(Int(Date().timeIntervalSince1970))
        let headers: [(name: String, value: String)] = [("Host", host), ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
                                                       ("X-Amz-Date", amzDate)]
        let request = SignedRequest(method: "POST", path: "/", query: "", headers: headers, body: Array(body.utf8))
        let credential = SigV4Credential(accessKeyID: key.accessKeyID, scopeDate: String(amzDate.prefix(8)), region: "us-east-1", service: service,
                                         signedHeaders: ["content-type", "host", "x-amz-date"], signature: "", amzDate: amzDate,
                                         securityToken: nil, expires: nil)
        let signature = SigV4Verifier.signature(for: request, credential: credential, secret: key.secretAccessKey)
        let authorization = "AWS4-HMAC-SHA256 Credential=\(key.accessKeyID)/\(credential.scope), "
            + "SignedHeaders=content-type;host;x-amz-date, Signature=\(signature)"
        return (request, authorization, body)
    }

    /// A complete signed HTTP/1.1 POST (keep-alive).
    static func httpBytes(_ fields: [(String, String)], port: Int, key: AccessKey, service: String) -> [UInt8] {
        let signed = signedPost(fields, host: "127.0.0.1:\(port)", key: key, service: service)
        var text = "POST / HTTP/1.1\r\n"
        for header in signed.request.headers { text += "\(header.name): \(header.value)\r\n" }
        text += "Authorization: \(signed.authorization)\r\nContent-Length: \(signed.body.utf8.count)\r\n\r\n" + signed.body
        return Array(text.utf8)
    }

    final class PortBox: @unchecked Sendable {
        var port = 0
    }
}
