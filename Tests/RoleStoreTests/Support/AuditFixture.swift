import Foundation
import IAMPolicy
import RoleStore

enum AuditFixture {
    static let time = Date(timeIntervalSince1970: 1_764_400_000)  // 2025-11-29T07:06:40Z

    static let admin = AuditIdentity(type: .iamUser, principalID: "AIDAEXAMPLEADMIN00001",
                                     arn: "arn:aws:iam::111122223333:user/admin", accountID: "111122223333",
                                     accessKeyID: "AKIAEXAMPLEADMIN0001", userName: "admin")

    static func createRole() -> AuditEvent {
        AuditEvent(eventTime: time, eventSource: .iam, eventName: "CreateRole", userIdentity: admin,
                   requestParameters: ["roleName": "s3-readers", "assumeRolePolicyDocument": "{}"],
                   outcome: .success(responseElements: ["role": ["roleName": "s3-readers"]]),
                   readOnly: false, recipientAccountID: "111122223333", requestID: "req-1", eventID: "evt-1")
    }

    /// Every line of every audit file, parsed.
    static func lines(in storePath: String) throws -> [JSONValue] {
        let directory = storePath + "/audit"
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return try files.sorted().flatMap { name in
            try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
                .split(separator: "\n").map { try JSONParser.parse(String($0)) }
        }
    }
}
