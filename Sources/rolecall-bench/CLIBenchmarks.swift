import Foundation
import IAMKit
import RoleStore

/// Times one CLI call of the built `rolecall` binary, process start to exit (posix_spawn +
/// waitpid), on a lab of 5,000 roles: issue #4 asks ≤ 30 ms median for `iam get-role` and
/// ≤ 40 ms for `iam create-role`. Build with `swift build -c release` first; the binary is
/// looked up next to this one.
enum CLIBenchmarks {
    static let roleCount = 5_000
    static let runs = 31

    static func run() {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rolecall").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("cli: no rolecall binary at \(binary); run `swift build -c release` first")
            return
        }
        // ROLECALL_BENCH_LAB=DIR keeps the lab (built once) for profiling by hand.
        let kept = ProcessInfo.processInfo.environment["ROLECALL_BENCH_LAB"]
        let directory = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("rolecall-bench-cli-\(getpid())").path
        defer { if kept == nil { try? FileManager.default.removeItem(atPath: directory) } }
        if !FileManager.default.fileExists(atPath: directory + "/store.json") {
            let started = Date()
            do {
                try makeLab(at: directory)
            } catch {
                print("cli: could not build the lab: \(error)")
                return
            }
            print("cli: lab of \(roleCount) roles built in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        }
        let environment = ["ROLECALL_STORE=\(directory)", "ROLECALL_NOW=2026-11-29T08:00:00Z", "HOME=/tmp", "PATH=/usr/bin:/bin"]
        let getRole = median((0..<runs).map { index in
            spawn(binary, ["iam", "get-role", "--role-name", "role-\(index * 97 % roleCount)"], environment)
        })
        let createRole = median((0..<runs).map { index in
            spawn(binary, ["iam", "create-role", "--role-name", "bench-\(getpid())-\(index)", "--assume-role-policy-document", trustPolicy], environment)
        })
        print("cli: iam get-role    median \(format(getRole)) ms over \(runs) runs (goal ≤ 30 ms)")
        print("cli: iam create-role median \(format(createRole)) ms over \(runs) runs (goal ≤ 40 ms)")
    }

    static let trustPolicy = #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}}"#

    /// 5,000 roles in one account, written through the real store in one transaction.
    static func makeLab(at path: String) throws {
        // Building the lab is not what is measured: skip fsync here; the timed calls use full durability.
        let store = try LabStore(path: path, create: true, durability: .processCrashOnly)
        let service = IAMService(clock: FixedClock(Timestamp(secondsSince1970: 1_795_939_200)), ids: SeededIDGenerator(seed: 7))
        try store.write { lab in
            try lab.put(LabSettings(currentAccountID: "111122223333"))
            try service.createAccount("111122223333", alias: "production", in: &lab)
            try service.createAccount("123456789012", alias: "development", in: &lab)
            // 5,000 roles in one account, and more created by the timed calls: a raised quota.
            try service.raiseQuota(.rolesPerAccount, to: 100_000, for: "111122223333", in: &lab)
            let root = Caller.root(accountID: "111122223333")
            for index in 0..<roleCount {
                _ = try service.createRole(roleName: "role-\(index)", assumeRolePolicyDocument: trustPolicy, caller: root, in: &lab)
            }
        }
    }

    /// Wall time of one run in milliseconds, from posix_spawn to waitpid; output discarded.
    static func spawn(_ binary: String, _ arguments: [String], _ environment: [String]) -> Double {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, binary, &actions, nil, argv, envp) == 0 else { return .infinity }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
