import Foundation
import IAMKit
import IAMPolicy
import RoleStore

/// `lab class --labs GLOB`: every trainee's lab graded, read-only. A lab with a pending commit
/// is reported, not opened (opening would complete the commit, which writes).
extension LabBackend {
    /// One row per lab matching the glob, sorted by path.
    func classView(_ parameters: JSONObject) throws(CommandError) -> JSONValue {
        let pattern = parameters["Labs"]?.stringValue ?? ""
        let paths = Self.expand(pattern).filter { FileManager.default.fileExists(atPath: $0 + "/store.json") }
        var rows: [JSONValue] = []
        for path in paths {
            rows.append(.object(classRow(path)))
        }
        return .object(["Labs": .array(rows)])
    }

    private func classRow(_ path: String) -> JSONObject {
        var row: JSONObject = ["Lab": .string(path)]
        let manager = FileManager.default
        row["Owner"] = .string((try? manager.attributesOfItem(atPath: path))?[.ownerAccountName] as? String ?? "?")
        let activity = [path + "/changes.log", path + "/store.json"].lazy
            .compactMap { (try? manager.attributesOfItem(atPath: $0))?[.modificationDate] as? Date }.first
        if let activity {
            row["LastActivity"] = .string(Timestamp(secondsSince1970: Int64(activity.timeIntervalSince1970)).iso8601)
        }
        if manager.fileExists(atPath: path + "/journal.json") {
            row["Error"] = .string("a commit is pending (the trainee's next command completes it)")
            return row
        }
        do throws(CommandError) {
            guard let store = try? LabStore(path: path, create: false, lockTimeout: min(lockTimeout, 2)) else {
                row["Error"] = .string("not readable as a lab")
                return row
            }
            guard let exercise = try Self.grade(store, service: service) else {
                row["Exercise"] = .string("-")
                return row
            }
            row["Exercise"] = .string(exercise["Number"]?.doubleValue.map { String(Int($0)) } ?? exercise["Id"]?.stringValue ?? "?")
            row["Title"] = exercise["Title"]
            row["TasksPassed"] = exercise["TasksPassed"]
            row["TasksTotal"] = exercise["TasksTotal"]
            row["Complete"] = exercise["Complete"]
            if let error = exercise["Error"] { row["Error"] = error }
            let stuck = exercise["Tasks"]?.arrayValue?.first { $0["Passed"] != .bool(true) }
            if let stuck {
                row["StuckOn"] = stuck["Title"]
                if let hint = stuck["Hint"] { row["Hint"] = hint }
            }
        } catch {
            row["Error"] = .string(error.stderrText(explain: false).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return row
    }

    /// The paths a shell glob matches, sorted; none for a pattern that matches nothing.
    static func expand(_ pattern: String) -> [String] {
        var matches = glob_t()
        defer { globfree(&matches) }
        guard glob(pattern, 0, nil, &matches) == 0 else { return [] }
        var paths: [String] = []
        for index in 0..<Int(matches.gl_pathc) {
            if let path = matches.gl_pathv[index] { paths.append(String(cString: path)) }
        }
        return paths.sorted()
    }
}
