import Foundation
import IAMPolicy

/// Policy-engine figures on the shared workload `../shared/bench/role-policies.json` (read as is):
/// evaluations per second for the probes and parse+validate throughput for ~1 KB documents.
enum PolicyBenchmarks {
    static let runs = 7

    static func run() {
        guard let workload = loadWorkload() else { return }
        print("policy engine — workload \(workload.path)")
        print("  \(workload.policies.count) attached policies, \(workload.policies.reduce(0) { $0 + $1.document.statements.count }) statements")
        let policySet = PolicySet(identityPolicies: workload.policies)
        for probe in workload.probes {
            let decision = PolicyEvaluator.evaluate(probe.request, against: policySet)
            let verdict = decision.outcome.rawValue == probe.expected ? "ok" : "MISMATCH (expected \(probe.expected))"
            print("  probe \(probe.name): \(decision.outcome.rawValue) \(verdict)")
        }
        if ProcessInfo.processInfo.environment["ROLECALL_BENCH_PROFILE"] == "parse" {
            // Profiling aid: parse only.
        } else if let main = workload.probes.first(where: { $0.name == "allow_listbucket" }) ?? workload.probes.first {
            let iterations = 1_000_000
            let rate = median(runs) {
                measureRate(iterations) { PolicyEvaluator.evaluate(main.request, against: policySet).isAllowed }
            }
            print("  evaluate \(main.name) (request built once): \(format(rate)) evaluations/s (median of \(runs) runs × \(iterations))")
            if ProcessInfo.processInfo.environment["ROLECALL_BENCH_PROFILE"] == "evaluate" { return }
            let withRequest = median(runs) {
                measureRate(iterations / 2) {
                    let request = AuthorizationRequest(
                        principal: main.request.principal, action: main.request.action, resource: main.request.resource,
                        context: main.request.context)
                    return PolicyEvaluator.evaluate(request, against: policySet).isAllowed
                }
            }
            print("  evaluate \(main.name) (request built each time): \(format(withRequest)) evaluations/s")
            let explained = median(runs) {
                measureRate(iterations / 20) { PolicyEvaluator.evaluate(main.request, against: policySet, explain: true).isAllowed }
            }
            print("  evaluate \(main.name) with explain trace: \(format(explained)) evaluations/s")
            let allProbes = median(runs) {
                measureRate(iterations / 5) {
                    var allowed = false
                    for probe in workload.probes { allowed = PolicyEvaluator.evaluate(probe.request, against: policySet).isAllowed != allowed }
                    return allowed
                }
            }
            print("  evaluate all \(workload.probes.count) probes in turn: \(format(allProbes * Double(workload.probes.count))) evaluations/s")
        }
        let documents = oneKilobyteDocuments(workload)
        let averageSize = documents.reduce(0) { $0 + $1.utf8.count } / max(documents.count, 1)
        let parseRate = median(runs) {
            measureRate(20_000) { iteration in
                (try? PolicyDocument(parsing: documents[iteration % documents.count], kind: .managed)) != nil
            }
        }
        // The evaluation form is compiled on first use, so `PolicyDocument(parsing:)` is parse +
        // validate; putting the document in a `PolicySet` compiles it.
        print("  parse+validate (PolicyDocument(parsing:kind:)) \(documents.count) distinct documents of ~\(averageSize) bytes: \(format(parseRate)) documents/s")
        let compileRate = median(runs) {
            measureRate(20_000) { iteration in
                guard let document = try? PolicyDocument(parsing: documents[iteration % documents.count], kind: .managed) else { return false }
                return PolicySet(identityPolicies: [NamedPolicy(name: "p", document: document)]).identityPolicies.count == 1
            }
        }
        print("  parse+validate+compile (PolicyDocument(parsing:kind:) then PolicySet): \(format(compileRate)) documents/s")
        let validateRate = median(runs) {
            measureRate(20_000) { iteration in
                (try? PolicyDocument.validate(documents[iteration % documents.count], kind: .managed)) != nil
            }
        }
        print("  parse+validate only (PolicyDocument.validate(_:kind:)): \(format(validateRate)) documents/s")
        let jsonRate = median(runs) {
            measureRate(20_000) { iteration in (try? JSONParser.parse(documents[iteration % documents.count])) != nil }
        }
        print("  JSON parse only (JSONParser.parse): \(format(jsonRate)) documents/s")
    }

