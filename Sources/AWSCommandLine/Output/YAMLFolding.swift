/// How ruamel.yaml's emitter (the AWS CLI v2's `--output yaml`) folds a long value. Plain and
/// single-quoted (`doubleQuoted` has its own rule): at a single space, once the line has passed 80 columns (`best_width`),
/// the space becomes a line break and the value continues at the node's indentation. A run of
/// two or more spaces is never broken, keys are never folded, and a single-quoted value is not
/// broken at its first or last character. Columns count Unicode code points, as Python does.
/// Source: ruamel.yaml emitter.py `write_plain`, `write_single_quoted` and `write_double_quoted` (0.17, the range the
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

    /// `text` double-quoted from `column` (the opening quote's column), continuation lines at
    /// `indent`, as ruamel's `write_double_quoted` writes it: characters outside YAML's printable
    /// set escaped (`\n`, `\t`, `\e`, `\x7F`, `\uFEFF`, `\U0001F600`), and once the line would
    /// pass 80 columns, a break at a space or right after an escape, the line ending in `\` and
    /// a space that starts the next line written `\ ` (so folding adds no space and loses none).
    /// Never at the first or the last character, and never when `split` is false (a key).
    static func doubleQuoted(_ text: String, column: Int, indent: Int, split: Bool = true) -> String {
        let scalars = Array(text.unicodeScalars)
        var writer = Writer(column: column, indent: indent)
        writer.write(["\""])
        var start = 0
        for end in 0...scalars.count {
            let character: Unicode.Scalar? = end < scalars.count ? scalars[end] : nil
            if character.map(needsEscape) ?? true {
                if start < end {
                    writer.write(scalars[start..<end])
                    start = end
                }
                if let character {
                    writer.write(escape(character).unicodeScalars)
                    start = end + 1
                }
            }
            if split, end > 0, end < scalars.count - 1, character == " " || start >= end, writer.column + (end - start) > bestWidth {
                if start < end { writer.write(scalars[start..<end]) }
                writer.write(["\\"])
                start = max(start, end)
                writer.breakLine()
                if scalars[start] == " " { writer.write(["\\"]) }
            }
        }
        writer.write(["\""])
        return writer.output
    }

    /// Whether a double-quoted scalar writes `character` as an escape: the quote, the
    /// backslash, and anything outside `#x20-#x7E`, `#xA0-#xD7FF`, `#xE000-#xFFFD` (the AWS CLI's
    /// dumper allows Unicode), plus NEL, the line and paragraph separators and the BOM.
    static func needsEscape(_ character: Unicode.Scalar) -> Bool {
        switch character.value {
        case 0x22, 0x5C, 0x85, 0x2028, 0x2029, 0xFEFF: return true
        case 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD: return false
        default: return true
        }
    }

    /// The escape of `character` in a double-quoted scalar: YAML's short escapes where it has
    /// one, else `\xXX`, `\uXXXX` or `\UXXXXXXXX` in upper-case hex.
    static func escape(_ character: Unicode.Scalar) -> String {
        let short: [UInt32: String] = [
            0x00: "0", 0x07: "a", 0x08: "b", 0x09: "t", 0x0A: "n", 0x0B: "v", 0x0C: "f", 0x0D: "r", 0x1B: "e",
            0x22: "\"", 0x5C: "\\", 0x85: "N", 0xA0: "_", 0x2028: "L", 0x2029: "P",
        ]
        if let letter = short[character.value] { return "\\" + letter }
        let (prefix, width) = character.value <= 0xFF ? ("x", 2) : character.value <= 0xFFFF ? ("u", 4) : ("U", 8)
        let digits = String(character.value, radix: 16, uppercase: true)
        return "\\" + prefix + String(repeating: "0", count: width - digits.count) + digits
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
