/// A policy document, parsed and validated once: its source text, its statements with their
/// places in the text, and a compiled form that evaluates requests fast.
///
/// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
public struct PolicyDocument: Sendable, Hashable {
    /// The text exactly as given.
    public let source: String
    /// The kind it was validated as.
    public let kind: PolicyKind
    /// The parsed JSON (key order and number literals kept), built on first use.
    public var json: JSONValue { tree.value }
    /// The `Version` element, `nil` when absent (which means 2008-10-17 semantics).
    public let version: PolicyVersion?
    /// The `Id` element, if any.
    public let id: String?
    /// The statements in document order.
    public let statements: [PolicyStatement]
    /// Where every JSON node of the document sits, built on first use.
    public var locations: JSONLocationMap { tree.locations }
    /// The JSON tree behind `json` and `locations`.
    private let tree: LazyJSONTree
    /// Whether `Statement` was written as an array (rather than a single object).
    public let statementIsArray: Bool
    /// The evaluation form, compiled on first use (see `LazyCompiledPolicy`).
    private let lazyCompiled: LazyCompiledPolicy
    /// The evaluation form.
    var compiled: CompiledPolicy { lazyCompiled.value }

    /// Parses and validates `text` as a policy of `kind`.
    ///
    /// - Throws: `PolicyError` with AWS's code and message, located at the offending node.
    public init(parsing text: String, kind: PolicyKind) throws(PolicyError) {
        self = try PolicyDocument.parse(text, kind: kind)
    }

    /// Parses and validates `text` as a policy of `kind`.
    ///
    /// - Throws: `PolicyError` with AWS's code and message, located at the offending node.
    public static func parse(_ text: String, kind: PolicyKind) throws(PolicyError) -> PolicyDocument {
        let parsed = try PolicyParser.parse(text)
        try check(parsed, kind: kind)
        return PolicyDocument(parsed: parsed, kind: kind)
    }

    /// Checks `text` as IAM would for a policy of `kind` without building the evaluation form
    /// (for operations that only store the document).
    ///
    /// - Throws: the same `PolicyError` that ``init(parsing:kind:)`` throws.
    public static func validate(_ text: String, kind: PolicyKind) throws(PolicyError) {
        try check(PolicyParser.parse(text), kind: kind)
    }

    /// The per-kind rules, then the size quota (IAM reports grammar problems first).
    private static func check(_ parsed: ParsedPolicy, kind: PolicyKind) throws(PolicyError) {
        try PolicyValidator(parsed: parsed, kind: kind).validate()
        if let quota = kind.sizeQuota, parsed.sizeWithoutWhitespace > quota.limit {
            throw PolicyError(
                code: .limitExceeded, message: quota.message,
                detail: "the document has \(parsed.sizeWithoutWhitespace) characters without white space", path: .root)
        }
    }

    init(parsed: ParsedPolicy, kind: PolicyKind) {
        self.source = parsed.source
        self.kind = kind
        self.tree = parsed.tree
        self.version = parsed.version
        self.id = parsed.id
        self.statements = parsed.statements
        self.statementIsArray = parsed.statementIsArray
        self.sizeWithoutWhitespace = parsed.sizeWithoutWhitespace
        self.lazyCompiled = LazyCompiledPolicy(statements: parsed.statements, version: parsed.version ?? .v2008_10_17)
    }

    /// The number of characters that count against IAM's size quotas: every character except
    /// white space ("IAM does not count white space when calculating the size of a policy").
    public let sizeWithoutWhitespace: Int

    /// The version that governs evaluation: an absent `Version` behaves as 2008-10-17.
    public var effectiveVersion: PolicyVersion { version ?? .v2008_10_17 }

    /// Documents are equal when they were parsed from the same text as the same kind.
    public static func == (lhs: PolicyDocument, rhs: PolicyDocument) -> Bool {
        lhs.kind == rhs.kind && lhs.source == rhs.source
    }

    /// Hashes the source text and kind.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(source)
    }

    /// Counts characters other than white space, as IAM's quotas do.
    public static func sizeWithoutWhitespace(of text: String) -> Int {
        // Count scalars (non-continuation UTF-8 bytes) that are not white space.
        // White space here is 0x20 and 0x09...0x0D (tab, LF, VT, FF, CR). This runs over every
        // byte of every parsed policy, so it takes eight bytes at a time: a word with no byte
        // below 0x21 and none above 0x7F is eight counted characters; only other words are
        // looked at byte by byte.
        func countByte(_ byte: UInt8) -> Int {
            let isSpace = byte == 0x20 || (byte &- 0x09) < 5
            return isSpace || byte & 0xC0 == 0x80 ? 0 : 1
        }
        func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var count = 0
            var index = 0
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while index + 8 <= bytes.count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    // High bit of a byte set when that byte is < 0x21 (the SWAR "has less than" test).
                    let low = (word &- 0x2121_2121_2121_2121) & ~word & 0x8080_8080_8080_8080
                    if low | (word & 0x8080_8080_8080_8080) == 0 {
                        count &+= 8
                    } else {
                        for offset in index..<(index + 8) { count &+= countByte(bytes[offset]) }
                    }
                    index += 8
                }
            }
            while index < bytes.count {
                count &+= countByte(bytes[index])
                index += 1
            }
            return count
        }
        var text = text
        return text.withUTF8(count)
    }
}
