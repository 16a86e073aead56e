import Exercises
import IAMPolicy

/// Exercise reports and documents in the JSON the CLI prints (`lab check --output json`,
/// `lab exercise list|start`, `lab class --output json`).
enum ExerciseJSON {
    /// A graded exercise.
    static func report(_ report: ExerciseReport, number: Int?) -> JSONValue {
        var object: JSONObject = [:]
        if let number { object["Number"] = .number(JSONNumber(number)) }
        object["Id"] = .string(report.exerciseID)
        object["Title"] = .string(report.title)
        object["Complete"] = .bool(report.isComplete)
        object["TasksPassed"] = .number(JSONNumber(report.passedCount))
        object["TasksTotal"] = .number(JSONNumber(report.tasks.count))
        object["Tasks"] = .array(report.tasks.map { task in
            var entry: JSONObject = ["Id": .string(task.id), "Title": .string(task.title), "Passed": .bool(task.passed)]
            if let hint = task.hint { entry["Hint"] = .string(hint) }
            if let reason = task.reason { entry["Reason"] = .string(reason) }
            if let role = task.roleARN { entry["Role"] = .string(role) }
            return .object(entry)
        })
        return .object(object)
    }

    /// An exercise as `lab exercise list|start` shows it.
    static func summary(_ document: ExerciseDocument, number: Int?, story: Bool) -> JSONValue {
        var object: JSONObject = [:]
        if let number { object["Number"] = .number(JSONNumber(number)) }
        object["Id"] = .string(document.id)
        object["Title"] = .string(document.title)
        if story { object["Story"] = .string(document.story) }
        object["Tasks"] = .array(document.tasks.map { .string($0.title) })
        return .object(object)
    }
}
