import Foundation
import IAMKit
import Testing
@testable import RoleStore

/// Values the domain derives from records (a caller's policies) are kept by a store between read
/// transactions, and must never outlive a change to any record: a simulator that evaluated a
/// policy the lab no longer holds would be more generous (or stricter) than AWS.
struct DerivedValueTests {
    /// Counts the times a value was made.
    final class Counter: @unchecked Sendable {
        var count = 0
    }

    static func derive(_ repo: some LabRepository, _ counter: Counter, key: String = "k") throws -> Int {
        try repo.derived(DerivedKey(purpose: .policySources, accountID: "111122223333", name: key)) { () throws(ServiceError) -> Int in
            counter.count += 1
            return counter.count
        }
    }

    @Test func aReadKeepsADerivedValueUntilARecordChanges() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        let counter = Counter()
        #expect(try store.read { try Self.derive($0, counter) } == 1)
        #expect(try store.read { try Self.derive($0, counter) } == 1)
        #expect(try store.read { try Self.derive($0, counter, key: "other") } == 2)
        // A commit that changes nothing (audit only) keeps them; one that changes a record does not.
        try store.appendAudit([AuditFixture.createRole()])
        #expect(try store.read { try Self.derive($0, counter) } == 1)
        try store.write { repo in try repo.put(Fixture.role("S3-Readers")) }
        #expect(try store.read { try Self.derive($0, counter) } == 3)
        #expect(try store.read { try Self.derive($0, counter, key: "other") } == 4)
    }

    @Test func anotherProcessesCommitForgetsThem() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        let other = try LabStore(path: directory.path)
        let counter = Counter()
        #expect(try store.read { try Self.derive($0, counter) } == 1)
        try other.write { repo in try repo.put(Fixture.role("S3-Readers")) }
        #expect(try store.read { try Self.derive($0, counter) } == 2)
        // A restored or compacted change log is trusted for nothing, derived values included.
        try other.write { repo in try repo.remove(Fixture.roleKey("s3-readers")) }
        #expect(try store.read { try Self.derive($0, counter) } == 3)
    }

    @Test func aWriteNeitherUsesNorKeepsThem() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        let counter = Counter()
        #expect(try store.read { try Self.derive($0, counter) } == 1)
        // A write body sees its own changes, which no kept value knows of.
        let inWrite = try store.write { repo -> Int in
            try repo.put(Fixture.role("S3-Readers"))
            return try Self.derive(repo, counter)
        }
        #expect(inWrite == 2)
        #expect(try store.read { try Self.derive($0, counter) } == 3)
    }

    @Test func errorsAreNotKept() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        var attempts = 0
        for _ in 0..<2 {
            #expect(throws: ServiceError.self) {
                try store.read { repo in
                    try repo.derived(DerivedKey(purpose: .policySources, accountID: "111122223333", name: "failing")) { () throws(ServiceError) -> Int in
                        attempts += 1
                        throw ServiceError.serviceFailure("unreadable")
                    }
                }
            }
        }
        #expect(attempts == 2)
    }

    @Test func keptValuesAreBounded() throws {
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        let counter = Counter()
        try store.read { repo in
            for index in 0...RecordCache.derivedLimit { _ = try Self.derive(repo, counter, key: "k\(index)") }
        }
        // Past the bound everything kept went, so the first key is made again.
        #expect(try store.read { try Self.derive($0, counter, key: "k0") } == RecordCache.derivedLimit + 2)
    }

    // The domain's use: a simulation through one long-lived store (as the server keeps it) sees
    // every change to the principal's policies, whoever made it.
    static let account = "111122223333"
    static let root = Caller.root(accountID: account)
    static let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]}"#
    static let listBucket = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}"#
    static let denyListBucket = #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:ListBucket","Resource":"*"}]}"#

    static func decision(_ service: IAMService, _ store: LabStore, principal: String) throws -> String {
        try store.read { repo in
            try service.simulatePrincipalPolicy(policySourceArn: principal, actionNames: ["s3:ListBucket"], caller: root, in: repo)[0].evalDecision
        }
    }

    @Test func aSimulationSeesEveryPolicyChangeAtOnce() throws {
        let directory = try TemporaryDirectory()
        let service = IAMService(clock: FixedClock(Timestamp(secondsSince1970: 1_764_400_000)), ids: SeededIDGenerator(seed: 5), passwordRounds: 1_000)
        let server = try LabStore(path: directory.path)
        let cli = try LabStore(path: directory.path)
        try server.write { lab in
            try service.createAccount(Self.account, in: &lab)
            _ = try service.createRole(roleName: "Readers", assumeRolePolicyDocument: Self.trust, caller: Self.root, in: &lab)
            _ = try service.createUser(userName: "alice", caller: Self.root, in: &lab)
        }
        let role = "arn:aws:iam::111122223333:role/Readers", user = "arn:aws:iam::111122223333:user/alice"
        #expect(try Self.decision(service, server, principal: role) == "implicitDeny")
        #expect(try Self.decision(service, server, principal: user) == "implicitDeny")
        // Another process grants, the server sees it.
        try cli.write { lab in
            try service.putRolePolicy(roleName: "Readers", policyName: "list", policyDocument: Self.listBucket, caller: Self.root, in: &lab)
            try service.putUserPolicy(userName: "alice", policyName: "list", policyDocument: Self.listBucket, caller: Self.root, in: &lab)
        }
        #expect(try Self.decision(service, server, principal: role) == "allowed")
        #expect(try Self.decision(service, server, principal: user) == "allowed")
        // The server's own change (a deny added), then another process's removal of the grant.
        try server.write { lab in
            try service.putRolePolicy(roleName: "Readers", policyName: "deny", policyDocument: Self.denyListBucket, caller: Self.root, in: &lab)
        }
        #expect(try Self.decision(service, server, principal: role) == "explicitDeny")
        try cli.write { lab in try service.deleteUserPolicy(userName: "alice", policyName: "list", caller: Self.root, in: &lab) }
        #expect(try Self.decision(service, server, principal: user) == "implicitDeny")
        // Inside a write, the body's own change counts before it is committed.
        let inWrite = try server.write { lab -> String in
            try service.deleteRolePolicy(roleName: "Readers", policyName: "deny", caller: Self.root, in: &lab)
            return try service.simulatePrincipalPolicy(policySourceArn: role, actionNames: ["s3:ListBucket"], caller: Self.root, in: lab)[0].evalDecision
        }
        #expect(inWrite == "allowed")
        #expect(try Self.decision(service, server, principal: role) == "allowed")
    }
}
