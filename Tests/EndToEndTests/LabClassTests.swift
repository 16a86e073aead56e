import Foundation
import Testing

/// `lab class`: a trainer's view of many labs, read without writing, as a table, JSON or CSV.
@Suite("rolecall lab class", .timeLimit(.minutes(2)))
struct LabClassTests {
    /// Three trainees' labs under one directory: exercise 3 untouched, exercise 3 with the grant,
    /// and a lab with no exercise.
    private func classroom() throws -> (CLIRunner, String) {
        let runner = try CLIRunner()
        let root = runner.directory.appendingPathComponent("class").path
        for (name, arguments) in [("ann", ["lab", "exercise", "start", "3"]), ("ben", ["lab", "exercise", "start", "3"]), ("cy", ["lab", "init", "--demo"])] {
            let output = try runner.run(["--store", "\(root)/\(name)"] + arguments)
            #expect(output.status == 0, "\(output.stderr)")
        }
        try runner.write("grant.json", #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"arn:aws:iam::111122223333:role/Test-UserAccess-Role"}]}"#)
        let granted = try runner.run(["--store", "\(root)/ben", "--account", "123456789012", "iam", "put-group-policy", "--group-name", "Developers",
                                      "--policy-name", "Switch", "--policy-document", "file://grant.json"])
        #expect(granted.status == 0, "\(granted.stderr)")
        return (runner, root)
    }

    @Test("One row per lab with tasks done and the task each is stuck on; nothing is written")
    func tableRowsAndReadOnly() throws {
        let (runner, root) = try classroom()
        let before = snapshot(root)
        let table = try runner.run(["lab", "class", "--labs", "\(root)/*"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Owner") == true, "\(table.stdout)")
        #expect(lines.contains { $0.contains("1/3") && $0.contains("Every developer may call") && $0.hasSuffix("/ann") }, "\(table.stdout)")
        #expect(lines.contains { $0.contains("2/3") && $0.contains("alice, signed in with MFA") && $0.hasSuffix("/ben") }, "\(table.stdout)")
        #expect(lines.contains { $0.hasSuffix("/cy") && $0.contains(" - ") }, "\(table.stdout)")
        #expect(snapshot(root) == before, "lab class wrote to a trainee's lab")
    }

    @Test("--output json and --output csv carry the same rows")
    func jsonAndCSV() throws {
        let (runner, root) = try classroom()
        let json = try runner.run(["lab", "class", "--labs", "\(root)/*", "--output", "json"])
        let labs = CLIRunner.json(json.stdout)["Labs"] as? [[String: Any]] ?? []
        #expect(labs.count == 3)
        #expect(labs.first?["TasksPassed"] as? Int == 1)
        #expect((labs.first?["Hint"] as? String)?.contains("exact ARN") == true)
        let csv = try runner.run(["lab", "class", "--labs", "\(root)/*", "--output", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let rows = csv.stdout.split(separator: "\n").map(String.init)
        #expect(rows.first == "Owner,Exercise,Done,Last activity,Stuck on,Lab")
        #expect(rows.count == 4)
        #expect(rows[2].contains(",3,2/3,"))
    }

    @Test("--watch redraws the view (two rounds here)")
    func watch() throws {
        let (runner, root) = try classroom()
        let watched = try runner.run(["lab", "class", "--labs", "\(root)/*", "--watch"],
                                     extra: ["ROLECALL_WATCH_ROUNDS": "2", "ROLECALL_WATCH_SECONDS": "0.1"])
        #expect(watched.status == 0, "\(watched.stderr)")
        #expect(watched.stdout.components(separatedBy: "Refreshed ").count == 3)
    }

    /// Every file under `root` with its bytes and modification time.
    private func snapshot(_ root: String) -> [String: String] {
        var files: [String: String] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root) else { return files }
        for case let path as String in walker {
            let full = root + "/" + path
            let attributes = try? FileManager.default.attributesOfItem(atPath: full)
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: full))).map { "\($0.hashValue)" } ?? "dir"
            files[path] = "\(modified) \(bytes)"
        }
        return files
    }
}
