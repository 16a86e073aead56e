// A child process for RoleStoreTests: makes commits on a store and acknowledges each on
// stdout only after `write` returned, so the tests can kill it anywhere and then check that
// every acknowledged commit survived.
//
//   store-worker mutate STORE WORKER COUNT   COUNT commits of one ~1 KB role each
//   store-worker mutate-nosync STORE WORKER COUNT   the same with StoreDurability.processCrashOnly
//   store-worker chain STORE COUNT           commits of two roles plus a counter, atomically
//   store-worker hold STORE SECONDS          holds the write lock, prints LOCKED, sleeps
import Foundation
import IAMKit
import RoleStore

/// A role-like record of about 1 KB; the tests decode the fields they check.
struct WorkerRole: LabRecord {
    static let kind = RecordKind.role
    var accountID: String
    var roleName: String
    var sequence: Int
    var trustPolicy: String
    var recordKey: RecordKey { RecordKey(kind: .role, scope: accountID, name: roleName) }
}

let account = "111122223333"
let trust = String(repeating: "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::444455556666:root\"}}", count: 12)

func acknowledge(_ line: String) {
    // Unbuffered, so the line is out before the next commit starts.
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func run(_ arguments: [String]) throws -> Int32 {
    guard arguments.count >= 3 else { return 2 }
    let durability: StoreDurability = arguments[1].hasSuffix("-nosync") ? .processCrashOnly : .full
    let store = try LabStore(path: arguments[2], lockTimeout: 60, durability: durability)
    switch arguments[1] {
    case "mutate", "mutate-nosync":
        guard arguments.count == 5, let count = Int(arguments[4]) else { return 2 }
        let worker = arguments[3]
        for index in 0..<count {
            let name = "w\(worker)-\(index)"
            try store.write { repo in
                try repo.put(WorkerRole(accountID: account, roleName: name, sequence: index, trustPolicy: trust))
            }
            acknowledge("ACK \(name)")
        }
    case "chain":
        guard arguments.count == 4, let count = Int(arguments[3]) else { return 2 }
        for index in 1...count {
            try store.write { repo in
                let counter = try repo.record(WorkerRole.self, at: RecordKey(kind: .role, scope: account, name: "counter"))
                let next = (counter?.sequence ?? 0) + 1
                try repo.put(WorkerRole(accountID: account, roleName: "a-\(next)", sequence: next, trustPolicy: trust))
                try repo.put(WorkerRole(accountID: account, roleName: "b-\(next)", sequence: next, trustPolicy: trust))
                try repo.put(WorkerRole(accountID: account, roleName: "counter", sequence: next, trustPolicy: ""))
            }
            acknowledge("ACK \(index)")
        }
    case "hold":
        guard arguments.count == 4, let seconds = Double(arguments[3]) else { return 2 }
        try store.write { _ in
            acknowledge("LOCKED")
            Thread.sleep(forTimeInterval: seconds)
        }
    default:
        return 2
    }
    return 0
}

do {
    exit(try run(CommandLine.arguments))
} catch {
    FileHandle.standardError.write(Data("store-worker: \(error)\n".utf8))
    exit(1)
}
