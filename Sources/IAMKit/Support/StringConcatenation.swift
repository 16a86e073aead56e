extension String {
    /// `parts` end to end, written into one allocation of the exact size. ARNs and IDs are
    /// built on every request; interpolation grew the string piece by piece (two or three
    /// allocations and copies for an ARN, a tenth of a simulated request's instructions).
    public static func concatenating(_ parts: String...) -> String {
        var count = 0
        for part in parts { count += part.utf8.count }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var offset = 0
            for var part in parts {
                part.withUTF8 { bytes in
                    guard let source = bytes.baseAddress else { return }
                    (buffer.baseAddress! + offset).initialize(from: source, count: bytes.count)
                    offset += bytes.count
                }
            }
            return offset
        }
    }
}
