/// A document whose JSON is valid and whose shape follows the policy grammar, before the
/// per-kind rules run.
struct ParsedPolicy: Sendable {
    var source: String
    /// The JSON tree and its locations: already built when `PolicyParser` read the document,
    /// built on first use when `PolicyByteReader` did.
    var tree: LazyJSONTree
    var version: PolicyVersion?
    var versionText: String?
    var id: String?
    var statements: [PolicyStatement]
    var statementIsArray: Bool
    var sizeWithoutWhitespace: Int
    /// Effect strings that are `allow`/`deny` in another case (IAM: "failed legacy parsing").
    var miscasedEffects: [JSONPath]

    /// The parsed JSON.
    var json: JSONValue { tree.value }
    /// Where every JSON node sits (for located errors).
    var locations: JSONLocationMap { tree.locations }
}

/// Turns JSON into statements, reporting grammar violations as AWS's `Syntax errors in policy.`
/// with the offending node's place.
///
/// It walks the JSON value and its location nodes together (an object's child nodes come in
/// member order), so it never looks a path up and builds paths only for errors and for the
/// statement and condition paths the model keeps.
///
/// Grammar: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
struct PolicyParser {
    typealias Node = JSONLocationMap.Node

    let locations: JSONLocationMap
    var miscasedEffects: [JSONPath] = []

    /// Reads `text` on the fast path (`PolicyByteReader`) when it is well formed, else with
    /// the full JSON tree and location map, which locate the problem.
    static func parse(_ text: String) throws(PolicyError) -> ParsedPolicy {
        if let parsed = PolicyByteReader.read(text) { return parsed }
        return try parseLocated(text)
    }

    /// Reads `text` through the JSON tree and location map; every problem comes out located.
    static func parseLocated(_ text: String) throws(PolicyError) -> ParsedPolicy {
        let json: JSONValue
        let locations: JSONLocationMap
        do {
            (json, locations) = try JSONParser.parseWithLocations(text)
        } catch {
            throw PolicyError(
                code: .malformedPolicyDocument, message: PolicyError.syntaxMessage, detail: error.message,
                position: error.position, path: error.path)
        }
        var parser = PolicyParser(locations: locations)
        return try parser.parseDocument(json, source: text)
    }

    func syntax(_ node: Node, _ detail: String) -> PolicyError {
        PolicyError(
            code: .malformedPolicyDocument, message: PolicyError.syntaxMessage, detail: detail,
            position: locations.span(of: node).start, path: locations.path(of: node))
    }

    /// Calls `body` with each member of an object and its node, in order, after rejecting
    /// duplicate names (IAM would silently pick one, which hides mistakes). The duplicate check
    /// covers the whole object first, so it is reported before any other problem of the object.
    /// Walks the sibling links in step with the members: no per-object arrays.
    func forEachMember(
        _ object: JSONObject, _ node: Node, _ body: (JSONObject.Member, Node) throws(PolicyError) -> Void
    ) throws(PolicyError) {
        let members = object.members
        for later in members.indices {
            for earlier in 0..<later where members[earlier].key == members[later].key {
                let child = nthChild(of: node, later) ?? node
                throw PolicyError(
                    code: .malformedPolicyDocument, message: PolicyError.syntaxMessage,
                    detail: "duplicate key \"\(members[later].key)\"",
                    position: locations.keySpan(of: child)?.start, path: locations.path(of: child))
            }
        }
        var child = locations.firstChild(of: node)
        for member in members {
            try body(member, child ?? node)
            child = child.flatMap(locations.nextSibling(of:))
        }
    }

    /// The `position`th child node (of an object or array), walking the sibling links.
    func nthChild(of node: Node, _ position: Int) -> Node? {
        var child = locations.firstChild(of: node)
        var remaining = position
        while remaining > 0, let current = child {
            child = locations.nextSibling(of: current)
            remaining -= 1
        }
        return child
    }

