import Foundation

/// The shell blocks of a Markdown page and how the docs test runs them (issue #19, "Docs that
/// are tests"). The convention, written down in docs/decisions.md (2026-12-06):
///
/// - A fenced block whose info string is `sh`, `bash`, `shell` or `console` is a shell block.
/// - It is run by the test suite unless the last non-blank line before its opening fence is an
///   italic note a reader sees: `_Not run by the docs test: REASON._`
/// - The runnable blocks of a page run in order in one `bash` (so exports carry over, as in one
///   terminal), exactly as printed, in an empty directory whose HOME holds a fresh demo lab.
///   Any failing command fails the page (`set -eo pipefail`); a command meant to fail is
///   written `… || echo "exit status $?"`.
/// - A line `# ⇒ TEXT` states what the commands since the previous `# ⇒` group (or the block's
///   start) print: TEXT must equal one line of their output (stdout and stderr), compared with
///   runs of spaces and tabs as one space; a TEXT ending in ` …` must start a line.
struct DocShellBlocks {
    /// One fenced shell block.
    struct Block: Equatable {
        /// 1-based line of the opening fence.
        var line: Int
        /// The lines between the fences.
        var body: [String]
        /// Why it is not run, when the page says so.
        var notRunReason: String?
    }

    /// What one step (the commands up to an expectation group) must print.
    struct Expectation: Equatable {
        var line: Int
        var texts: [String]
    }

    static let shellLanguages: Set<String> = ["sh", "bash", "shell", "console"]
    static let notRunPrefix = "_Not run by the docs test: "
    static let expectationPrefix = "# ⇒ "
    static let marker = "@@rolecall-docs-step@@"

    /// The page's shell blocks, in order.
    static func blocks(in markdown: String) -> [Block] {
        let lines = markdown.components(separatedBy: "\n")
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard line.hasPrefix("```") else { index += 1; continue }
            let info = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
            let close = lines[(index + 1)...].firstIndex { $0.hasPrefix("```") } ?? lines.count
            if shellLanguages.contains(info) {
                let before = lines[..<index].last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                var reason: String?
                if let before, before.hasPrefix(notRunPrefix), before.hasSuffix("._") {
                    reason = String(before.dropFirst(notRunPrefix.count).dropLast(2))
                }
                blocks.append(Block(line: index + 1, body: Array(lines[(index + 1)..<min(close, lines.count)]), notRunReason: reason))
            }
            index = close + 1
        }
        return blocks
    }

    /// The script that runs `blocks` as printed, with each expectation group replaced by a
    /// marker echo (the `# ⇒` lines are comments, so the commands are the reader's), and the
    /// expectations in order.
    static func script(for blocks: [Block]) -> (script: String, expectations: [Expectation]) {
        var lines = ["set -eo pipefail", "exec 2>&1"]
        var expectations: [Expectation] = []
        for block in blocks where block.notRunReason == nil {
            var previousWasExpectation = false
            for (offset, line) in block.body.enumerated() {
                if line.hasPrefix(expectationPrefix) {
                    let text = String(line.dropFirst(expectationPrefix.count))
                    if previousWasExpectation, var last = expectations.popLast() {
                        last.texts.append(text)
                        expectations.append(last)
                    } else {
                        expectations.append(Expectation(line: block.line + 1 + offset, texts: [text]))
                        lines.append("echo '\(marker)'")
                    }
                    previousWasExpectation = true
                } else {
                    lines.append(line)
                    previousWasExpectation = false
                }
            }
        }
        return (lines.joined(separator: "\n") + "\n", expectations)
    }

    /// Mismatches between what the steps printed and what the page says they print.
    static func mismatches(output: String, expectations: [Expectation]) -> [String] {
        let segments = output.components(separatedBy: marker + "\n")
        var problems: [String] = []
        for (index, expectation) in expectations.enumerated() {
            guard index < segments.count - 1 else {
                problems.append("line \(expectation.line): the script stopped before this step; output so far:\n\(segments.last ?? "")")
                break
            }
            let printed = segments[index].components(separatedBy: "\n").map(normalize)
            for text in expectation.texts {
                let wanted = normalize(text)
                let found = wanted.hasSuffix(" …")
                    ? printed.contains { $0.hasPrefix(String(wanted.dropLast(2))) }
                    : printed.contains(wanted)
                if !found {
                    problems.append("line \(expectation.line): the page says the output has\n  \(text)\nbut it printed:\n\(segments[index])")
                }
            }
        }
        return problems
    }

    /// Runs of spaces and tabs as one space, without leading or trailing ones.
    static func normalize(_ line: String) -> String {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
