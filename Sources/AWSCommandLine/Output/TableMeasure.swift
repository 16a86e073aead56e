import DisplayText

/// How `--output table` measures a cell to pad it.
enum TableMeasure: Sendable {
    /// As the AWS CLI counts (awscli/table.py `get_text_length`): one column per code point,
    /// two for East Asian wide ones, so piped output is the AWS CLI's byte for byte.
    case awsCLI
    /// As the terminal draws the cell (`DisplayText.DisplayWidth`, glibc's wcwidth): the cells
    /// are sanitized first, so combining marks take no column and the borders line up.
    case terminal

    /// Columns `text` takes.
    func width(_ text: String) -> Int {
        switch self {
        case .terminal:
            return DisplayWidth.of(text)
        case .awsCLI:
            return text.unicodeScalars.reduce(0) { width, scalar in
                let v = scalar.value
                let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                    || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                    || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
                return width + (wide ? 2 : 1)
            }
        }
    }
}
