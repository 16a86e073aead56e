import Exercises
import Foundation
import IAMKit
import RoleStore

/// Issue #18's goals, process start to exit with the built binary: `lab check` on one lab with an
/// exercise ≤ 50 ms, `lab class` over 30 labs ≤ 1 s. The labs run exercise 8 (the most checks)
/// and exercise 3 half solved, built in-process through the real store.
enum ExerciseBenchmarks {
    static let labCount = 30
    static let runs = 15

    static func run() {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rolecall").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("exercises: no rolecall binary at \(binary); run `swift build -c release` first")
            return
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rolecall-bench-class-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        do {
            for index in 0..<labCount {
                try makeLab(at: "\(directory)/trainee-\(index)", exercise: index % 2 == 0 ? "8" : "3")
            }
        } catch {
            print("exercises: could not build the labs: \(error)")
            return
        }
        let environment = ["ROLECALL_NOW=2026-12-06T09:00:00Z", "HOME=/tmp", "PATH=/usr/bin:/bin"]
        let check = measure { CLIBenchmarks.spawn(binary, ["--store", "\(directory)/trainee-0", "lab", "check"], environment) }
        let classView = measure { CLIBenchmarks.spawn(binary, ["lab", "class", "--labs", "\(directory)/*"], environment) }
        var load = [Double](repeating: 0, count: 3)
        _ = getloadavg(&load, 3)
        print("exercises: lab check (exercise 8, one lab) median \(CLIBenchmarks.format(check.wall)) ms wall, "
            + "\(CLIBenchmarks.format(check.cpu)) ms CPU over \(runs) runs (goal ≤ 50 ms)")
        print("exercises: lab class (\(labCount) labs)         median \(CLIBenchmarks.format(classView.wall)) ms wall, "
            + "\(CLIBenchmarks.format(classView.cpu)) ms CPU over \(runs) runs (goal ≤ 1000 ms)")
        print("exercises: load average \(String(format: "%.1f", load[0])) (wall time on a loaded machine is mostly waiting for a CPU)")
    }

    /// Median wall and CPU (user + system of the child) milliseconds of `runs` runs of `body`.
    static func measure(_ body: () -> Double) -> (wall: Double, cpu: Double) {
        var walls: [Double] = []
        var cpus: [Double] = []
        for _ in 0..<runs {
            let before = childCPU()
            walls.append(body())
            cpus.append(childCPU() - before)
        }
        return (CLIBenchmarks.median(walls), CLIBenchmarks.median(cpus))
    }

    /// CPU milliseconds used by waited-for children so far.
    static func childCPU() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        let seconds = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        return seconds * 1000 + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
    }

    /// One trainee's lab with exercise `number` started (exercise 3 with its first task solved).
    static func makeLab(at path: String, exercise number: String) throws {
        let store = try LabStore(path: path, create: true, durability: .processCrashOnly)
        let service = IAMService(clock: FixedClock(Timestamp(secondsSince1970: 1_796_547_600)), ids: SeededIDGenerator(seed: 7))
        let found = try BuiltInExercises.find(number)
        try store.write { lab in
            try lab.put(LabSettings(schemaVersion: StoreManifest.currentSchemaVersion))
            try ExerciseSetup(service: service).prepare(found.document, number: found.number, in: &lab)
            if number == "3" {
                let grant = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::111122223333:role/Test-UserAccess-Role"}]}"#
                try service.putGroupPolicy(groupName: "Developers", policyName: "Switch", policyDocument: grant,
                                           caller: .root(accountID: "123456789012"), in: &lab)
            }
        }
    }
}
