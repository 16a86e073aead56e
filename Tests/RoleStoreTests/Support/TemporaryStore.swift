import Foundation
import IAMKit
@testable import RoleStore

/// A fresh directory under the system temp dir, removed when the test ends.
final class TemporaryDirectory {
    let path: String

    init(_ label: String = "store") throws {
        path = NSTemporaryDirectory() + "rolecall-\(label)-\(getpid())-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// A path inside the directory (not created).
    func child(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// A role-like record of about 1 KB, like the IAM roles the domain will store.
struct SampleRole: LabRecord {
    static let kind = RecordKind.role
    var accountID: String
    var roleName: String
    var sequence: Int = 0
    var description: String = "Lets the developers of account 444455556666 read the S3 buckets"
    var createDate = Date(timeIntervalSince1970: 1_700_000_000)
    var path: String = "/service/"
    var tags: [String: String] = ["team": "platform", "cost-center": "1234"]
    var trustPolicy: String = SampleRole.defaultTrust
    var recordKey: RecordKey { RecordKey(kind: .role, scope: accountID, name: roleName.lowercased()) }

    static let defaultTrust = """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:root"},\
        "Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}
        """ + String(repeating: " ", count: 500)
}

/// The fields of the worker's records the tests check.
struct WorkerRoleProbe: LabRecord {
    static let kind = RecordKind.role
    var accountID: String
    var roleName: String
    var sequence: Int
    var recordKey: RecordKey { RecordKey(kind: .role, scope: accountID, name: roleName) }
}

/// A user record, to check kinds live apart.
struct SampleUser: LabRecord {
    static let kind = RecordKind.user
    var accountID: String
    var userName: String
    var recordKey: RecordKey { RecordKey(kind: .user, scope: accountID, name: userName.lowercased()) }
}

enum Fixture {
    static let account = "111122223333"
    static let workerAccount = "111122223333"

    static func role(_ name: String, sequence: Int = 0) -> SampleRole {
        SampleRole(accountID: account, roleName: name, sequence: sequence)
    }

    static func roleKey(_ name: String) -> RecordKey {
        RecordKey(kind: .role, scope: account, name: name.lowercased())
    }

    /// Every regular file under `path` with its bytes and modification time, except the
    /// lock file (a write transaction records its pid there even when it commits nothing).
    static func snapshot(_ path: String) throws -> [String: (Data, Date)] {
        var result: [String: (Data, Date)] = [:]
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let relative = enumerator?.nextObject() as? String {
            let full = path + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                  relative != "store.lock" else { continue }
            let attributes = try FileManager.default.attributesOfItem(atPath: full)
            result[relative] = (try Data(contentsOf: URL(fileURLWithPath: full)), attributes[.modificationDate] as? Date ?? .distantPast)
        }
        return result
    }

    static func sameSnapshot(_ a: [String: (Data, Date)], _ b: [String: (Data, Date)]) -> Bool {
        a.count == b.count && a.allSatisfy { key, value in
            guard let other = b[key] else { return false }
            return other.0 == value.0 && other.1 == value.1
        }
    }
}
