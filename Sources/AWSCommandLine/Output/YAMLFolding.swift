/// How ruamel.yaml's emitter (the AWS CLI v2's `--output yaml`) folds a long plain or
/// single-quoted value: at a single space, once the line has passed 80 columns (`best_width`),
/// the space becomes a line break and the value continues at the node's indentation. A run of
/// two or more spaces is never broken, keys are never folded, and a single-quoted value is not
/// broken at its first or last character. Columns count Unicode code points, as Python does.
/// Source: ruamel.yaml emitter.py `write_plain` and `write_single_quoted` (0.17, the range the
/// AWS CLI v2 pins), checked against its output.
enum YAMLFolding {
    /// The emitter's preferred line width.
    static let bestWidth = 80

    /// `text` written plain from `column`, continuation lines at `indent`.
    static func plain(_ text: String, column: Int, indent: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        var writer = Writer(column: column, indent: indent)
        var start = 0
        var afterSpace = false
        for end in 0...scalars.count {
            let character: Unicode.Scalar? = end < scalars.count ? scalars[end] : nil
            if afterSpace {
                if character != " " {
                    if start + 1 == end, writer.column > bestWidth {
                        writer.breakLine()
                    } else {
                        writer.write(scalars[start..<end])
                    }
                    start = end
                }
            } else if character == nil || character == " " {
                writer.write(scalars[start..<end])
                start = end
            }
            if let character { afterSpace = character == " " }
        }
        return writer.output
    }

    /// `text` single-quoted from `column` (the opening quote's column), continuation lines at `indent`.
    static func singleQuoted(_ text: String, column: Int, indent: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        var writer = Writer(column: column, indent: indent)
        writer.write(["'"])
        var start = 0
        var afterSpace = false
        for end in 0...scalars.count {
            let character: Unicode.Scalar? = end < scalars.count ? scalars[end] : nil
            if afterSpace {
                if character != " " {
                    if start + 1 == end, writer.column > bestWidth, start != 0, end != scalars.count {
                        writer.breakLine()
                    } else {
                        writer.write(scalars[start..<end])
                    }
                    start = end
                }
            } else if character == nil || character == " " || character == "'" {
                if start < end { writer.write(scalars[start..<end]) }
                start = end
            }
            if character == "'" {
                writer.write(["'", "'"])
                start = end + 1
            }
            if let character { afterSpace = character == " " }
        }
        writer.write(["'"])
        return writer.output
    }

    /// The text written so far and the column it ends at.
    private struct Writer {
        var column: Int
        let indent: Int
        var output = ""

        mutating func write(_ scalars: some Collection<Unicode.Scalar>) {
            output.unicodeScalars.append(contentsOf: scalars)
            column += scalars.count
        }

        mutating func breakLine() {
            output += "\n" + String(repeating: " ", count: indent)
            column = indent
        }
    }
}
