import Foundation
import IAMKit
import Testing
@testable import RoleStore

/// The file store behaves as IAMKit's in-memory lab does: the same IAM operations give the
/// same results, and the records survive a reopen. (CreateRole, AttachRolePolicy,
/// PutRolePolicy, DeleteRole: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html)
struct IAMKitContractTests {
    static let account = "111122223333"
    static let caller = Caller.root(accountID: account)
    static let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":"sts:AssumeRole"}]}"#
    static let document = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}"#

    /// A short admin session; returns the role names listed at the end and the error of a duplicate create.
    static func session(in lab: inout some LabRepository) throws -> (names: [String], duplicate: String) {
        let service = IAMService(clock: FixedClock(Timestamp(secondsSince1970: 1_764_400_000)), ids: SeededIDGenerator(seed: 3), passwordRounds: 1_000)
        try service.createAccount(account, in: &lab)
        try service.createAccount("444455556666", in: &lab)
        for name in ["Readers", "writers", "auditors"] {
            _ = try service.createRole(roleName: name, assumeRolePolicyDocument: trust, caller: caller, in: &lab)
        }
        try service.attachRolePolicy(roleName: "Readers", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess", caller: caller, in: &lab)
        try service.putRolePolicy(roleName: "writers", policyName: "s3", policyDocument: document, caller: caller, in: &lab)
        try service.deleteRole(roleName: "auditors", caller: caller, in: &lab)
        var duplicate = ""
        do {
            _ = try service.createRole(roleName: "READERS", assumeRolePolicyDocument: trust, caller: caller, in: &lab)
        } catch {
            duplicate = "\(error)"
        }
        let names = try service.listRoles(caller: caller, in: lab).items.map(\.roleName)
        return (names, duplicate)
    }

    @Test func theFileStoreGivesTheSameResultsAsTheInMemoryLab() throws {
        var memory = InMemoryLab()
        let expected = try Self.session(in: &memory)
        let directory = try TemporaryDirectory()
        let store = try LabStore(path: directory.path)
        let actual = try store.write { repo in try Self.session(in: &repo) }
        #expect(actual.names == expected.names)
        #expect(actual.names == ["Readers", "writers"])
        #expect(actual.duplicate == expected.duplicate)
        let reopened = try LabStore(path: directory.path)
        let roles = try reopened.read { try $0.records(Role.self, in: Self.account) }
        #expect(roles == (try memory.records(Role.self, in: Self.account)))
        #expect(FileManager.default.fileExists(atPath: directory.child("111122223333/role/readers.json")))
    }
}
