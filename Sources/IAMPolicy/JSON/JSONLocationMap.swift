/// Where each node of a parsed JSON document sits in its source: the span of every value
/// (and of every object key), addressed by JSON path.
public struct JSONLocationMap: Sendable {
    private let lines: LineTable
    private let valueRanges: [JSONPath: Range<Int>]
    private let keyRanges: [JSONPath: Range<Int>]
    /// Every node's path, in document order.
    public let paths: [JSONPath]

    init(lines: LineTable, valueRanges: [JSONPath: Range<Int>], keyRanges: [JSONPath: Range<Int>], paths: [JSONPath]) {
        self.lines = lines
        self.valueRanges = valueRanges
        self.keyRanges = keyRanges
        self.paths = paths
    }

    /// The span of the value at `path` (for a duplicated key, the last occurrence).
    public func span(at path: JSONPath) -> SourceSpan? {
        valueRanges[path].map(lines.span)
    }

    /// The span of the key (with its quotes) of the object member at `path`.
    public func keySpan(at path: JSONPath) -> SourceSpan? {
        keyRanges[path].map(lines.span)
    }

    /// The position of a UTF-8 byte offset of the source.
    public func position(atOffset offset: Int) -> SourcePosition {
        lines.position(at: offset)
    }
}
