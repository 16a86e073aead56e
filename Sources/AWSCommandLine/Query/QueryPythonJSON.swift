import IAMPolicy

/// `json.dumps(value, separators=(',', ':'))` as jmespath.py's `to_string` calls it: compact,
/// key order kept, and non-ASCII escaped as `\uXXXX` (Python's default `ensure_ascii`).
enum QueryPythonJSON {
    /// The compact text.
    static func compact(_ value: JSONValue) -> String {
        // Outside strings JSON text is ASCII, so escaping every non-ASCII scalar of the
        // compact text escapes exactly the strings' characters, as ensure_ascii does.
        var out = ""
        for scalar in JSONWriter.string(for: value, style: .compact).unicodeScalars {
            guard scalar.value > 0x7F else { out.unicodeScalars.append(scalar); continue }
            for unit in String(scalar).utf16 {
                let digits = String(unit, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
            }
        }
        return out
    }
}
