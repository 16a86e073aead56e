/// A place in a source text: 1-based line and column (columns count Unicode scalars) and the
/// 0-based UTF-8 byte offset, so callers can both show it to a person and slice the text.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Unicode scalars from the start of the line.
    public var column: Int
    /// 0-based UTF-8 byte offset into the source.
    public var offset: Int

    /// Creates a position.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// `line:column`, the form editors and compilers print.
    public var description: String { "\(line):\(column)" }

    /// Orders positions by byte offset.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool { lhs.offset < rhs.offset }
}

/// The extent of a node in a source text: `start` is its first character, `end` is just past
/// its last one.
public struct SourceSpan: Sendable, Hashable, CustomStringConvertible {
    /// Position of the first character.
    public var start: SourcePosition
    /// Position just past the last character.
    public var end: SourcePosition

    /// Creates a span.
    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// `line:column-line:column`.
    public var description: String { "\(start)-\(end)" }
}

/// Maps UTF-8 offsets of one text to line and column; built once per text so that many
/// lookups (one per parsed node) stay cheap.
struct LineTable: Sendable {
    /// Byte offset at which each line starts.
    private let lineStarts: [Int]
    private let bytes: [UInt8]
    private let byteCount: Int
    /// Pure ASCII text has one byte per column, so columns need no scan.
    private let isASCII: Bool

    init(_ text: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(index + 1)
        }
        self.lineStarts = starts
        self.isASCII = bytes.allSatisfy { $0 < 0x80 }
        self.byteCount = bytes.count
        self.bytes = bytes
    }

    init(bytes: UnsafeBufferPointer<UInt8>) {
        var starts = [0]
        // One pass, eight bytes at a time (this runs for every parsed policy): OR-ing the words
        // answers "pure ASCII?", and only words holding a line feed are scanned byte by byte.
        var union: UInt64 = 0
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                union |= word
                let feeds = word ^ 0x0A0A_0A0A_0A0A_0A0A
                // High bit set in a byte of `hasFeed` when some byte of `feeds` is zero.
                let hasFeed = (feeds &- 0x0101_0101_0101_0101) & ~feeds & 0x8080_8080_8080_8080
                if hasFeed != 0 {
                    for offset in index..<(index + 8) where bytes[offset] == UInt8(ascii: "\n") { starts.append(offset + 1) }
                }
                index += 8
            }
        }
        while index < bytes.count {
            union |= UInt64(bytes[index])
            if bytes[index] == UInt8(ascii: "\n") { starts.append(index + 1) }
            index += 1
        }
        self.lineStarts = starts
        let isASCII = union & 0x8080_8080_8080_8080 == 0
        self.isASCII = isASCII
        self.byteCount = bytes.count
        // Only non-ASCII text needs the bytes again (to count scalars for columns).
        self.bytes = isASCII ? [] : Array(bytes)
    }

    func position(at offset: Int) -> SourcePosition {
        let clamped = max(0, min(offset, byteCount))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        if isASCII {
            return SourcePosition(line: low + 1, column: clamped - lineStarts[low] + 1, offset: clamped)
        }
        var column = 1
        var index = lineStarts[low]
        while index < clamped {
            // Continuation bytes (10xxxxxx) do not start a scalar.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourcePosition(line: low + 1, column: column, offset: clamped)
    }

    func span(_ range: Range<Int>) -> SourceSpan {
        SourceSpan(start: position(at: range.lowerBound), end: position(at: range.upperBound))
    }
}