    mutating func parseDocument(_ json: JSONValue, source: String) throws(PolicyError) -> ParsedPolicy {
        guard let root = locations.root else { throw PolicyError(code: .malformedPolicyDocument, message: PolicyError.syntaxMessage) }
        guard let top = json.objectValue else { throw syntax(root, "the policy must be a JSON object") }
        var version: PolicyVersion?
        var versionText: String?
        var id: String?
        var statementEntry: (value: JSONValue, node: Node)?
        try forEachMember(top, root) { (member, node) throws(PolicyError) in
            switch member.key {
            case "Version":
                guard let text = member.value.stringValue else { throw syntax(node, "Version must be a string") }
                guard let parsed = PolicyVersion(rawValue: text) else {
                    throw syntax(node, "Version must be \"2012-10-17\" or \"2008-10-17\"")
                }
                version = parsed
                versionText = text
            case "Id":
                guard let text = member.value.stringValue else { throw syntax(node, "Id must be a string") }
                id = text
            case "Statement":
                statementEntry = (member.value, node)
            default:
                throw syntax(node, "unknown element \"\(member.key)\"")
            }
        }
        guard let statementEntry else { throw syntax(root, "missing Statement") }
        var statements: [PolicyStatement] = []
        let isArray: Bool
        switch statementEntry.value {
        case .object:
            isArray = false
            statements.append(try parseStatement(
                statementEntry.value, index: 0, node: statementEntry.node, path: JSONPath(components: [.key("Statement")])))
        case .array(let elements):
            isArray = true
            guard !elements.isEmpty else { throw syntax(statementEntry.node, "Statement must not be empty") }
            statements.reserveCapacity(elements.count)
            var node = locations.firstChild(of: statementEntry.node)
            for (index, element) in elements.enumerated() {
                let current = node ?? statementEntry.node
                statements.append(try parseStatement(
                    element, index: index, node: current, path: JSONPath(components: [.key("Statement"), .index(index)])))
                node = locations.nextSibling(of: current)
            }
        default:
            throw syntax(statementEntry.node, "Statement must be an object or an array of objects")
        }
        return ParsedPolicy(
            source: source, tree: LazyJSONTree(source: source, value: json, locations: locations), version: version, versionText: versionText, id: id,
            statements: statements, statementIsArray: isArray,
            sizeWithoutWhitespace: PolicyDocument.sizeWithoutWhitespace(of: source), miscasedEffects: miscasedEffects)
    }

    /// `path` is the statement node's path (what `locations.path(of: node)` gives, built
    /// directly because keys are unique once duplicates are rejected).
    mutating func parseStatement(_ value: JSONValue, index: Int, node: Node, path: JSONPath) throws(PolicyError) -> PolicyStatement {
        guard let object = value.objectValue else { throw syntax(node, "a statement must be a JSON object") }
        var elements = StatementElements()
        try forEachMember(object, node) { (member, child) throws(PolicyError) in
            switch member.key {
            case "Sid":
                guard let text = member.value.stringValue else { throw syntax(child, "Sid must be a string") }
                elements.sid = text
            case "Effect":
                guard let text = member.value.stringValue else { throw syntax(child, "Effect must be a string") }
                switch text {
                case "Allow": elements.effect = .allow
                case "Deny": elements.effect = .deny
                default:
                    switch text.lowercased() {
                    case "allow": elements.effect = .allow
                    case "deny": elements.effect = .deny
                    default: throw syntax(child, "Effect must be \"Allow\" or \"Deny\"")
                    }
                    miscasedEffects.append(locations.path(of: child))
                }
            case "Principal":
                elements.principal = try parsePrincipal(member.value, node: child)
            case "NotPrincipal":
                elements.notPrincipal = try parsePrincipal(member.value, node: child)
            case "Action":
                elements.action = try stringList(member.value, node: child)
            case "NotAction":
                elements.notAction = try stringList(member.value, node: child)
            case "Resource":
                elements.resource = try stringList(member.value, node: child)
            case "NotResource":
                elements.notResource = try stringList(member.value, node: child)
            case "Condition":
                elements.conditions = try parseConditions(member.value, node: child, statementPath: path)
            default:
                throw syntax(child, "unknown statement element \"\(member.key)\"")
            }
        }
        guard let effect = elements.effect else { throw syntax(node, "missing Effect") }
        if let (first, second) = elements.conflict {
            throw syntax(locations.child(of: node, key: second) ?? node, "a statement cannot have both \(first) and \(second)")
        }
        return elements.statement(index: index, effect: effect, span: locations.span(of: node), path: path)
    }

