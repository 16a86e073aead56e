extension JSONReader {
    /// Parses a string starting at the opening quote. Escape-free strings (the common case in
    /// policies) are decoded straight from the buffer.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1  // opening quote
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = Self.interned(bytes, start, index - start)
                    ?? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return try parseEscapedString(from: start) }
            if byte < 0x20 { throw error(.unescapedControlCharacter(byte)) }
            index += 1
        }
        throw error(.unexpectedEndOfInput(expected: "'\"' to close the string"))
    }

    /// The member names that make up most of every policy, returned as the literals
    /// themselves: no UTF-8 validation or string construction for them.
    static func interned(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> String? {
        guard count >= 3, count <= 11 else { return nil }
        func matches(_ literal: StaticString) -> Bool {
            guard literal.utf8CodeUnitCount == count else { return false }
            let pointer = literal.utf8Start
            for offset in 0..<count where bytes[start + offset] != pointer[offset] { return false }
            return true
        }
        // The first byte picks the only candidates.
        switch bytes[start] {
        case UInt8(ascii: "S"): return matches("Sid") ? "Sid" : matches("Statement") ? "Statement" : nil
        case UInt8(ascii: "E"): return matches("Effect") ? "Effect" : nil
        case UInt8(ascii: "A"): return matches("Action") ? "Action" : matches("Allow") ? "Allow" : nil
        case UInt8(ascii: "R"): return matches("Resource") ? "Resource" : nil
        case UInt8(ascii: "C"): return matches("Condition") ? "Condition" : nil
        case UInt8(ascii: "V"): return matches("Version") ? "Version" : nil
        case UInt8(ascii: "D"): return matches("Deny") ? "Deny" : nil
        case UInt8(ascii: "N"): return matches("NotAction") ? "NotAction" : matches("NotResource") ? "NotResource" : nil
        case UInt8(ascii: "2"): return matches("2012-10-17") ? "2012-10-17" : nil
        default: return nil
        }
    }

    private mutating func parseEscapedString(from start: Int) throws(JSONSyntaxError) -> String {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: scratch, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape()
            case 0..<0x20:
                throw error(.unescapedControlCharacter(byte))
            default:
                scratch.append(byte)
                index += 1
            }
        }
        throw error(.unexpectedEndOfInput(expected: "'\"' to close the string"))
    }

    private mutating func parseEscape() throws(JSONSyntaxError) {
        let escapeStart = index
        index += 1
        guard index < bytes.count else { throw error(.unexpectedEndOfInput(expected: "an escape character")) }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(byte)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            let scalar = try parseUnicodeEscape(escapeStart: escapeStart)
            UTF8.encode(scalar) { scratch.append($0) }
        default:
            throw JSONSyntaxError(
                reason: .invalidEscape(text(from: escapeStart, to: index)),
                position: position(at: escapeStart), path: currentPath)
        }
    }

    /// Reads `XXXX` after `\u`, combining a surrogate pair into one scalar.
    private mutating func parseUnicodeEscape(escapeStart: Int) throws(JSONSyntaxError) -> Unicode.Scalar {
        let high = try readHex4(escapeStart: escapeStart)
        if (0xD800...0xDBFF).contains(high) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw invalidUnicode(escapeStart)
            }
            index += 2
            let low = try readHex4(escapeStart: escapeStart)
            guard (0xDC00...0xDFFF).contains(low) else { throw invalidUnicode(escapeStart) }
            let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            guard let scalar = Unicode.Scalar(value) else { throw invalidUnicode(escapeStart) }
            return scalar
        }
        guard let scalar = Unicode.Scalar(high) else { throw invalidUnicode(escapeStart) }
        return scalar
    }

    private mutating func readHex4(escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw invalidUnicode(escapeStart) }
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw invalidUnicode(escapeStart)
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private func invalidUnicode(_ escapeStart: Int) -> JSONSyntaxError {
        JSONSyntaxError(
            reason: .invalidUnicodeEscape(text(from: escapeStart, to: min(index + 1, bytes.count))),
            position: position(at: escapeStart), path: currentPath)
    }

    private func text(from start: Int, to end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<max(start, min(end, bytes.count))]), as: UTF8.self)
    }
}
