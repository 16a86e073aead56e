@testable import AWSCommandLine
import Foundation
import IAMKit
@testable import RoleStore
import Testing

/// Every record file a lab holds is exactly what `JSONEncoder` (pretty, sorted keys, slashes
/// kept, ISO 8601 dates) writes for its record: the store's own record encoder replaced it for
/// speed, and a lab written by an earlier rolecall must not change when rewritten.
struct RecordFileFormatTests {
    @Test func everyRecordOfABusyLabIsWrittenAsJSONEncoderWritesIt() throws {
        let lab = TemporaryLab()
        #expect(lab.run(["lab", "init", "--demo"]).exitCode == .success)
        let development = ["--account", "123456789012"]
        for command in [
            ["lab", "raise-quota", "--account-id", "123456789012", "--quota-name", "RolesPerAccount", "--value", "1200"],
            development + ["iam", "create-access-key", "--user-name", "alice"],
            development + ["iam", "create-user", "--user-name", "carol", "--path", "/trainees/", "--tags", "Key=team,Value=a/b c:d=e+f@g"],
            development + ["iam", "create-login-profile", "--user-name", "carol", "--password", "Lab-Passw0rd!"],
            development + ["iam", "create-instance-profile", "--instance-profile-name", "web"],
            ["--account", "111122223333", "iam", "create-role", "--role-name", "UpdateApp", "--path", "/guide/",
             "--description", "Lets developers update the app: \"quoted\", tab\there",
             "--assume-role-policy-document", #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sts:AssumeRole", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}]}"#],
            ["--account", "111122223333", "iam", "tag-role", "--role-name", "UpdateApp", "--tags", "Key=Ünïcode,Value=日本 語", "Key=empty,Value="],
            ["--account", "111122223333", "iam", "attach-role-policy", "--role-name", "UpdateApp", "--policy-arn", "arn:aws:iam::aws:policy/ReadOnlyAccess"],
        ] {
            let result = lab.run(command)
            #expect(result.exitCode == .success, "\(command): \(result.stderr)")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        // The file, what JSONEncoder writes for its record, and what the record encoder writes
        // (directly: no record of a lab may fall back to JSONEncoder, or this would prove nothing).
        func texts<R: LabRecord>(_ type: R.Type, _ file: Data) throws -> (Data, Data) {
            let record = try JSONDecoder().decode(R.self, from: file)
            return (try encoder.encode(record) + Data("\n".utf8), Data(try RecordTextEncoder.encode(record) + [UInt8(ascii: "\n")]))
        }
        var types: [String: any LabRecord.Type] = [:]
        for type in LabBackend.recordTypes { types[type.kind.rawValue] = type }
        var compared: Set<String> = []
        for (name, contents) in lab.snapshot() {
            let parts = name.split(separator: "/")
            guard parts.count == 3, name.hasSuffix(".json"), !parts[2].hasPrefix("."), let type = types[String(parts[1])] else { continue }
            let (jsonEncoders, recordEncoders) = try texts(type, contents)
            #expect(contents == jsonEncoders, "\(name)")
            #expect(contents == recordEncoders, "\(name)")
            compared.insert(String(parts[1]))
        }
        #expect(compared.isSuperset(of: ["account", "user", "group", "role", "policy", "uniqueID", "accessKey", "instanceProfile"]),
                "\(compared.sorted())")
    }
}
