import Foundation
import IAMKit

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
