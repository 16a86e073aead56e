import DisplayText
import IAMKit

/// Equivalent CLI commands laid out so that what the screen shows still runs when pasted into
/// a POSIX shell: every word is shell-quoted, lines break only between words (an option stays
/// with its value where it fits), and each break is a ` \` continuation. A word wider than the
/// line gets a line of its own and is cut with `…` when drawn, never split; a quoted word that
/// holds newlines (the trust policy's JSON) keeps them, with no `\` inside the quotes.
/// `y` copies `shellText`, `w` writes `script`: both carry every word in full.
public struct CommandBlock: Hashable, Sendable {
    /// The commands as argument vectors, each starting with the program (`["rolecall", "iam", …]`).
    public let commands: [[String]]

    /// Continuation lines start with this indentation (outside any quoted word).
    public static let indent = "    "
    /// The width `shellText` and `script` are laid out for.
    public static let copyWidth = 80

    /// A block of `commands` (argument vectors including the program name).
    public init(commands: [[String]]) {
        self.commands = commands
    }

    /// One displayed line: its full text (drawing may cut it with `…`) and whether it ends in a
    /// ` \` continuation.
    public struct Line: Hashable, Sendable {
        /// The line's text, in full.
        public var text: String
        /// Whether the command goes on after a ` \` at the end of this line.
        public var continues: Bool
    }

    /// The lines of every command at `width` columns, commands one after another.
    public func lines(width: Int) -> [Line] {
        commands.flatMap { Self.lines(of: $0, width: width) }
    }

    /// The commands as `y` copies them: laid out at `copyWidth`, one command after another.
    public var shellText: String {
        lines(width: Self.copyWidth).map(\.text).joined(separator: "\n") + "\n"
    }

    /// The commands as a script `w` writes: `#!/bin/sh`, `set -eu` (stop at the first failing
    /// command or unset variable), then the commands.
    public var script: String {
        "#!/bin/sh\n# Written by the rolecall console: the equivalent CLI commands.\nset -eu\n\n" + shellText
    }

    /// `command` as one line: its words shell-quoted and joined by spaces.
    public static func oneLine(_ command: [String]) -> String {
        command.map(RoleCreationPlan.shellQuoted).joined(separator: " ")
    }

    /// The lines of one command at `width` columns.
    static func lines(of command: [String], width: Int) -> [Line] {
        var layout = Layout(width: max(width, indent.count + 8))
        for unit in units(command.map(RoleCreationPlan.shellQuoted)) {
            layout.add(unit)
        }
        return layout.finished()
    }

    /// Words grouped as they read best together: an option (`--x`) with the value after it.
    static func units(_ words: [String]) -> [[String]] {
        var units: [[String]] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if word.hasPrefix("--"), index + 1 < words.count, !words[index + 1].hasPrefix("--") {
                units.append([word, words[index + 1]])
                index += 2
            } else {
                units.append([word])
                index += 1
            }
        }
        return units
    }

    /// Greedy layout of words into lines, breaking only between words.
    struct Layout {
        let width: Int
        var done: [Line] = []
        /// The line being filled; empty before the first word.
        var current = ""
        /// Whether `current` holds only the indentation of a continuation line.
        var atLineStart = true

        init(width: Int) {
            self.width = width
        }

        /// Adds a unit on the current line if it fits (leaving room for ` \`), else on the next.
        mutating func add(_ unit: [String]) {
            let joined = unit.joined(separator: " ")
            if !joined.contains("\n") {
                if fits(joined) { return append(joined) }
            }
            // A unit that does not fit, or spans lines, starts a line of its own.
            if !atLineStart {
                breakLine()
                if !joined.contains("\n"), fits(joined) { return append(joined) }
            }
            for word in unit { add(word: word) }
        }

        /// Adds one word: on this line if it fits, else on a line of its own (cut when drawn).
        mutating func add(word: String) {
            let pieces = word.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if pieces.count == 1 {
                if !fits(word), !atLineStart { breakLine() }
                return append(word)
            }
            // A quoted word with newlines: they are part of the word, so no `\` inside it.
            if !fits(pieces[0]), !atLineStart { breakLine() }
            append(pieces[0])
            for piece in pieces.dropFirst() {
                done.append(Line(text: current, continues: false))
                current = piece
            }
        }

        /// Whether `text` fits after what the line holds, with room for ` \`.
        func fits(_ text: String) -> Bool {
            let separator = atLineStart ? 0 : 1
            return DisplayWidth.of(current) + separator + DisplayWidth.of(text) + 2 <= width
        }

        mutating func append(_ text: String) {
            current += atLineStart ? text : " " + text
            atLineStart = false
        }

        mutating func breakLine() {
            done.append(Line(text: current + " \\", continues: true))
            current = CommandBlock.indent
            atLineStart = true
        }

        func finished() -> [Line] {
            done + [Line(text: current, continues: false)]
        }
    }
}
