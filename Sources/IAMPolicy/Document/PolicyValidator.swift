/// The checks IAM runs on a policy after its JSON parses, per policy kind, in the order IAM
/// reports them, with AWS's message texts.
///
/// Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html,
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html,
/// and the texts collected in the project's iam-semantics.md §1.3.
struct PolicyValidator {
    let parsed: ParsedPolicy
    let kind: PolicyKind

    static let sidCharactersMessage =
        "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*"

    func fail(_ message: String, at path: JSONPath, detail: String? = nil) -> PolicyError {
        PolicyError(
            code: .malformedPolicyDocument, message: message, detail: detail,
            position: parsed.locations.span(at: path)?.start, path: path)
    }

    func validate() throws(PolicyError) {
        if kind == .managed || kind == .permissionsBoundary || kind == .awsManaged, parsed.version != .v2012_10_17 {
            let path = parsed.versionText == nil ? JSONPath.root : JSONPath.root.appending(key: "Version")
            throw fail("Policy document must be version 2012-10-17 or greater.", at: path)
        }
        try checkLegacyParsing()
        try checkSids()
        for statement in parsed.statements where (statement.action ?? statement.notAction ?? []).isEmpty {
            throw fail("Policy statement must contain actions.", at: statement.path)
        }
        try checkPrincipalPresence()
        for statement in parsed.statements {
            try checkResources(statement)
        }
        for statement in parsed.statements {
            try checkActions(statement)
        }
        try checkPrincipalValues()
    }

    private func checkLegacyParsing() throws(PolicyError) {
        if let path = parsed.miscasedEffects.first {
            throw fail("The policy failed legacy parsing", at: path, detail: "Effect is case-sensitive: \"Allow\" or \"Deny\"")
        }
        for statement in parsed.statements {
            for condition in statement.conditions where condition.conditionOperator.base.isDate {
                for value in condition.values where PolicyDate.parse(value) == nil {
                    throw fail("The policy failed legacy parsing", at: condition.path, detail: "\"\(value)\" is not a date")
                }
            }
            let name = statement.resource != nil ? "Resource" : "NotResource"
            for (index, pattern) in (statement.resource ?? statement.notResource ?? []).enumerated()
            where ResourceFormat.failsLegacyParsing(pattern) {
                throw fail("The policy failed legacy parsing", at: elementPath(statement, name, index))
            }
        }
    }

    private func checkSids() throws(PolicyError) {
        var seen: [String] = []
        for statement in parsed.statements {
            guard let sid = statement.sid else { continue }
            // The path is built only for an error: success must not allocate per statement.
            var path: JSONPath { statement.path.appending(key: "Sid") }
            var bytes = sid
            let isAlphanumeric = bytes.withUTF8 { bytes in
                bytes.allSatisfy { byte in
                    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                }
            }
            guard isAlphanumeric else { throw fail(Self.sidCharactersMessage, at: path) }
            // An empty Sid is the same as none; only real IDs must be unique.
            if !sid.isEmpty {
                // Policies hold few statements: a list scan is cheaper than hashing.
                if seen.contains(sid) { throw fail("Statement IDs (SID) in a single policy must be unique.", at: path) }
                seen.append(sid)
            }
        }
    }

    private func checkPrincipalPresence() throws(PolicyError) {
        for statement in parsed.statements {
            let hasPrincipal = statement.principal != nil || statement.notPrincipal != nil
            if kind.requiresPrincipal {
                if !hasPrincipal {
                    throw fail(
                        "Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: "
                            + "The passed in policy has a statement with no principals!",
                        at: statement.path)
                }
                if kind == .trust {
                    if statement.notPrincipal != nil {
                        throw fail("Has prohibited field NotPrincipal", at: statement.path.appending(key: "NotPrincipal"))
                    }
                    for name in ["Resource", "NotResource"]
                    where (name == "Resource" ? statement.resource : statement.notResource) != nil {
                        throw fail("Has prohibited field \(name)", at: statement.path.appending(key: name))
                    }
                    for (index, action) in (statement.action ?? statement.notAction ?? []).enumerated()
                    where !Self.isSTSAction(action) {
                        let name = statement.action == nil ? "NotAction" : "Action"
                        throw fail("AssumeRole policy may only specify STS AssumeRole actions.", at: elementPath(statement, name, index))
                    }
                }
            } else {
                if hasPrincipal {
                    let name = statement.principal != nil ? "Principal" : "NotPrincipal"
                    throw fail("Policy document should not specify a principal.", at: statement.path.appending(key: name))
                }
                if statement.resource == nil && statement.notResource == nil {
                    throw fail("Policy statement must contain resources.", at: statement.path)
                }
                if let resources = statement.resource ?? statement.notResource, resources.isEmpty {
                    throw fail("Policy statement must contain resources.", at: statement.path)
                }
            }
        }
    }

