import Foundation
import IAMKit
import RoleStore

/// RoleStore's figures (issue #3) with real IAMKit operations and records: durable operations
/// per second, opening and reading a large store, one durable mutation on it, and resident
/// memory. Run with `swift run -c release rolecall-bench store`; figures are medians.
enum StoreBenchmarks {
    static let account = "111122223333"
    static let trustedAccount = "444455556666"
    static let caller = Caller.root(accountID: account)
    static let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}"#
    static let document = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::lab-bucket","arn:aws:s3:::lab-bucket/*"]}]}"#
    static let readOnlyARN = "arn:aws:iam::aws:policy/ReadOnlyAccess"

    /// A service with pinned time and seeded IDs, so every run writes the same records.
    static func service(seed: UInt64) -> IAMService {
        IAMService(clock: FixedClock(Timestamp(secondsSince1970: 1_764_400_000)), ids: SeededIDGenerator(seed: seed))
    }

    /// The lab's two accounts, created in one commit.
    static func prepareAccounts(_ store: LabStore, _ service: IAMService) throws {
        try store.write { repo in
            _ = try service.createAccount(account, in: &repo)
            _ = try service.createAccount(trustedAccount, in: &repo)
            // 5,000 roles in one account: its quota raised, as AWS raises it on request.
            try service.raiseQuota(.rolesPerAccount, to: 100_000, for: account, in: &repo)
        }
    }

    /// CreateRole as the benchmarks issue it (tagged, with a description, about 1 KB on disk).
    static func createRole(_ index: Int, _ service: IAMService, in repo: inout StoreTransaction) throws {
        _ = try service.createRole(roleName: "role-\(index)", assumeRolePolicyDocument: trust,
                                   description: "Lets developers of account 444455556666 read the lab buckets",
                                   tags: [Tag(key: "team", value: "platform"), Tag(key: "index", value: "\(index)")],
                                   caller: caller, in: &repo)
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
