extension CompiledCondition {
    /// Evaluates the condition against `context` following IAM's rules for absent keys,
    /// `IfExists`, and the `ForAllValues`/`ForAnyValue` set operators.
    ///
    /// See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_multi-value-conditions.html
    /// `value` is the context's value for ``key`` (looked up by the caller, which also needs
    /// to know whether it was missing).
    func evaluate(value: RequestContext.Value?, in context: RequestContext) -> Bool {
        if case .null = comparison {
            let absent: Bool
            switch value {
            case nil: absent = true
            case .multiple(let values)?: absent = values.isEmpty
            case .single?: absent = false
            }
            return operands.contains { operand in
                if case .null(let expected?) = operand { return expected == absent }
                return false
            }
        }
        guard let value else {
            if conditionOperator.ifExists { return true }
            switch conditionOperator.qualifier {
            case .forAllValues?: return true
            case .forAnyValue?: return false
            case nil: return negated
            }
        }
        switch conditionOperator.qualifier {
        case nil:
            switch value {
            case .single(let text):
                return anyOperandMatches(text, context) != negated
            case .multiple(let texts):
                // Without a set operator a multivalued key behaves as "any value matches".
                let positive = texts.contains { anyOperandMatches($0, context) }
                return positive != negated
            }
        case .forAnyValue?:
            return value.values.contains { anyOperandMatches($0, context) != negated }
        case .forAllValues?:
            return value.values.allSatisfy { anyOperandMatches($0, context) != negated }
        }
    }

    /// Whether the positive comparison holds between `text` and at least one policy value.
    @inline(__always)
    func anyOperandMatches(_ text: String, _ context: RequestContext) -> Bool {
        for operand in operands where matches(operand, text, context) { return true }
        return false
    }

    func matches(_ operand: Operand, _ text: String, _ context: RequestContext) -> Bool {
        switch operand {
        case .bytes(let bytes):
            return CompiledCondition.equalBytes(text, bytes)
        case .lowercased(let lowered):
            return CompiledCondition.equalsIgnoringCase(text, lowered)
        case .glob(let pattern):
            return pattern.matches(text)
        case .template(let template):
            // A variable without a value never matches (so negated operators hold).
            guard let tokens = template.resolve(in: context) else { return false }
            return matchesResolved(tokens, text)
        case .number(let policyNumber):
            guard let policyNumber, let requestNumber = Double(text), case .numeric(let order) = comparison else { return false }
            return CompiledCondition.compare(requestNumber, policyNumber, order)
        case .date(let policyDate):
            guard let policyDate, let requestDate = PolicyDate.parse(text), case .date(let order) = comparison else { return false }
            return CompiledCondition.compare(requestDate, policyDate, order)
        case .bool(let policyBool):
            guard let policyBool, let requestBool = CompiledCondition.parseBool(text) else { return false }
            return policyBool == requestBool
        case .network(let network):
            return network?.contains(text) ?? false
        case .binary(let policyBytes):
            guard let policyBytes, let requestBytes = Base64.decode(text) else { return false }
            return policyBytes == requestBytes
        case .arn(let segments):
            guard let segments else { return false }
            return CompiledCondition.arnMatches(segments, text)
        case .null:
            return false
        }
    }

    /// Compares a request value with a policy value whose variables were just substituted.
    private func matchesResolved(_ tokens: [UInt16], _ text: String) -> Bool {
        switch comparison {
        case .equals:
            return text.utf8.elementsEqual(tokens.lazy.map { UInt8(truncatingIfNeeded: $0) })
        case .equalsIgnoringCase:
            return CompiledCondition.equalsIgnoringCase(text, PolicyTemplate.text(of: tokens).lowercased())
        case .like:
            return GlobPattern(tokens: tokens).matches(text)
        case .bool:
            guard let policyBool = CompiledCondition.parseBool(PolicyTemplate.text(of: tokens)) else { return false }
            return CompiledCondition.parseBool(text) == policyBool
        case .arn:
            // Re-split after substitution so the segments line up with the request's.
            var segments: [[UInt16]] = [[]]
            for token in tokens {
                if token == UInt16(UInt8(ascii: ":")), segments.count < 6 {
                    segments.append([])
                } else {
                    segments[segments.count - 1].append(token)
                }
            }
            let patterns = segments.count == 6 || segments.count == 1 ? segments.map(GlobPattern.init(tokens:)) : nil
            guard let patterns else { return false }
            return CompiledCondition.arnMatches(patterns, text)
        default:
            return false
        }
    }

    @inline(__always)
    static func equalBytes(_ text: String, _ bytes: [UInt8]) -> Bool {
        guard text.utf8.count == bytes.count else { return false }
        return text.utf8.withContiguousStorageIfAvailable { buffer in
            bytes.withUnsafeBufferPointer { buffer.elementsEqual($0) }
        } ?? text.utf8.elementsEqual(bytes)
    }

    static func equalsIgnoringCase(_ text: String, _ lowered: String) -> Bool {
        if text.utf8.count == lowered.utf8.count,
            text.utf8.elementsEqual(lowered.utf8, by: { GlobPattern.asciiLowercased($0) == $1 })
        {
            return true
        }
        return text.lowercased() == lowered
    }

    static func compare(_ request: Double, _ policy: Double, _ order: Order) -> Bool {
        switch order {
        case .equal: request == policy
        case .less: request < policy
        case .lessOrEqual: request <= policy
        case .greater: request > policy
        case .greaterOrEqual: request >= policy
        }
    }

    /// ARN matching compares the six colon-separated segments separately, so `*` in one
    /// segment never spans a colon into the next (the resource segment keeps its own colons).
    static func arnMatches(_ segments: [GlobPattern], _ text: String) -> Bool {
        if segments.count == 1 { return segments[0].matches(text) }
        let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6 else { return false }
        for (pattern, part) in zip(segments, parts) where !pattern.matches(String(part)) { return false }
        return true
    }
}
