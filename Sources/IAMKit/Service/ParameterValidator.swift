/// Collects AWS's server-side parameter checks and reports them in the wire format:
/// `1 validation error detected: Value 'x' at 'roleName' failed to satisfy constraint: Member must …`,
/// several joined by `; ` under `N validation errors detected:`. The lengths, ranges, patterns
/// and enums come from the model (`ModelConstraints`, generated), looked up by the operation
/// the validator was made for and the member's wire name.
/// Source: iam-semantics.md §1.1 (AWS API models; observed responses cited there).
public struct ParameterValidator: Sendable {
    private var failures: [String] = []
    /// The operation (`CreateRole`) whose input members are checked.
    private let operation: String
    /// Members checked that the model tables do not know: a rolecall defect, refused.
    private var unknownMembers: [String] = []
    /// Whether a tag's key or value begins with the reserved `aws:` prefix (`tags`).
    private var reservedTagPrefix = false

    /// Starts with no failures, for the input of `operation` (its API name, `CreateRole`).
    public init(operation: String) {
        self.operation = operation
    }

    /// Records a failure for `value` at `parameter`. A long value is quoted only in part
    /// (`QuotedValue`): AWS echoes it whole, which for a 10 MB document floods the terminal.
    public mutating func fail(_ value: String?, at parameter: String, mustText: String) {
        let shown = value.map { "'\(QuotedValue.bounded($0))'" } ?? "null"
        failures.append("Value \(shown) at '\(parameter)' failed to satisfy constraint: Member must \(mustText)")
    }

    /// Required parameter present.
    public mutating func required(_ value: String?, at parameter: String) {
        if value == nil { fail(nil, at: parameter, mustText: "not be null") }
    }

    /// A string member of the operation's input (`roleName`), checked against its model shape:
    /// length first; the pattern only when the length is right (a value is reported once);
    /// the enum.
    public mutating func member(_ value: String?, at parameter: String) {
        guard let value else { return }
        guard let shape = ModelConstraints.shape(of: parameter, in: operation) else {
            unknownMembers.append(parameter)
            return
        }
        string(value, shape: shape, at: parameter)
    }

    /// An integer member of the operation's input (`maxItems`), checked against its model range.
    public mutating func member(_ value: Int?, at parameter: String) {
        guard let value else { return }
        guard let shape = ModelConstraints.shape(of: parameter, in: operation) else {
            unknownMembers.append(parameter)
            return
        }
        if let minimum = shape.minimum, value < minimum {
            fail(String(value), at: parameter, mustText: "have value greater than or equal to \(minimum)")
        } else if let maximum = shape.maximum, value > maximum {
            fail(String(value), at: parameter, mustText: "have value less than or equal to \(maximum)")
        }
    }

    /// A tag-key list member (`tagKeys`, `transitiveTagKeys`): its length, then each key
    /// against the element shape, at `parameter.N.member` as the Query API names them.
    public mutating func tagKeys(_ values: [String]?, at parameter: String) {
        guard let values else { return }
        guard let shape = ModelConstraints.shape(of: parameter, in: operation),
              let element = shape.element.flatMap(ModelConstraints.shape) else {
            unknownMembers.append(parameter)
            return
        }
        listLength(values.count, shape: shape, noun: "keys", at: parameter)
        for (index, value) in values.enumerated() {
            string(value, shape: element, at: "\(parameter).\(index + 1).member")
        }
    }

    /// A tag list member (`tags`): its length, then each tag's key and value against the
    /// model's `Tag` members, at `tags.N.member.key` / `.value`.
    public mutating func tags(_ tags: [Tag]?, at parameter: String = "tags") {
        guard let tags else { return }
        guard let shape = ModelConstraints.shape(of: parameter, in: operation),
              let element = shape.element.flatMap(ModelConstraints.shape),
              let keyShape = element.members["key"].flatMap(ModelConstraints.shape),
              let valueShape = element.members["value"].flatMap(ModelConstraints.shape) else {
            unknownMembers.append(parameter)
            return
        }
        listLength(tags.count, shape: shape, noun: "tags", at: parameter)
        for (index, tag) in tags.enumerated() {
            string(tag.key, shape: keyShape, at: "\(parameter).\(index + 1).member.key")
            string(tag.value, shape: valueShape, at: "\(parameter).\(index + 1).member.value")
            if Tag.isReserved(tag.key) || Tag.isReserved(tag.value) { reservedTagPrefix = true }
        }
    }

    private mutating func listLength(_ count: Int, shape: ModelConstraints.ShapeConstraint, noun: String, at parameter: String) {
        if let maximum = shape.maximum, count > maximum {
            fail("[\(count) \(noun)]", at: parameter, mustText: "have length less than or equal to \(maximum)")
        } else if let minimum = shape.minimum, count < minimum {
            fail("[\(count) \(noun)]", at: parameter, mustText: "have length greater than or equal to \(minimum)")
        }
    }

    private mutating func string(_ value: String, shape: ModelConstraints.ShapeConstraint, at parameter: String) {
        let count = value.count
        if let minimum = shape.minimum, count < minimum {
            fail(value, at: parameter, mustText: "have length greater than or equal to \(minimum)")
        } else if let maximum = shape.maximum, count > maximum {
            fail(value, at: parameter, mustText: "have length less than or equal to \(maximum)")
        } else if let text = shape.pattern {
            // The generator only emits patterns that parse (CodegenTests checks every one);
            // one that did not would refuse the value rather than let it through.
            if !(ModelPattern.compiled(text)?.matches(value) ?? false) {
                fail(value, at: parameter, mustText: "satisfy regular expression pattern: \(text)")
            }
        }
        if !shape.enumValues.isEmpty, !shape.enumValues.contains(value) {
            fail(value, at: parameter, mustText: "satisfy enum value set: [\(shape.enumValues.joined(separator: ", "))]")
        }
    }

    /// Throws the collected failures as one `ValidationError`; then a tag that begins with
    /// `aws:` (`InvalidInput`; `InvalidParameterValue` for STS).
    public func check() throws(ServiceError) {
        if !unknownMembers.isEmpty {
            throw ServiceError.serviceFailure("rolecall has no model constraint for \(operation) member(s) "
                + unknownMembers.joined(separator: ", ") + "; the request was refused")
        }
        if !failures.isEmpty {
            let head = failures.count == 1 ? "1 validation error detected: " : "\(failures.count) validation errors detected: "
            throw ServiceError.validation(head + failures.joined(separator: "; "))
        }
        if reservedTagPrefix {
            // IAM's code for its checks of tag contents (as for duplicate keys); STS answers its
            // own tag checks as InvalidParameterValue (IAMService+SessionTags).
            throw Self.stsOperations.contains(operation)
                ? ServiceError.invalidParameterValue(Tag.reservedPrefixMessage)
                : ServiceError.invalidInput(Tag.reservedPrefixMessage)
        }
    }

    /// The STS operations the lab serves whose input has tags.
    private static let stsOperations: Set<String> = ["AssumeRole"]
}
