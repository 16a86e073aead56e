/// Collects AWS's server-side parameter checks and reports them in the wire format:
/// `1 validation error detected: Value 'x' at 'roleName' failed to satisfy constraint: Member must …`,
/// several joined by `; ` under `N validation errors detected:`.
/// Source: iam-semantics.md §1.1 (AWS API models; observed responses cited there).
public struct ParameterValidator: Sendable {
    private var failures: [String] = []

    /// Starts with no failures.
    public init() {}

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

    /// Length within `min...max` (counted in characters, as AWS counts).
    public mutating func length(_ value: String?, at parameter: String, min: Int, max: Int) {
        guard let value else { return }
        let count = value.count
        if count < min {
            fail(value, at: parameter, mustText: "have length greater than or equal to \(min)")
        } else if count > max {
            fail(value, at: parameter, mustText: "have length less than or equal to \(max)")
        }
    }

    /// Every character satisfies `allowed`; `patternText` is the model's regular expression.
    public mutating func pattern(_ value: String?, at parameter: String, _ patternText: String,
                                 allowEmpty: Bool = false, _ allowed: (Unicode.Scalar) -> Bool) {
        guard let value else { return }
        if (value.isEmpty && !allowEmpty) || !value.unicodeScalars.allSatisfy(allowed) {
            fail(value, at: parameter, mustText: "satisfy regular expression pattern: \(patternText)")
        }
    }

    /// An integer within `min...max`.
    public mutating func range(_ value: Int?, at parameter: String, min: Int, max: Int) {
        guard let value else { return }
        if value < min {
            fail(String(value), at: parameter, mustText: "have value greater than or equal to \(min)")
        } else if value > max {
            fail(String(value), at: parameter, mustText: "have value less than or equal to \(max)")
        }
    }

    /// Throws the collected failures as one `ValidationError`.
    public func check() throws(ServiceError) {
        guard !failures.isEmpty else { return }
        let head = failures.count == 1 ? "1 validation error detected: " : "\(failures.count) validation errors detected: "
        throw ServiceError.validation(head + failures.joined(separator: "; "))
    }
}

/// Character classes of the IAM and STS API models.
public enum IAMCharacters {
    /// `[\w+=,.@-]`: names of users, roles, groups, policies, sessions.
    public static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0x5F, 0x2B, 0x3D, 0x2C, 0x2E, 0x40, 0x2D: true
        default: false
        }
    }

    /// `[\w]`: access key IDs.
    public static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: true
        default: false
        }
    }

    /// `[\w+=,.@:/-]`: external IDs.
    public static func isExternalIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isNameCharacter(scalar) || scalar == ":" || scalar == "/"
    }

    /// `[\w+=/:,.@-]`: MFA serial numbers.
    public static func isSerialCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isExternalIDCharacter(scalar)
    }

    /// `[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]`: role descriptions.
    public static func isDescriptionCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0xA1...0xFF: true
        default: false
        }
    }

    /// `[\u0009\u000A\u000D\u0020-\u00FF]`: policy documents.
    public static func isPolicyDocumentCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xFF: true
        default: false
        }
    }

    /// `[\u0021-\u007E]`: characters inside a role/user path.
    public static func isPathCharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0x21...0x7E).contains(scalar.value)
    }

    /// `(\u002F)|(\u002F[\u0021-\u007E]+\u002F)`: a role or user path.
    public static func isValidPath(_ path: String) -> Bool {
        guard path.hasPrefix("/"), path.hasSuffix("/") else { return false }
        return path == "/" || (path.unicodeScalars.count >= 3 && path.unicodeScalars.allSatisfy(isPathCharacter))
    }

    /// `((/[A-Za-z0-9\.,\+@=_-]+)*)/`: a managed policy path (no `*`, no `//`).
    public static func isValidPolicyPath(_ path: String) -> Bool {
        guard path.hasPrefix("/"), path.hasSuffix("/") else { return false }
        if path == "/" { return true }
        let segments = path.dropFirst().dropLast().split(separator: "/", omittingEmptySubsequences: false)
        return segments.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy(isNameCharacter) }
    }
}
