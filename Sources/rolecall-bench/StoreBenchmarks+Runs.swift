import Foundation
import IAMKit
import RoleStore

extension StoreBenchmarks {
    /// The disk's price for one fsync of a small file, so the figures below can be read on
    /// another machine: a one-record commit costs about five (journal, its directory, the
    /// record, its directory, the change log).
    static func measureFsyncBaseline() throws {
        let directory = try temporaryDirectory("fsync")
        defer { try? FileManager.default.removeItem(atPath: (directory as NSString).deletingLastPathComponent) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let fd = open(directory + "/probe", O_WRONLY | O_CREAT, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let block = [UInt8](repeating: 0x41, count: 1_024)
        let times = (0..<50).map { index in
            measure {
                _ = pwrite(fd, block, block.count, off_t(index * 1_024))
                _ = fsync(fd)
            }
        }
        print("baseline: write + fsync of 1 KiB: \(format(median(times))) median of \(times.count)")
    }

    /// 1,000 × (CreateRole, AttachRolePolicy, PutRolePolicy) through IAMService, each its own
    /// durable commit (journal + files + logs fsynced) under the store's lock.
    static func measureDurableOperations() throws {
        var rates: [Double] = []
        for _ in 0..<3 {
            let directory = try temporaryDirectory("ops")
            defer { try? FileManager.default.removeItem(atPath: (directory as NSString).deletingLastPathComponent) }
            let store = try LabStore(path: directory)
            let service = service(seed: 11)
            try prepareAccounts(store, service)
            let start = DispatchTime.now().uptimeNanoseconds
            for index in 0..<1_000 {
                try store.write { repo in try createRole(index, service, in: &repo) }
                try store.write { repo in
                    try service.attachRolePolicy(roleName: "role-\(index)", policyArn: readOnlyARN, caller: caller, in: &repo)
                }
                try store.write { repo in
                    try service.putRolePolicy(roleName: "role-\(index)", policyName: "s3-read", policyDocument: document,
                                              caller: caller, in: &repo)
                }
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            rates.append(3_000 / seconds)
        }
        print("durable IAM operations (1,000 × CreateRole, AttachRolePolicy, PutRolePolicy; a commit each): "
            + "\(Int(median(rates))) ops/s median of \(rates.count) (runs: \(rates.map { Int($0) }))")
    }

    /// A store of 5,000 roles, 1,000 policies and 500 users: open, full read, one mutation, memory.
    static func measureLargeStore() throws {
        // ROLECALL_BENCH_STORE_DIR keeps the generated store between runs (generated once).
        let kept = ProcessInfo.processInfo.environment["ROLECALL_BENCH_STORE_DIR"]
        let directory = try kept ?? temporaryDirectory("large")
        defer { if kept == nil { try? FileManager.default.removeItem(atPath: (directory as NSString).deletingLastPathComponent) } }
        if !FileManager.default.fileExists(atPath: directory + "/store.json") {
            let generation = try measure { try generateLargeStore(at: directory) }
            print("generated 5,000 roles, 1,000 policies, 500 users in \(format(generation))")
        }
        let (files, bytes) = try footprint(directory)
        print("large store: \(files) record files, \(bytes / 1024) KiB, \(bytes / max(files, 1)) B/file")
        let peakReset = resetPeakMemory()

        let opens = try (0..<9).map { _ in try measure { _ = try LabStore(path: directory) } }
        print("open (new LabStore; records read lazily): \(format(median(opens))) median of \(opens.count)")

        var cpu: [Double] = []
        let reads = try (0..<5).map { _ in
            let cpuStart = processCPUSeconds()
            defer { cpu.append(processCPUSeconds() - cpuStart) }
            return try measure {
                let store = try LabStore(path: directory)
                try store.read { repo in
                    let roles = try repo.records(Role.self, in: account)
                    let policies = try repo.records(ManagedPolicy.self, in: account)
                    let users = try repo.records(User.self, in: account)
                    guard roles.count == 5_000, policies.count == 1_000, users.count == 500 else {
                        throw BenchmarkFailure.wrongCount(roles.count, policies.count, users.count)
                    }
                }
            }
        }
        print("open + full read of all 6,500 records (decoded): \(format(median(reads))) median of \(reads.count) "
            + "(CPU time, all threads: \(format(median(cpu))))")

        let store = try LabStore(path: directory)
        let service = service(seed: 13)
        var counter = 0
        let mutations = try (0..<50).map { _ in
            try measure {
                counter += 1
                try store.write { repo in
                    try service.tagRole(roleName: "role-\(counter % 5_000)", tags: [Tag(key: "touched", value: "\(counter)")],
                                        caller: caller, in: &repo)
                }
            }
        }
        print("one durable TagRole on the large store (open instance): \(format(median(mutations))) median of \(mutations.count)")
        let cold = try (0..<9).map { index in
            try measure {
                try LabStore(path: directory).write { repo in
                    _ = try service.updateRoleDescription(roleName: "role-\(index)", description: "changed \(index)",
                                                          caller: caller, in: &repo)
                }
            }
        }
        print("open + one durable UpdateRoleDescription (a CLI command's store work): \(format(median(cold))) median of \(cold.count)")
        let peak = peakMemory().map { "\($0 / 1024) MiB" } ?? "unavailable"
        print("resident memory peak (VmHWM\(peakReset ? ", reset after generating" : ", includes generator")): \(peak)")
    }

    enum BenchmarkFailure: Error {
        case wrongCount(Int, Int, Int)
    }

    /// Writes the large store through IAMService, 500 operations per commit (memory stays flat).
    static func generateLargeStore(at directory: String) throws {
        let store = try LabStore(path: directory)
        let service = service(seed: 17)
        try prepareAccounts(store, service)
        for batch in stride(from: 0, to: 5_000, by: 500) {
            try store.write { repo in
                for index in batch..<batch + 500 {
                    try createRole(index, service, in: &repo)
                    try service.attachRolePolicy(roleName: "role-\(index)", policyArn: readOnlyARN, caller: caller, in: &repo)
                    try service.putRolePolicy(roleName: "role-\(index)", policyName: "s3-read", policyDocument: document,
                                              caller: caller, in: &repo)
                }
            }
        }
        try store.write { repo in
            for index in 0..<1_000 {
                _ = try service.createPolicy(policyName: "policy-\(index)", policyDocument: document, caller: caller, in: &repo)
            }
        }
        try store.write { repo in
            for index in 0..<500 { _ = try service.createUser(userName: "user-\(index)", caller: caller, in: &repo) }
        }
    }

    static func measure(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    static func format(_ seconds: Double) -> String {
        seconds < 1 ? String(format: "%.2f ms", seconds * 1_000) : String(format: "%.2f s", seconds)
    }

    static func temporaryDirectory(_ label: String) throws -> String {
        let path = NSTemporaryDirectory() + "rolecall-bench-\(label)-\(getpid())-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path + "/lab"
    }

    /// Record files and their total size.
    static func footprint(_ directory: String) throws -> (files: Int, bytes: Int) {
        var files = 0
        var bytes = 0
        for relative in try FileManager.default.subpathsOfDirectory(atPath: directory) where relative.hasSuffix(".json") && relative != "store.json" {
            files += 1
            bytes += (try FileManager.default.attributesOfItem(atPath: directory + "/" + relative)[.size] as? Int) ?? 0
        }
        return (files, bytes)
    }

    /// Resets VmHWM (Linux ≥ 4.0: writing 5 to clear_refs) so the peak excludes the generator.
    static func resetPeakMemory() -> Bool {
        let fd = open("/proc/self/clear_refs", O_WRONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return write(fd, "5", 1) == 1
    }

    /// User + system CPU seconds of the whole process (the read decodes on every core).
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// VmHWM in KiB.
    static func peakMemory() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "")
        }
        return nil
    }
}
