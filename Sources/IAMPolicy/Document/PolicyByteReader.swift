/// Reads a policy's grammar straight from its UTF-8 bytes in one pass, with no JSON tree and
/// no location records: the fast path for well-formed documents, which are nearly all of them.
///
/// It gives up (returns `nil`) at the first thing that is not a well-formed policy, and at the
/// few well-formed things it leaves to the full parser (escapes in strings, an `Effect` in the
/// wrong case). `PolicyParser` then reads the text again and reports the problem at its place,
/// so this reader never has to locate an error, and the tree and location map are built later
/// only if someone asks (`LazyJSONTree`). Whatever it does read is exactly what `PolicyParser`
/// would build from the same text: a test compares the two over the fuzz corpus.
///
/// Grammar: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
struct PolicyByteReader {
    /// Why reading stopped: the text is for `PolicyParser` to judge.
    struct GiveUp: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private let lines: LineTable
    private var index = 0
    /// The values of the array being read: collected here, then copied out at their exact count.
    private var valueStack: [String] = []

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.lines = LineTable(bytes: bytes)
    }

    /// The parsed policy, or `nil` when `text` needs the full parser.
    static func read(_ text: String) -> ParsedPolicy? {
        var utf8 = text
        return utf8.withUTF8 { bytes in
            var reader = PolicyByteReader(bytes: bytes)
            return try? reader.readDocument(source: text)
        }
    }

    // MARK: The grammar

    private mutating func readDocument(source: String) throws(GiveUp) -> ParsedPolicy {
        skipWhitespace()
        try expect(.openBrace)
        var version: PolicyVersion?
        var versionText: String?
        var id: String?
        var statements: [PolicyStatement]?
        var statementIsArray = false
        var hasMembers = openMembers()
        while hasMembers {
            let name = try memberName()
            if matches(name, "Version") {
                guard versionText == nil else { throw GiveUp() }
                let text = try string()
                guard let parsed = PolicyVersion(rawValue: text) else { throw GiveUp() }
                (version, versionText) = (parsed, text)
            } else if matches(name, "Statement") {
                guard statements == nil else { throw GiveUp() }
                statementIsArray = peek == .openBracket
                statements = try readStatements()
            } else if matches(name, "Id") {
                guard id == nil else { throw GiveUp() }
                id = try string()
            } else {
                throw GiveUp()
            }
            hasMembers = try nextMember()
        }
        skipWhitespace()
        guard index == bytes.count, let statements else { throw GiveUp() }
        return ParsedPolicy(
            source: source, tree: LazyJSONTree(source: source), version: version, versionText: versionText, id: id,
            statements: statements, statementIsArray: statementIsArray,
            sizeWithoutWhitespace: PolicyDocument.sizeWithoutWhitespace(of: source), miscasedEffects: [])
    }

    /// `Statement`: one object, or a non-empty array of objects.
    private mutating func readStatements() throws(GiveUp) -> [PolicyStatement] {
        if peek == .openBrace {
            return [try readStatement(index: 0, path: JSONPath(components: [.key("Statement")]))]
        }
        try expect(.openBracket)
        var statements: [PolicyStatement] = []
        repeat {
            skipWhitespace()
            let position = statements.count
            statements.append(try readStatement(
                index: position, path: JSONPath(components: [.key("Statement"), .index(position)])))
        } while try nextElement()
        return statements
    }

    /// Which statement elements were seen, to refuse duplicates.
    private struct Seen: OptionSet {
        let rawValue: UInt16
        static let sid = Seen(rawValue: 1 << 0)
        static let effect = Seen(rawValue: 1 << 1)
        static let principal = Seen(rawValue: 1 << 2)
        static let notPrincipal = Seen(rawValue: 1 << 3)
        static let action = Seen(rawValue: 1 << 4)
        static let notAction = Seen(rawValue: 1 << 5)
        static let resource = Seen(rawValue: 1 << 6)
        static let notResource = Seen(rawValue: 1 << 7)
        static let condition = Seen(rawValue: 1 << 8)
    }

    private mutating func readStatement(index position: Int, path: JSONPath) throws(GiveUp) -> PolicyStatement {
        let start = index
        try expect(.openBrace)
        var seen: Seen = []
        var sid: String?
        var effect: PolicyEffect?
        var principal: PolicyPrincipal?
        var notPrincipal: PolicyPrincipal?
        var action: [String]?
        var notAction: [String]?
        var resource: [String]?
        var notResource: [String]?
        var conditions: [PolicyCondition] = []
        var hasMembers = openMembers()
        while hasMembers {
            let name = try memberName()
            let element: Seen
            switch name.count {
            case 3 where matches(name, "Sid"):
                element = .sid
                sid = try string()
            case 6 where matches(name, "Effect"):
                element = .effect
                let value = try stringRange()
                if matches(value, "Allow") {
                    effect = .allow
                } else if matches(value, "Deny") {
                    effect = .deny
                } else {
                    throw GiveUp()  // wrong case ("failed legacy parsing") or not an effect
                }
            case 6 where matches(name, "Action"):
                element = .action
                action = try stringList().values
            case 8 where matches(name, "Resource"):
                element = .resource
                resource = try stringList().values
            case 9 where matches(name, "Condition"):
                element = .condition
                conditions = try readConditions(statementPath: path)
            case 9 where matches(name, "Principal"):
                element = .principal
                principal = try readPrincipal()
            case 9 where matches(name, "NotAction"):
                element = .notAction
                notAction = try stringList().values
            case 11 where matches(name, "NotResource"):
                element = .notResource
                notResource = try stringList().values
            case 12 where matches(name, "NotPrincipal"):
                element = .notPrincipal
                notPrincipal = try readPrincipal()
            default:
                throw GiveUp()
            }
            guard !seen.contains(element) else { throw GiveUp() }
            seen.insert(element)
            hasMembers = try nextMember()
        }
        guard let effect, !(action != nil && notAction != nil), !(resource != nil && notResource != nil),
            !(principal != nil && notPrincipal != nil)
        else { throw GiveUp() }
        return PolicyStatement(
            index: position, sid: sid, effect: effect, principal: principal, notPrincipal: notPrincipal, action: action,
            notAction: notAction, resource: resource, notResource: notResource, conditions: conditions,
            span: lines.span(start..<index), path: path)
    }

    /// `"*"`, or an object of principal types, each a string or an array of strings.
    private mutating func readPrincipal() throws(GiveUp) -> PolicyPrincipal {
        if peek == .quote {
            guard matches(try stringRange(), "*") else { throw GiveUp() }
            return .wildcard
        }
        try expect(.openBrace)
        var entries: [PrincipalEntry] = []
        var hasMembers = openMembers()
        while hasMembers {
            let name = try memberName()
            let type: PrincipalType
            if matches(name, "AWS") {
                type = .aws
            } else if matches(name, "Service") {
                type = .service
            } else if matches(name, "Federated") {
                type = .federated
            } else if matches(name, "CanonicalUser") {
                type = .canonicalUser
            } else {
                throw GiveUp()
            }
            guard !entries.contains(where: { $0.type == type }) else { throw GiveUp() }
            let list = try stringList()
            entries.append(PrincipalEntry(type: type, values: list.values, isArray: list.isArray))
            hasMembers = try nextMember()
        }
        return .entries(entries)
    }

    /// `{ operator: { key: value-or-values } }`, one `PolicyCondition` per key.
    private mutating func readConditions(statementPath: JSONPath) throws(GiveUp) -> [PolicyCondition] {
        try expect(.openBrace)
        var conditions: [PolicyCondition] = []
        // Operators that mapped no keys, so that a repeated operator is caught even then (an
        // operator's name is its `description`: equal operators were written alike).
        var operatorsWithoutKeys: [ConditionOperator] = []
        var hasOperators = openMembers()
        while hasOperators {
            let nameRange = try memberName()
            guard let conditionOperator = ConditionOperator(name: text(nameRange)),
                !conditions.contains(where: { $0.conditionOperator == conditionOperator }),
                !operatorsWithoutKeys.contains(conditionOperator)
            else { throw GiveUp() }
            try expect(.openBrace)
            let firstOfOperator = conditions.count
            var hasKeys = openMembers()
            if !hasKeys { operatorsWithoutKeys.append(conditionOperator) }
            while hasKeys {
                let keyRange = try memberName()
                let key = text(keyRange)
                // The same key twice under one operator (compared as the full parser compares).
                guard !conditions[firstOfOperator...].contains(where: { $0.key == key }) else { throw GiveUp() }
                let values = try conditionValues()
                // From the key's opening quote to the end of its value.
                let span = lines.span((keyRange.lowerBound - 1)..<index)
                conditions.append(PolicyCondition(
                    conditionOperator: conditionOperator, key: key, values: values, span: span, statementPath: statementPath))
                hasKeys = try nextMember()
            }
            hasOperators = try nextMember()
        }
        return conditions
    }

    /// A condition's value: a scalar or an array of scalars.
    private mutating func conditionValues() throws(GiveUp) -> [String] {
        guard peek == .openBracket else { return [try scalar()] }
        index += 1
        skipWhitespace()
        if peek == .closeBracket {
            index += 1
            return []
        }
        let base = valueStack.count
        repeat {
            skipWhitespace()
            valueStack.append(try scalar())
        } while try nextElement()
        return popValues(from: base)
    }

    /// The values pushed since `base`, in one array of exactly their number (no regrowth).
    private mutating func popValues(from base: Int) -> [String] {
        let values = Array(valueStack[base...])
        valueStack.removeSubrange(base...)
        return values
    }

    /// A string, a number (as its literal text) or a Boolean (as `true`/`false`).
    private mutating func scalar() throws(GiveUp) -> String {
        switch peek {
        case .quote:
            return try string()
        case UInt8(ascii: "t"):
            try literal("true")
            return "true"
        case UInt8(ascii: "f"):
            try literal("false")
            return "false"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = index
            while index < bytes.count, Self.isNumberByte(bytes[index]) { index += 1 }
            let literal = Array(bytes[start..<index])
            guard JSONNumber.isValidLiteral(literal[...]) else { throw GiveUp() }
            return String(decoding: literal, as: UTF8.self)
        default:
            throw GiveUp()
        }
    }

    /// A string or an array of strings.
    private mutating func stringList() throws(GiveUp) -> (values: [String], isArray: Bool) {
        guard peek == .openBracket else { return ([try string()], false) }
        index += 1
        skipWhitespace()
        if peek == .closeBracket {
            index += 1
            return ([], true)
        }
        let base = valueStack.count
        repeat {
            skipWhitespace()
            valueStack.append(try string())
        } while try nextElement()
        return (popValues(from: base), true)
    }

    // MARK: JSON, as strictly as JSONReader reads it

    private var peek: UInt8 { index < bytes.count ? bytes[index] : 0 }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func expect(_ byte: UInt8) throws(GiveUp) {
        guard peek == byte else { throw GiveUp() }
        index += 1
    }

    /// After `{`: whether members follow (an empty object's `}` is consumed).
    private mutating func openMembers() -> Bool {
        skipWhitespace()
        guard peek == .closeBrace else { return true }
        index += 1
        return false
    }

    /// `"name" :`, leaving `index` at the value; returns the name's byte range (no quotes).
    private mutating func memberName() throws(GiveUp) -> Range<Int> {
        skipWhitespace()
        let name = try stringRange()
        skipWhitespace()
        try expect(.colon)
        skipWhitespace()
        return name
    }

    /// After a member's value: `true` past a `,`, `false` past the object's `}`.
    private mutating func nextMember() throws(GiveUp) -> Bool {
        skipWhitespace()
        switch peek {
        case .comma: index += 1; return true
        case .closeBrace: index += 1; return false
        default: throw GiveUp()
        }
    }

    /// After an element: `true` past a `,`, `false` past the array's `]`.
    private mutating func nextElement() throws(GiveUp) -> Bool {
        skipWhitespace()
        switch peek {
        case .comma: index += 1; return true
        case .closeBracket: index += 1; return false
        default: throw GiveUp()
        }
    }

    /// The content range of the string at `index`; escapes and control characters give up.
    private mutating func stringRange() throws(GiveUp) -> Range<Int> {
        try expect(.quote)
        let start = index
        skipPlainStringBytes()
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .quote {
                index += 1
                return start..<(index - 1)
            }
            if byte == .backslash || byte < 0x20 { throw GiveUp() }
            index += 1
        }
        throw GiveUp()
    }

    /// Skips eight bytes at a time while none of them is a quote, a backslash or a control
    /// character (the SWAR "has a zero byte" and "has a byte below n" tests); the byte loop
    /// after it then finds the one that ends the string.
    private mutating func skipPlainStringBytes() {
        guard let base = bytes.baseAddress else { return }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let quotes = word ^ (ones &* UInt64(UInt8.quote))
            let backslashes = word ^ (ones &* UInt64(UInt8.backslash))
            let special = ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes)
                | ((word &- ones &* 0x20) & ~word)
            if special & highBits != 0 { return }
            index += 8
        }
    }

    private mutating func string() throws(GiveUp) -> String {
        text(try stringRange())
    }

    /// The text of a byte range, decoded as `JSONReader` decodes it.
    private func text(_ range: Range<Int>) -> String {
        JSONReader.interned(bytes, range.lowerBound, range.count)
            ?? String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Whether the bytes in `range` are exactly `literal`.
    private func matches(_ range: Range<Int>, _ literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<range.count where bytes[range.lowerBound + offset] != pointer[offset] { return false }
        return true
    }

    /// `true` or `false`, not followed by a letter or digit (`truex` is not JSON).
    private mutating func literal(_ word: StaticString) throws(GiveUp) {
        let end = index + word.utf8CodeUnitCount
        guard end <= bytes.count, matches(index..<end, word) else { throw GiveUp() }
        index = end
        let next = peek
        let isWordByte = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(next)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(next) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next)
        guard !isWordByte else { throw GiveUp() }
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
            UInt8(ascii: "e"), UInt8(ascii: "E"):
            true
        default:
            false
        }
    }
}

extension UInt8 {
    fileprivate static let quote = UInt8(ascii: "\"")
    fileprivate static let backslash = UInt8(ascii: "\\")
    fileprivate static let openBrace = UInt8(ascii: "{")
    fileprivate static let closeBrace = UInt8(ascii: "}")
    fileprivate static let openBracket = UInt8(ascii: "[")
    fileprivate static let closeBracket = UInt8(ascii: "]")
    fileprivate static let colon = UInt8(ascii: ":")
    fileprivate static let comma = UInt8(ascii: ",")
}
