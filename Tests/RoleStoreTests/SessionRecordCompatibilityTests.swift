import Foundation
import IAMKit
import Testing
@testable import RoleStore

/// A store written before session tags (its role-session records have no `tags` and no
/// `transitiveTagKeys`) still opens, and its sessions' credentials still work; a tagged session
/// survives a reopen with its tags.
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html
struct SessionRecordCompatibilityTests {
    static let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:user/alice"},"Action":["sts:AssumeRole","sts:TagSession"]}]}"#

    /// Creates alice and a role she may assume with tags, assumes it tagged, returns the key ID.
    static func assumeTagged(in store: LabStore, service: IAMService) throws -> String {
        try store.write { lab in
            let root = Caller.root(accountID: "111122223333")
            try service.createAccount("111122223333", in: &lab)
            _ = try service.createUser(userName: "alice", caller: root, in: &lab)
            _ = try service.createRole(roleName: "Target", assumeRolePolicyDocument: trust, caller: root, in: &lab)
            let result = try service.assumeRole(.init(roleArn: "arn:aws:iam::111122223333:role/Target", roleSessionName: "s1",
                                                      tags: [Tag(key: "team", value: "blue")], transitiveTagKeys: ["team"]),
                                                caller: .user("111122223333", "alice"), in: &lab)
            return result.credentials.accessKeyID
        }
    }

    /// Removes `keys` from every object in the JSON file at `path` (as an older rolecall wrote it).
    static func strip(_ keys: Set<String>, from path: String) throws {
        func clean(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter { !keys.contains($0.key) }.mapValues(clean)
            }
            if let array = value as? [Any] { return array.map(clean) }
            return value
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let cleaned = clean(try JSONSerialization.jsonObject(with: data))
        try JSONSerialization.data(withJSONObject: cleaned, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: path))
    }

    @Test func aSessionRecordWithoutSessionTagFieldsStillLoads() throws {
        let directory = try TemporaryDirectory()
        let service = IAMService(clock: FixedClock(Timestamp(secondsSince1970: 1_764_400_000)), ids: SeededIDGenerator(seed: 5), passwordRounds: 1_000)
        let keyID = try Self.assumeTagged(in: try LabStore(path: directory.path), service: service)
        let path = directory.child(try RecordPath.relativePath(for: AccessKey.key(keyID)))
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("transitiveTagKeys"))
        try Self.strip(["tags", "transitiveTagKeys"], from: path)

        let caller = try LabStore(path: directory.path).read { lab in try service.caller(accessKeyID: keyID, in: lab) }
        guard case .roleSession(let session) = caller else {
            Issue.record("expected a role session, got \(caller)")
            return
        }
        #expect(session.arn == "arn:aws:sts::111122223333:assumed-role/Target/s1")
        #expect(session.tags.isEmpty && session.transitiveTagKeys.isEmpty)
    }

    @Test func aTaggedSessionSurvivesAReopen() throws {
        let directory = try TemporaryDirectory()
        let service = IAMService(clock: FixedClock(Timestamp(secondsSince1970: 1_764_400_000)), ids: SeededIDGenerator(seed: 5), passwordRounds: 1_000)
        let keyID = try Self.assumeTagged(in: try LabStore(path: directory.path), service: service)
        let caller = try LabStore(path: directory.path).read { lab in try service.caller(accessKeyID: keyID, in: lab) }
        guard case .roleSession(let session) = caller else {
            Issue.record("expected a role session, got \(caller)")
            return
        }
        #expect(session.tags == [Tag(key: "team", value: "blue")])
        #expect(session.transitiveTagKeys == ["team"])
    }
}
