import Foundation
import IAMKit
import RoleStore

/// RoleStore's figures (issue #3): durable operations per second, opening and reading a large
/// store, one durable mutation on it, and resident memory. Run with
/// `swift run -c release rolecall-bench`; every figure is a median of several runs.
enum StoreBenchmarks {
    /// A role as the domain stores it, about 1 KB of JSON.
    struct Role: LabRecord {
        static let kind = RecordKind.role
        var accountID: String
        var roleName: String
        var roleID: String
        var path = "/"
        var description = "Lets developers of the trusted account read the production S3 buckets"
        var createDate: Date
        var maxSessionDuration = 3600
        var assumeRolePolicyDocument: String
        var attachedPolicyARNs: [String] = []
        var inlinePolicies: [String: String] = [:]
        var tags: [String: String] = [:]
        var recordKey: RecordKey { RecordKey(kind: .role, scope: accountID, name: roleName.lowercased()) }
    }

    /// A unique-ID index entry (CreateRole writes one beside the role).
    struct UniqueID: LabRecord {
        static let kind = RecordKind.uniqueID
        var id: String
        var arn: String
        var recordKey: RecordKey { RecordKey(kind: .uniqueID, scope: RecordKey.labScope, name: id) }
    }

    /// A customer managed policy with one version.
    struct Policy: LabRecord {
        static let kind = RecordKind.policy
        var accountID: String
        var policyName: String
        var defaultVersionID = "v1"
        var document: String
        var recordKey: RecordKey { RecordKey(kind: .policy, scope: accountID, name: policyName.lowercased()) }
    }

    /// A user.
    struct User: LabRecord {
        static let kind = RecordKind.user
        var accountID: String
        var userName: String
        var userID: String
        var createDate: Date
        var recordKey: RecordKey { RecordKey(kind: .user, scope: accountID, name: userName.lowercased()) }
    }

    static let account = "111122223333"
    static let date = Date(timeIntervalSince1970: 1_764_400_000)
    static let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}"#
    static let document = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::lab-bucket","arn:aws:s3:::lab-bucket/*"]}]}"#

    static func role(_ index: Int) -> Role {
        Role(accountID: account, roleName: "role-\(index)", roleID: uniqueID("AROA", index), createDate: date,
             assumeRolePolicyDocument: trust, attachedPolicyARNs: ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
             inlinePolicies: ["s3": document], tags: ["team": "platform", "index": "\(index)"])
    }

    static func uniqueID(_ prefix: String, _ index: Int) -> String {
        let digits = String(index)
        return prefix + String(repeating: "X", count: 17 - digits.count) + digits
    }

    /// Runs every store benchmark and prints its figures.
    static func run() {
        do {
            print("== RoleStore (JSON files, one fsynced journaled commit per operation) ==")
            try measureFsyncBaseline()
            if ProcessInfo.processInfo.environment["ROLECALL_BENCH_SKIP_OPS"] == nil { try measureDurableOperations() }
            try measureLargeStore()
        } catch {
            print("store benchmarks failed: \(error)")
        }
    }
}
