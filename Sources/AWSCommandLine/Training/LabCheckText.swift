import IAMPolicy

/// `lab check` for a person: one ✔/✘ line per task of the active exercise, with the hint and
/// the engine's reason under each failing task, then the store's verdict.
enum LabCheckText {
    /// Whether the report passes: the store is clean and the exercise, if any, is complete.
    static func passes(_ report: JSONValue) -> Bool {
        report["Clean"] != .bool(false) && report["Exercise"]?["Complete"] != .bool(false)
    }

    /// The text, or nil when the lab has no active exercise (the JSON report is printed then).
    static func render(_ report: JSONValue) -> String? {
        guard let exercise = report["Exercise"] else { return nil }
        var lines: [String] = []
        let number = exercise["Number"]?.doubleValue.map { "Exercise \(Int($0)): " } ?? "Exercise: "
        lines.append(number + (exercise["Title"]?.stringValue ?? ""))
        if let error = exercise["Error"]?.stringValue { lines.append("✘ " + error) }
        for (index, task) in (exercise["Tasks"]?.arrayValue ?? []).enumerated() {
            let passed = task["Passed"]?.boolValue ?? false
            lines.append("\(passed ? "✔" : "✘") \(index + 1). \(task["Title"]?.stringValue ?? "")")
            if !passed {
                if let hint = task["Hint"]?.stringValue { lines.append("     Hint:   " + hint) }
                if let reason = task["Reason"]?.stringValue { lines.append("     Reason: " + reason) }
            }
        }
        let passed = Int(exercise["TasksPassed"]?.doubleValue ?? 0)
        let total = Int(exercise["TasksTotal"]?.doubleValue ?? 0)
        lines.append("")
        lines.append(exercise["Complete"] == .bool(true) ? "Exercise complete: all \(total) tasks done." : "\(passed) of \(total) tasks done.")
        let problems = report["Problems"]?.arrayValue?.count ?? 0
        lines.append(report["Clean"] == .bool(false)
            ? "The lab store has \(problems) problem\(problems == 1 ? "" : "s"): rolecall lab check --output json lists them, rolecall lab repair fixes them."
            : "The lab store is clean.")
        return lines.joined(separator: "\n") + "\n"
    }
}
