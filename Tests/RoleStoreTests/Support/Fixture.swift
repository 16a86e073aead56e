import Foundation
import IAMKit
@testable import RoleStore

/// Shared values and file helpers for the store tests.
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