    /// A string or an array of strings.
    func stringList(_ value: JSONValue, node: Node) throws(PolicyError) -> [String] {
        switch value {
        case .string(let text):
            return [text]
        case .array(let elements):
            var strings: [String] = []
            strings.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() {
                guard let text = element.stringValue else {
                    throw syntax(locations.child(of: node, index: index) ?? node, "expected a string, found \(element.kindName)")
                }
                strings.append(text)
            }
            return strings
        default:
            throw syntax(node, "expected a string or an array of strings, found \(value.kindName)")
        }
    }

    func parsePrincipal(_ value: JSONValue, node: Node) throws(PolicyError) -> PolicyPrincipal {
        if case .string(let text) = value {
            guard text == "*" else { throw syntax(node, "a principal string must be \"*\"; use {\"AWS\": …} for ARNs") }
            return .wildcard
        }
        guard let object = value.objectValue else { throw syntax(node, "Principal must be \"*\" or an object") }
        var entries: [PrincipalEntry] = []
        try forEachMember(object, node) { (member, child) throws(PolicyError) in
            guard let type = PrincipalType(rawValue: member.key) else {
                throw syntax(child, "unknown principal type \"\(member.key)\"")
            }
            let values = try stringList(member.value, node: child)
            entries.append(PrincipalEntry(type: type, values: values, isArray: member.value.arrayValue != nil))
        }
        return .entries(entries)
    }

    func parseConditions(_ value: JSONValue, node: Node, statementPath: JSONPath) throws(PolicyError) -> [PolicyCondition] {
        guard let block = value.objectValue else { throw syntax(node, "Condition must be an object") }
        var conditions: [PolicyCondition] = []
        try forEachMember(block, node) { (operatorMember, operatorNode) throws(PolicyError) in
            guard let conditionOperator = ConditionOperator(name: operatorMember.key) else {
                throw syntax(operatorNode, "unknown condition operator \"\(operatorMember.key)\"")
            }
            guard let keys = operatorMember.value.objectValue else {
                throw syntax(operatorNode, "a condition operator must map keys to values")
            }
            try forEachMember(keys, operatorNode) { (keyMember, keyNode) throws(PolicyError) in
                let values = try conditionValues(keyMember.value, node: keyNode)
                let valueSpan = locations.span(of: keyNode)
                let span = locations.keySpan(of: keyNode).map { SourceSpan(start: $0.start, end: valueSpan.end) }
                conditions.append(PolicyCondition(
                    conditionOperator: conditionOperator, key: keyMember.key, values: values, span: span,
                    statementPath: statementPath))
            }
        }
        return conditions
    }

    /// Condition values are strings, but numbers and Booleans may be unquoted.
    func conditionValues(_ value: JSONValue, node: Node) throws(PolicyError) -> [String] {
        func scalar(_ value: JSONValue, _ node: Node) throws(PolicyError) -> String {
            switch value {
            case .string(let text): return text
            case .number(let number): return number.text
            case .bool(let flag): return flag ? "true" : "false"
            default: throw syntax(node, "a condition value must be a string, number or Boolean, found \(value.kindName)")
            }
        }
        if case .array(let elements) = value {
            var values: [String] = []
            values.reserveCapacity(elements.count)
            var child = locations.firstChild(of: node)
            for element in elements {
                values.append(try scalar(element, child ?? node))
                child = child.flatMap(locations.nextSibling(of:))
            }
            return values
        }
        return [try scalar(value, node)]
    }
}