    private static func isSTSAction(_ action: String) -> Bool {
        action.utf8.count > 4 && action.lowercased().hasPrefix("sts:")
    }

    private func checkResources(_ statement: PolicyStatement) throws(PolicyError) {
        let name = statement.resource != nil ? "Resource" : "NotResource"
        for (index, pattern) in (statement.resource ?? statement.notResource ?? []).enumerated() {
            if let message = ResourceFormat.error(for: pattern) {
                throw fail(message, at: elementPath(statement, name, index))
            }
        }
    }

    private func checkActions(_ statement: PolicyStatement) throws(PolicyError) {
        let name = statement.action == nil ? "NotAction" : "Action"
        for (index, action) in (statement.action ?? statement.notAction ?? []).enumerated() where action != "*" {
            switch Self.actionProblem(action) {
            case nil:
                continue
            case .noVendor:
                throw fail("Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.", at: elementPath(statement, name, index))
            case .secondColon:
                throw fail("Actions/Condition can contain only one colon.", at: elementPath(statement, name, index))
            case .invalidVendor(let vendor):
                throw fail("Vendor \(vendor) is not valid", at: elementPath(statement, name, index))
            }
        }
    }

    /// What IAM finds wrong with an action's shape `vendor:name`.
    enum ActionProblem: Equatable {
        /// No colon.
        case noVendor
        /// More than one colon.
        case secondColon
        /// The vendor is empty or has a character other than letters, digits, `-` and `.`
        /// (a lone `*` is allowed).
        case invalidVendor(String)
    }

    /// One pass over the bytes: this runs for every action of every parsed policy.
    static func actionProblem(_ action: String) -> ActionProblem? {
        var action = action
        return action.withUTF8 { bytes -> ActionProblem? in
            var colons = 0
            var vendorEnd = 0
            var vendorIsPlain = true
            for (offset, byte) in bytes.enumerated() {
                if byte == UInt8(ascii: ":") {
                    if colons == 0 { vendorEnd = offset }
                    colons += 1
                } else if colons == 0 {
                    vendorIsPlain = vendorIsPlain && Self.isVendorByte(byte)
                }
            }
            if colons == 0 { return .noVendor }
            if colons > 1 { return .secondColon }
            let isWildcard = vendorEnd == 1 && bytes[0] == UInt8(ascii: "*")
            guard vendorEnd > 0, vendorIsPlain || isWildcard else {
                return .invalidVendor(String(decoding: UnsafeBufferPointer(rebasing: bytes[..<vendorEnd]), as: UTF8.self))
            }
            return nil
        }
    }

    private static func isVendorByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    private func checkPrincipalValues() throws(PolicyError) {
        for statement in parsed.statements {
            guard let principal = statement.principal ?? statement.notPrincipal else { continue }
            let name = statement.principal != nil ? "Principal" : "NotPrincipal"
            do {
                guard case .entries(let entries) = principal else { continue }
                for entry in entries where entry.type == .aws {
                    for (index, value) in entry.values.enumerated() where !PrincipalFormat.isValidAWSPrincipal(value) {
                        var path = statement.path.appending(key: name).appending(key: "AWS")
                        if entry.isArray { path = path.appending(index: index) }
                        throw fail("Invalid principal in policy: \"AWS\":\"\(value)\"", at: path)
                    }
                }
            }
        }
    }

    /// The path of element `index` of a string-or-array element.
    private func elementPath(_ statement: PolicyStatement, _ name: String, _ index: Int) -> JSONPath {
        let path = statement.path.appending(key: name)
        return parsed.locations.span(at: path.appending(index: index)) == nil ? path : path.appending(index: index)
    }
}

extension ConditionOperator.Base {
    /// Whether this operator compares dates.
    var isDate: Bool {
        switch self {
        case .dateEquals, .dateNotEquals, .dateLessThan, .dateLessThanEquals, .dateGreaterThan, .dateGreaterThanEquals: true
        default: false
        }
    }
}
