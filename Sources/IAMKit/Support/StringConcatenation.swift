extension String {
    /// `parts` end to end, written into one allocation of the exact size. ARNs and IDs are
    /// built on every request; interpolation grew the string piece by piece (two or three
    /// allocations and copies for an ARN, a tenth of a simulated request's instructions).
    /// The overloads for three to six parts avoid the variadic array.
    public static func concatenating(_ parts: String...) -> String {
        var count = 0
        for part in parts { count += part.utf8.count }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var offset = 0
            for var part in parts { part.copyUTF8(to: buffer, at: &offset) }
            return offset
        }
    }

    /// `a`, `b` and `c` end to end, in one allocation.
    public static func concatenating(_ a: String, _ b: String, _ c: String) -> String {
        var (a, b, c) = (a, b, c)
        return String(unsafeUninitializedCapacity: a.utf8.count + b.utf8.count + c.utf8.count) { buffer in
            var offset = 0
            a.copyUTF8(to: buffer, at: &offset)
            b.copyUTF8(to: buffer, at: &offset)
            c.copyUTF8(to: buffer, at: &offset)
            return offset
        }
    }

    /// `a` to `d` end to end, in one allocation.
    public static func concatenating(_ a: String, _ b: String, _ c: String, _ d: String) -> String {
        var (a, b, c, d) = (a, b, c, d)
        return String(unsafeUninitializedCapacity: a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count) { buffer in
            var offset = 0
            a.copyUTF8(to: buffer, at: &offset)
            b.copyUTF8(to: buffer, at: &offset)
            c.copyUTF8(to: buffer, at: &offset)
            d.copyUTF8(to: buffer, at: &offset)
            return offset
        }
    }

    /// `a` to `e` end to end, in one allocation.
    public static func concatenating(_ a: String, _ b: String, _ c: String, _ d: String, _ e: String) -> String {
        var (a, b, c, d, e) = (a, b, c, d, e)
        return String(unsafeUninitializedCapacity: a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count + e.utf8.count) { buffer in
            var offset = 0
            a.copyUTF8(to: buffer, at: &offset)
            b.copyUTF8(to: buffer, at: &offset)
            c.copyUTF8(to: buffer, at: &offset)
            d.copyUTF8(to: buffer, at: &offset)
            e.copyUTF8(to: buffer, at: &offset)
            return offset
        }
    }

    /// Copies this string's UTF-8 into `buffer` at `offset`, moving `offset` past it.
    private mutating func copyUTF8(to buffer: UnsafeMutableBufferPointer<UInt8>, at offset: inout Int) {
        withUTF8 { bytes in
            guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return }
            (target + offset).initialize(from: source, count: bytes.count)
            offset += bytes.count
        }
    }
}
