/// A compiled `*`/`?` wildcard pattern over UTF-8 bytes, with fast forms for the shapes that
/// dominate real policies (`*`, literals, `prefix*`).
///
/// `*` matches any run of characters, including `/` and `:`; `?` matches exactly one byte of
/// ASCII text (policies and ARNs are ASCII in practice).
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
enum GlobPattern: Sendable, Hashable {
    /// `*`: matches everything.
    case anything
    /// No wildcards: byte equality.
    case literal([UInt8])
    /// `literal*` with no other wildcard: prefix test.
    case prefix([UInt8])
    /// General pattern: bytes, with ``GlobPattern/star`` and ``GlobPattern/question`` tokens.
    case tokens([UInt16])

    /// Token for a wildcard `*`.
    static let star: UInt16 = 0x100
    /// Token for a wildcard `?`.
    static let question: UInt16 = 0x101

    /// Compiles `text`, where `*` and `?` are wildcards; `lowercase` folds ASCII letters (for
    /// case-insensitive action names).
    init(_ text: String, lowercase: Bool) {
        // Fast forms straight from the text: most patterns are `*`, literals or `prefix*`.
        var wildcardCount = 0
        var lastIsStar = false
        for byte in text.utf8 {
            lastIsStar = byte == UInt8(ascii: "*")
            if lastIsStar || byte == UInt8(ascii: "?") { wildcardCount += 1 }
        }
        if wildcardCount == 0 || (wildcardCount == 1 && lastIsStar) {
            var bytes = Array(text.utf8)
            if lowercase {
                for index in bytes.indices { bytes[index] = GlobPattern.asciiLowercased(bytes[index]) }
            }
            if wildcardCount == 0 {
                self = .literal(bytes)
            } else {
                bytes.removeLast()
                self = bytes.isEmpty ? .anything : .prefix(bytes)
            }
            return
        }
        var tokens: [UInt16] = []
        tokens.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "*"): tokens.append(GlobPattern.star)
            case UInt8(ascii: "?"): tokens.append(GlobPattern.question)
            default: tokens.append(UInt16(lowercase ? GlobPattern.asciiLowercased(byte) : byte))
            }
        }
        self.init(tokens: tokens)
    }

    /// Picks the fastest form for `tokens`.
    init(tokens: [UInt16]) {
        let wildcardCount = tokens.reduce(0) { $0 + ($1 >= GlobPattern.star ? 1 : 0) }
        if wildcardCount == 0 {
            self = .literal(tokens.map { UInt8(truncatingIfNeeded: $0) })
        } else if tokens == [GlobPattern.star] {
            self = .anything
        } else if wildcardCount == 1, tokens.last == GlobPattern.star {
            self = .prefix(tokens.dropLast().map { UInt8(truncatingIfNeeded: $0) })
        } else {
            self = .tokens(tokens)
        }
    }

    static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Whether the pattern matches the whole of `subject`.
    func matches(_ subject: UnsafeBufferPointer<UInt8>) -> Bool {
        switch self {
        case .anything:
            return true
        case .literal(let bytes):
            return bytes.count == subject.count && bytes.withUnsafeBufferPointer { $0.elementsEqual(subject) }
        case .prefix(let bytes):
            guard subject.count >= bytes.count else { return false }
            return bytes.withUnsafeBufferPointer { prefix in
                for index in 0..<prefix.count where prefix[index] != subject[index] { return false }
                return true
            }
        case .tokens(let tokens):
            return tokens.withUnsafeBufferPointer { GlobPattern.matchTokens($0, subject) }
        }
    }

    /// Whether the pattern matches `subject`'s UTF-8 bytes.
    func matches(_ subject: String) -> Bool {
        var subject = subject
        return subject.withUTF8 { matches($0) }
    }

    /// Linear-time wildcard match: on a mismatch, retry from the most recent `*`, letting it
    /// absorb one more byte.
    static func matchTokens(_ pattern: UnsafeBufferPointer<UInt16>, _ subject: UnsafeBufferPointer<UInt8>) -> Bool {
        var p = 0
        var s = 0
        var starP = -1
        var starS = 0
        while s < subject.count {
            if p < pattern.count {
                let token = pattern[p]
                if token == star {
                    starP = p
                    starS = s
                    p += 1
                    continue
                }
                if token == question || token == UInt16(subject[s]) {
                    p += 1
                    s += 1
                    continue
                }
            }
            guard starP >= 0 else { return false }
            p = starP + 1
            starS += 1
            s = starS
        }
        while p < pattern.count, pattern[p] == star { p += 1 }
        return p == pattern.count
    }
}