    struct Probe {
        let name: String
        let expected: String
        let request: AuthorizationRequest
    }

    struct Workload {
        let path: String
        let policies: [NamedPolicy]
        let probes: [Probe]
        let sources: [JSONValue]
    }

    static func loadWorkload() -> Workload? {
        let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            ProcessInfo.processInfo.environment["ROLECALL_BENCH_WORKLOAD"],
            repoRoot.appendingPathComponent("../shared/bench/role-policies.json").standardized.path,
            "../shared/bench/role-policies.json",
        ].compactMap { $0 }
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }),
            let text = try? String(contentsOfFile: path, encoding: .utf8)
        else {
            print("policy engine — workload not found (tried \(candidates.joined(separator: ", "))); skipped")
            return nil
        }
        do {
            let json = try JSONParser.parse(text)
            var policies: [NamedPolicy] = []
            var sources: [JSONValue] = []
            for attached in json["AttachedPolicies"]?.arrayValue ?? [] {
                guard let name = attached["PolicyName"]?.stringValue, let document = attached["PolicyDocument"] else { continue }
                sources.append(document)
                let parsed = try PolicyDocument(parsing: JSONWriter.string(for: document, style: .awsCLI), kind: .managed)
                policies.append(NamedPolicy(name: name, document: parsed))
            }
            let roleARN = json["RoleArn"]?.stringValue ?? ""
            let principal = RequestPrincipal.assumedRole(sessionARN: json["SessionArn"]?.stringValue ?? "", roleARN: roleARN)
            let probes = (json["Requests"]?.arrayValue ?? []).map { probe in
                var context = RequestContext()
                for member in probe["context"]?.objectValue ?? [:] {
                    switch member.value {
                    case .array(let values): context[member.key] = .multiple(values.compactMap(\.stringValue))
                    default: context[member.key] = .single(member.value.stringValue ?? "")
                    }
                }
                return Probe(
                    name: probe["name"]?.stringValue ?? "?", expected: probe["expected"]?.stringValue ?? "?",
                    request: AuthorizationRequest(
                        principal: principal, action: probe["action"]?.stringValue ?? "",
                        resource: probe["resource"]?.stringValue ?? "", context: context))
            }
            return Workload(path: path, policies: policies, probes: probes, sources: sources)
        } catch {
            print("policy engine — workload unreadable: \(error)")
            return nil
        }
    }

    /// ~1 KB documents cut from the workload: the first statements of each attached policy,
    /// pretty-printed as the AWS CLI would, distinct so no cache can help.
    static func oneKilobyteDocuments(_ workload: Workload) -> [String] {
        workload.sources.flatMap { source -> [String] in
            let statements = source["Statement"]?.arrayValue ?? []
            return stride(from: 0, to: max(statements.count - 4, 1), by: 2).map { start in
                let slice = Array(statements[start..<min(start + 6, statements.count)])
                let document: JSONValue = ["Version": "2012-10-17", "Statement": .array(slice)]
                return JSONWriter.string(for: document, style: .compact)
            }
        }
    }

    /// Iterations per second of this thread's CPU time: the machine is shared, so wall time
    /// would measure the neighbours; CPU time measures one core's worth of work.
    static func measureRate(_ iterations: Int, _ body: (Int) -> Bool) -> Double {
        var sink = 0
        let start = threadCPUSeconds()
        for iteration in 0..<iterations where body(iteration) { sink &+= 1 }
        let seconds = threadCPUSeconds() - start
        if sink == -1 { print(sink) }
        return Double(iterations) / max(seconds, 1e-9)
    }

    static func measureRate(_ iterations: Int, _ body: () -> Bool) -> Double {
        measureRate(iterations) { (_: Int) in body() }
    }

    static func median(_ count: Int, _ sample: () -> Double) -> Double {
        let samples = (0..<count).map { _ in sample() }.sorted()
        return samples[samples.count / 2]
    }

    static func format(_ rate: Double) -> String {
        let whole = Int(rate.rounded())
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        return digits + grouped
    }
}
