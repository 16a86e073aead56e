import Foundation
import Testing
import IAMPolicy

/// The shared benchmark workload's probes give the decision AWS gives.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
@Suite("Bench workload probes")
struct BenchWorkloadTests {
    /// `../shared/bench/role-policies.json` beside the repository root.
    static let workloadURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/bench/role-policies.json").standardized

    static var workloadExists: Bool { FileManager.default.fileExists(atPath: workloadURL.path) }

    @Test(
        "every probe gets its expected decision",
        .enabled(if: workloadExists, "skipped: ../shared/bench/role-policies.json is not beside the repository"))
    func probesGetExpectedDecisions() throws {
        let json = try JSONParser.parse(String(contentsOf: Self.workloadURL, encoding: .utf8))
        let attached = try #require(json["AttachedPolicies"]?.arrayValue)
        let policies = try attached.map { entry in
            let text = JSONWriter.string(for: try #require(entry["PolicyDocument"]), style: .awsCLI)
            return NamedPolicy(name: entry["PolicyName"]?.stringValue ?? "", document: try PolicyDocument(parsing: text, kind: .managed))
        }
        #expect(policies.count == 10)
        let trustValue = try #require(json["AssumeRolePolicyDocument"])
        _ = try PolicyDocument(parsing: JSONWriter.string(for: trustValue, style: .compact), kind: .trust)
        let caller = RequestPrincipal.assumedRole(
            sessionARN: try #require(json["SessionArn"]?.stringValue), roleARN: try #require(json["RoleArn"]?.stringValue))
        let probes = try #require(json["Requests"]?.arrayValue)
        #expect(probes.count == 5)
        for probe in probes {
            var context = RequestContext()
            for member in probe["context"]?.objectValue ?? [:] {
                context[member.key] = .single(member.value.stringValue ?? "")
            }
            let request = AuthorizationRequest(
                principal: caller, action: try #require(probe["action"]?.stringValue),
                resource: try #require(probe["resource"]?.stringValue), context: context)
            let set = PolicySet(identityPolicies: policies)
            let decision = PolicyEvaluator.evaluate(request, against: set)
            let explained = PolicyEvaluator.evaluate(request, against: set, explain: true)
            let name = probe["name"]?.stringValue ?? "?"
            #expect(decision.outcome.rawValue == probe["expected"]?.stringValue, "probe \(name)")
            #expect(explained.outcome == decision.outcome, "probe \(name) explained")
            #expect(explained.trace.count == 100)
        }
    }
}
