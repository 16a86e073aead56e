/// A document whose JSON is valid and whose shape follows the policy grammar, before the
/// per-kind rules run.
struct ParsedPolicy: Sendable {
    var source: String
    var json: JSONValue
    var locations: JSONLocationMap
    var version: PolicyVersion?
    var versionText: String?
    var id: String?
    var statements: [PolicyStatement]
    var statementIsArray: Bool
    var sizeWithoutWhitespace: Int
    /// Effect strings that are `allow`/`deny` in another case (IAM: "failed legacy parsing").
    var miscasedEffects: [JSONPath]
}

/// Turns JSON into statements, reporting grammar violations as AWS's `Syntax errors in policy.`
/// with the offending node's place.
///
/// Grammar: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
struct PolicyParser {
    static let topLevelKeys: Set<String> = ["Version", "Id", "Statement"]
    static let statementKeys: Set<String> = [
        "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition",
    ]

    let locations: JSONLocationMap
    var miscasedEffects: [JSONPath] = []

    static func parse(_ text: String) throws(PolicyError) -> ParsedPolicy {
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

    func syntax(_ path: JSONPath, _ detail: String) -> PolicyError {
        PolicyError(
            code: .malformedPolicyDocument, message: PolicyError.syntaxMessage, detail: detail,
            position: locations.span(at: path)?.start, path: path)
    }

    /// Rejects duplicate member names: IAM would silently pick one, which hides mistakes.
    func checkDuplicates(_ object: JSONObject, at path: JSONPath) throws(PolicyError) {
        if let duplicate = object.duplicateKeys.first {
            let keyPath = path.appending(key: duplicate)
            throw PolicyError(
                code: .malformedPolicyDocument, message: PolicyError.syntaxMessage,
                detail: "duplicate key \"\(duplicate)\"", position: locations.keySpan(at: keyPath)?.start, path: keyPath)
        }
    }

    mutating func parseDocument(_ json: JSONValue, source: String) throws(PolicyError) -> ParsedPolicy {
        guard let top = json.objectValue else { throw syntax(.root, "the policy must be a JSON object") }
        try checkDuplicates(top, at: .root)
        for member in top where !Self.topLevelKeys.contains(member.key) {
            throw syntax(.root.appending(key: member.key), "unknown element \"\(member.key)\"")
        }
        var version: PolicyVersion?
        var versionText: String?
        if let value = top["Version"] {
            let path = JSONPath.root.appending(key: "Version")
            guard let text = value.stringValue else { throw syntax(path, "Version must be a string") }
            guard let parsed = PolicyVersion(rawValue: text) else {
                throw syntax(path, "Version must be \"2012-10-17\" or \"2008-10-17\"")
            }
            version = parsed
            versionText = text
        }
        var id: String?
        if let value = top["Id"] {
            guard let text = value.stringValue else { throw syntax(.root.appending(key: "Id"), "Id must be a string") }
            id = text
        }
        guard let statementValue = top["Statement"] else { throw syntax(.root, "missing Statement") }
        let statementPath = JSONPath.root.appending(key: "Statement")
        var statements: [PolicyStatement] = []
        let isArray: Bool
        switch statementValue {
        case .object:
            isArray = false
            statements.append(try parseStatement(statementValue, index: 0, path: statementPath))
        case .array(let elements):
            isArray = true
            guard !elements.isEmpty else { throw syntax(statementPath, "Statement must not be empty") }
            for (index, element) in elements.enumerated() {
                statements.append(try parseStatement(element, index: index, path: statementPath.appending(index: index)))
            }
        default:
            throw syntax(statementPath, "Statement must be an object or an array of objects")
        }
        return ParsedPolicy(
            source: source, json: json, locations: locations, version: version, versionText: versionText, id: id,
            statements: statements, statementIsArray: isArray,
            sizeWithoutWhitespace: PolicyDocument.sizeWithoutWhitespace(of: source), miscasedEffects: miscasedEffects)
    }

    mutating func parseStatement(_ value: JSONValue, index: Int, path: JSONPath) throws(PolicyError) -> PolicyStatement {
        guard let object = value.objectValue else { throw syntax(path, "a statement must be a JSON object") }
        try checkDuplicates(object, at: path)
        for member in object where !Self.statementKeys.contains(member.key) {
            throw syntax(path.appending(key: member.key), "unknown statement element \"\(member.key)\"")
        }
        var sid: String?
        if let value = object["Sid"] {
            guard let text = value.stringValue else { throw syntax(path.appending(key: "Sid"), "Sid must be a string") }
            sid = text
        }
        let effectPath = path.appending(key: "Effect")
        guard let effectValue = object["Effect"] else { throw syntax(path, "missing Effect") }
        guard let effectText = effectValue.stringValue else { throw syntax(effectPath, "Effect must be a string") }
        let effect: PolicyEffect
        switch effectText.lowercased() {
        case "allow": effect = .allow
        case "deny": effect = .deny
        default: throw syntax(effectPath, "Effect must be \"Allow\" or \"Deny\"")
        }
        if effectText != effect.rawValue { miscasedEffects.append(effectPath) }
        try exclusive(object, "Action", "NotAction", at: path)
        try exclusive(object, "Resource", "NotResource", at: path)
        try exclusive(object, "Principal", "NotPrincipal", at: path)
        var conditions: [PolicyCondition] = []
        if let value = object["Condition"] {
            conditions = try parseConditions(value, path: path.appending(key: "Condition"))
        }
        guard let span = locations.span(at: path) else { throw syntax(path, "statement without location") }
        return PolicyStatement(
            index: index, sid: sid, effect: effect,
            principal: try object["Principal"].map { v throws(PolicyError) in try parsePrincipal(v, path: path.appending(key: "Principal")) },
            notPrincipal: try object["NotPrincipal"].map { v throws(PolicyError) in try parsePrincipal(v, path: path.appending(key: "NotPrincipal")) },
            action: try object["Action"].map { v throws(PolicyError) in try stringList(v, path: path.appending(key: "Action")) },
            notAction: try object["NotAction"].map { v throws(PolicyError) in try stringList(v, path: path.appending(key: "NotAction")) },
            resource: try object["Resource"].map { v throws(PolicyError) in try stringList(v, path: path.appending(key: "Resource")) },
            notResource: try object["NotResource"].map { v throws(PolicyError) in try stringList(v, path: path.appending(key: "NotResource")) },
            conditions: conditions, span: span, path: path)
    }

    func exclusive(_ object: JSONObject, _ first: String, _ second: String, at path: JSONPath) throws(PolicyError) {
        if object[first] != nil, object[second] != nil {
            throw syntax(path.appending(key: second), "a statement cannot have both \(first) and \(second)")
        }
    }

    /// A string or an array of strings.
    func stringList(_ value: JSONValue, path: JSONPath) throws(PolicyError) -> [String] {
        switch value {
        case .string(let text):
            return [text]
        case .array(let elements):
            var strings: [String] = []
            for (index, element) in elements.enumerated() {
                guard let text = element.stringValue else {
                    throw syntax(path.appending(index: index), "expected a string, found \(element.kindName)")
                }
                strings.append(text)
            }
            return strings
        default:
            throw syntax(path, "expected a string or an array of strings, found \(value.kindName)")
        }
    }

    func parsePrincipal(_ value: JSONValue, path: JSONPath) throws(PolicyError) -> PolicyPrincipal {
        if case .string(let text) = value {
            guard text == "*" else { throw syntax(path, "a principal string must be \"*\"; use {\"AWS\": …} for ARNs") }
            return .wildcard
        }
        guard let object = value.objectValue else { throw syntax(path, "Principal must be \"*\" or an object") }
        try checkDuplicates(object, at: path)
        var entries: [PrincipalEntry] = []
        for member in object {
            let memberPath = path.appending(key: member.key)
            guard let type = PrincipalType(rawValue: member.key) else {
                throw syntax(memberPath, "unknown principal type \"\(member.key)\"")
            }
            let values = try stringList(member.value, path: memberPath)
            entries.append(PrincipalEntry(type: type, values: values, isArray: member.value.arrayValue != nil))
        }
        return .entries(entries)
    }

    func parseConditions(_ value: JSONValue, path: JSONPath) throws(PolicyError) -> [PolicyCondition] {
        guard let block = value.objectValue else { throw syntax(path, "Condition must be an object") }
        try checkDuplicates(block, at: path)
        var conditions: [PolicyCondition] = []
        for operatorMember in block {
            let operatorPath = path.appending(key: operatorMember.key)
            guard let conditionOperator = ConditionOperator(name: operatorMember.key) else {
                throw syntax(operatorPath, "unknown condition operator \"\(operatorMember.key)\"")
            }
            guard let keys = operatorMember.value.objectValue else {
                throw syntax(operatorPath, "a condition operator must map keys to values")
            }
            try checkDuplicates(keys, at: operatorPath)
            for keyMember in keys {
                let keyPath = operatorPath.appending(key: keyMember.key)
                let values = try conditionValues(keyMember.value, path: keyPath)
                let span = locations.keySpan(at: keyPath).flatMap { keySpan in
                    locations.span(at: keyPath).map { SourceSpan(start: keySpan.start, end: $0.end) }
                }
                conditions.append(PolicyCondition(
                    conditionOperator: conditionOperator, key: keyMember.key, values: values, span: span, path: keyPath))
            }
        }
        return conditions
    }

    /// Condition values are strings, but numbers and Booleans may be unquoted.
    func conditionValues(_ value: JSONValue, path: JSONPath) throws(PolicyError) -> [String] {
        func scalar(_ value: JSONValue, _ path: JSONPath) throws(PolicyError) -> String {
            switch value {
            case .string(let text): return text
            case .number(let number): return number.text
            case .bool(let flag): return flag ? "true" : "false"
            default: throw syntax(path, "a condition value must be a string, number or Boolean, found \(value.kindName)")
            }
        }
        if case .array(let elements) = value {
            var values: [String] = []
            for (index, element) in elements.enumerated() {
                values.append(try scalar(element, path.appending(index: index)))
            }
            return values
        }
        return [try scalar(value, path)]
    }
}
