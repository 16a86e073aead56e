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
        let store = try LabStore(path: path)
        let key = try store.write { lab in
            try DemoLab.populate(using: service, in: &lab)
            _ = try service.createRole(roleName: "Bench", assumeRolePolicyDocument: StoreBenchmarks.trust, caller: .root(accountID: DemoLab.productionAccountID), in: &lab)
            try service.attachRolePolicy(roleName: "Bench", policyArn: "arn:aws:iam::111122223333:policy/PolicyForRole",
                                         caller: .root(accountID: DemoLab.productionAccountID), in: &lab)
            return try service.createAccessKey(caller: .root(accountID: DemoLab.productionAccountID), in: &lab)
        }
        let endpoint = QueryEndpoint(store: store, service: service)
        let workloads: [(String, [(String, String)])] = [
            ("GetRole", [("Action", "GetRole"), ("Version", "2010-05-08"), ("RoleName", "Bench")]),
            ("SimulatePrincipalPolicy", [("Action", "SimulatePrincipalPolicy"), ("Version", "2010-05-08"),
                                         ("PolicySourceArn", "arn:aws:iam::111122223333:role/Bench"),
                                         ("ActionNames.member.1", "s3:ListBucket"), ("ActionNames.member.2", "iam:CreateUser"),
                                         ("ResourceArns.member.1", "arn:aws:s3:::example_bucket")]),
        ]
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
        let body = fields.map { "\(FormEncoding.escape($0.0))=\(FormEncoding.escape($0.1))" }.joined(separator: "&")
        let amzDate = SigV4Time.format(Int(Date().timeIntervalSince1970))
        var request = SignedRequest(method: "POST", path: "/", query: "",
                                    headers: [("Host", "127.0.0.1:4566"), ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
                                              ("X-Amz-Date", amzDate)], body: Array(body.utf8))
        let credential = SigV4Credential(accessKeyID: key.accessKeyID, scopeDate: String(amzDate.prefix(8)), region: "us-east-1", service: "iam",
                                         signedHeaders: ["content-type", "host", "x-amz-date"], signature: "", amzDate: amzDate,
                                         securityToken: nil, expires: nil)
        let signature = SigV4Verifier.signature(for: request, credential: credential, secret: key.secretAccessKey)
        request.headers.append(("Authorization", "AWS4-HMAC-SHA256 Credential=\(key.accessKeyID)/\(credential.scope), "
                                    + "SignedHeaders=content-type;host;x-amz-date, Signature=\(signature)"))
        request.headers.append(("Content-Length", String(body.utf8.count)))
        return request
    }
}
