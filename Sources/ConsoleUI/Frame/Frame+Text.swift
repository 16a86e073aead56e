extension Frame {
    /// The text of each row as the terminal would show it (like `tmux capture-pane -p`):
    /// wide characters once, trailing spaces removed.
    public var lines: [String] {
        (0..<size.height).map { r in
            var line = ""
            for cell in row(r) where !cell.isContinuation { line += cell.text }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// One role letter per column for each row (`StyleRole.letter`), trailing text-role
    /// blanks removed; this is the colour layer of a snapshot, independent of any theme.
    public var roleLines: [String] {
        (0..<size.height).map { r in
            var line = ""
            var pending = ""
            for cell in row(r) {
                let letter = cell.role.letter
                if letter == StyleRole.text.letter, cell.text == " " || cell.isContinuation {
                    pending.append(letter)
                } else {
                    line += pending
                    pending = ""
                    line.append(letter)
                }
            }
            return line
        }
    }

    /// The text and role layers as one document, used by snapshots.
    public var snapshot: String {
        "\(size.width)x\(size.height)\n" + lines.joined(separator: "\n") + "\n---- roles\n"
            + roleLines.joined(separator: "\n") + "\n"
    }
}
