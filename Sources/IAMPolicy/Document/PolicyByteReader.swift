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
    typealias GiveUp = JSONByteCursor.GiveUp

    private var cursor: JSONByteCursor
    private let lines: LineTable
    /// The values of the array being read: collected here, then copied out at their exact count.
    private var valueStack: [String] = []

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.cursor = JSONByteCursor(bytes: bytes)
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
        cursor.skipWhitespace()
        try cursor.expect(.openBrace)
        var version: PolicyVersion?
        var versionText: String?
        var id: String?
        var statements: [PolicyStatement]?
        var statementIsArray = false
        var hasMembers = cursor.openMembers()
        while hasMembers {
            let name = try cursor.memberName()
            if cursor.matches(name, "Version") {
                guard versionText == nil else { throw GiveUp() }
                let text = try cursor.string()
                guard let parsed = PolicyVersion(rawValue: text) else { throw GiveUp() }
                (version, versionText) = (parsed, text)
            } else if cursor.matches(name, "Statement") {
                guard statements == nil else { throw GiveUp() }
                statementIsArray = cursor.peek == .openBracket
                statements = try readStatements()
            } else if cursor.matches(name, "Id") {
                guard id == nil else { throw GiveUp() }
                id = try cursor.string()
            } else {
                throw GiveUp()
            }
            hasMembers = try cursor.nextMember()
        }
        guard cursor.isAtEnd, let statements else { throw GiveUp() }
        return ParsedPolicy(
            source: source, tree: LazyJSONTree(source: source), version: version, versionText: versionText, id: id,
            statements: statements, statementIsArray: statementIsArray,
            sizeWithoutWhitespace: PolicyDocument.sizeWithoutWhitespace(of: source), miscasedEffects: [])
    }

    /// `Statement`: one object, or a non-empty array of objects.
    private mutating func readStatements() throws(GiveUp) -> [PolicyStatement] {
        if cursor.peek == .openBrace {
            return [try readStatement(index: 0, path: JSONPath(components: [.key("Statement")]))]
        }
        try cursor.expect(.openBracket)
        var statements: [PolicyStatement] = []
        repeat {
            cursor.skipWhitespace()
            let position = statements.count
            statements.append(try readStatement(
                index: position, path: JSONPath(components: [.key("Statement"), .index(position)])))
        } while try cursor.nextElement()
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
        let start = cursor.index
        try cursor.expect(.openBrace)
        var seen: Seen = []
        var elements = StatementElements()
        var hasMembers = cursor.openMembers()
        while hasMembers {
            let name = try cursor.memberName()
            let element: Seen
            switch name.count {
            case 3 where cursor.matches(name, "Sid"):
                element = .sid
                elements.sid = try cursor.string()
            case 6 where cursor.matches(name, "Effect"):
                element = .effect
                let value = try cursor.stringRange()
                if cursor.matches(value, "Allow") {
                    elements.effect = .allow
                } else if cursor.matches(value, "Deny") {
                    elements.effect = .deny
                } else {
                    throw GiveUp()  // wrong case ("failed legacy parsing") or not an effect
                }
            case 6 where cursor.matches(name, "Action"):
                element = .action
                elements.action = try stringList().values
            case 8 where cursor.matches(name, "Resource"):
                element = .resource
                elements.resource = try stringList().values
            case 9 where cursor.matches(name, "Condition"):
                element = .condition
                elements.conditions = try readConditions(statementPath: path)
            case 9 where cursor.matches(name, "Principal"):
                element = .principal
                elements.principal = try readPrincipal()
            case 9 where cursor.matches(name, "NotAction"):
                element = .notAction
                elements.notAction = try stringList().values
            case 11 where cursor.matches(name, "NotResource"):
                element = .notResource
                elements.notResource = try stringList().values
            case 12 where cursor.matches(name, "NotPrincipal"):
                element = .notPrincipal
                elements.notPrincipal = try readPrincipal()
            default:
                throw GiveUp()
            }
            guard !seen.contains(element) else { throw GiveUp() }
            seen.insert(element)
            hasMembers = try cursor.nextMember()
        }
        guard let effect = elements.effect, elements.conflict == nil else { throw GiveUp() }
        return elements.statement(index: position, effect: effect, span: lines.span(start..<cursor.index), path: path)
    }

    /// `"*"`, or an object of principal types, each a string or an array of strings.
    private mutating func readPrincipal() throws(GiveUp) -> PolicyPrincipal {
        if cursor.peek == .quote {
            guard cursor.matches(try cursor.stringRange(), "*") else { throw GiveUp() }
            return .wildcard
        }
        try cursor.expect(.openBrace)
        var entries: [PrincipalEntry] = []
        var hasMembers = cursor.openMembers()
        while hasMembers {
            let name = try cursor.memberName()
            let type: PrincipalType
            if cursor.matches(name, "AWS") {
                type = .aws
            } else if cursor.matches(name, "Service") {
                type = .service
            } else if cursor.matches(name, "Federated") {
                type = .federated
            } else if cursor.matches(name, "CanonicalUser") {
                type = .canonicalUser
            } else {
                throw GiveUp()
            }
            guard !entries.contains(where: { $0.type == type }) else { throw GiveUp() }
            let list = try stringList()
            entries.append(PrincipalEntry(type: type, values: list.values, isArray: list.isArray))
            hasMembers = try cursor.nextMember()
        }
        return .entries(entries)
    }

    /// `{ operator: { key: value-or-values } }`, one `PolicyCondition` per key.
    private mutating func readConditions(statementPath: JSONPath) throws(GiveUp) -> [PolicyCondition] {
        try cursor.expect(.openBrace)
        var conditions: [PolicyCondition] = []
        // Operators that mapped no keys, so that a repeated operator is caught even then (an
        // operator's name is its `description`: equal operators were written alike).
        var operatorsWithoutKeys: [ConditionOperator] = []
        var hasOperators = cursor.openMembers()
        while hasOperators {
            let nameRange = try cursor.memberName()
            guard let conditionOperator = ConditionOperator(name: cursor.text(nameRange)),
                !conditions.contains(where: { $0.conditionOperator == conditionOperator }),
                !operatorsWithoutKeys.contains(conditionOperator)
            else { throw GiveUp() }
            try cursor.expect(.openBrace)
            let firstOfOperator = conditions.count
            var hasKeys = cursor.openMembers()
            if !hasKeys { operatorsWithoutKeys.append(conditionOperator) }
            while hasKeys {
                let keyRange = try cursor.memberName()
                let key = cursor.text(keyRange)
                // The same key twice under one operator (compared as the full parser compares).
                guard !conditions[firstOfOperator...].contains(where: { $0.key == key }) else { throw GiveUp() }
                let values = try conditionValues()
                // From the key's opening quote to the end of its value.
                let span = lines.span((keyRange.lowerBound - 1)..<cursor.index)
                conditions.append(PolicyCondition(
                    conditionOperator: conditionOperator, key: key, values: values, span: span, statementPath: statementPath))
                hasKeys = try cursor.nextMember()
            }
            hasOperators = try cursor.nextMember()
        }
        return conditions
    }

    /// A condition's value: a scalar or an array of scalars.
    private mutating func conditionValues() throws(GiveUp) -> [String] {
        guard cursor.peek == .openBracket else { return [try scalar()] }
        guard try cursor.openElements() else { return [] }
        let base = valueStack.count
        repeat {
            cursor.skipWhitespace()
            valueStack.append(try scalar())
        } while try cursor.nextElement()
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
        switch cursor.peek {
        case .quote:
            return try cursor.string()
        case UInt8(ascii: "t"):
            try cursor.literal("true")
            return "true"
        case UInt8(ascii: "f"):
            try cursor.literal("false")
            return "false"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try cursor.number()
        default:
            throw GiveUp()
        }
    }

    /// A string or an array of strings.
    private mutating func stringList() throws(GiveUp) -> (values: [String], isArray: Bool) {
        guard cursor.peek == .openBracket else { return ([try cursor.string()], false) }
        guard try cursor.openElements() else { return ([], true) }
        let base = valueStack.count
        repeat {
            cursor.skipWhitespace()
            valueStack.append(try cursor.string())
        } while try cursor.nextElement()
        return (popValues(from: base), true)
    }
}
