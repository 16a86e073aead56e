import IAMKit

/// argparse's rules for words on the command line, which the AWS CLI inherits.
enum ArgumentWord {
    /// Whether argparse would take `word` for an option rather than a value: it starts with
    /// `-`, is longer than one character, is not a negative number and holds no space.
    static func isOption(_ word: String) -> Bool {
        guard word.hasPrefix("-"), word.count > 1 else { return false }
        if Double(word) != nil { return false }
        if word.contains(" ") { return false }
        return true
    }

    /// The AWS CLI's "Invalid choice" text: the choices two per line, each padded to 40
    /// columns, then close matches.
    static func invalidChoice(_ value: String, choices: [String]) -> String {
        var lines = ["Invalid choice, valid choices are:\n"]
        var index = 0
        while index < choices.count {
            let row = choices[index..<min(index + 2, choices.count)].map { $0 + String(repeating: " ", count: max(0, 40 - $0.count)) }
            lines.append(row.joined(separator: " | "))
            index += 2
        }
        let close = closeMatches(value, in: choices)
        if !close.isEmpty {
            lines.append("\n\nInvalid choice: \(PythonText.repr(QuotedValue.bounded(value))), maybe you meant:\n")
            lines.append(contentsOf: close.map { "  * \($0)" })
        }
        return lines.joined(separator: "\n")
    }

    /// Choices similar to `value` (difflib's ratio ≥ 0.8, best first, at most three).
    static func closeMatches(_ value: String, in choices: [String]) -> [String] {
        // A ratio of 0.8 needs the shorter word to be at least 2/3 of the longer, so a long
        // word can match nothing: skip the quadratic comparison (a pasted file cannot stall it).
        let longest = choices.map(\.count).max() ?? 0
        guard value.count * 2 <= longest * 3 else { return [] }
        let length = value.count
        return choices
            // 2·M/T ≥ 0.8 needs 2·min/(a+b) ≥ 0.8 (M ≤ the shorter length): skip the rest unmeasured.
            .filter { 5 * min(length, $0.count) >= 2 * (length + $0.count) }
            .map { ($0, similarity(value, $0)) }
            .filter { $0.1 >= 0.8 }
            .sorted { $0.1 > $1.1 }
            .prefix(3)
            .map(\.0)
    }

    /// 2·M/T where M is the length of the longest common subsequence: close to difflib's ratio.
    static func similarity(_ a: String, _ b: String) -> Double {
        let x = Array(a), y = Array(b)
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        var previous = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(x.count, 1) where !x.isEmpty {
            var current = [Int](repeating: 0, count: y.count + 1)
            for j in stride(from: 1, through: y.count, by: 1) {
                current[j] = x[i - 1] == y[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            previous = current
        }
        return 2 * Double(previous[y.count]) / Double(x.count + y.count)
    }
}
