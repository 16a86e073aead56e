/// The constraints of AWS's IAM and STS models that the service checks (length, value range,
/// pattern, enum), per shape, and which shape each input member of each operation has.
/// The tables themselves are generated from the trimmed models by `rolecall-codegen`
/// (`Sources/IAMKit/Generated/ModelConstraints+Generated.swift`); nothing here repeats a number.
/// Source: the AWS API models (botocore `data/iam/2010-05-08/service-2.json`,
/// `data/sts/2011-06-15/service-2.json`), https://docs.aws.amazon.com/IAM/latest/APIReference/
public enum ModelConstraints {
    /// The constraints of one model shape.
    public struct ShapeConstraint: Sendable {
        /// What kind of value the shape holds.
        public enum Kind: Sendable { case string, integer, boolean, timestamp, list, structure, map, other }
        /// The kind.
        public let kind: Kind
        /// `min` of the model: a length for strings and lists, a value for numbers.
        public let minimum: Int?
        /// `max` of the model, likewise.
        public let maximum: Int?
        /// `pattern` of the model, as written there.
        public let pattern: String?
        /// `enum` of the model.
        public let enumValues: [String]
        /// A list's element shape (qualified key into `shapes`).
        public let element: String?
        /// A structure's members: wire name (`key`) → qualified shape key.
        public let members: [String: String]

        init(_ kind: Kind, min: Int? = nil, max: Int? = nil, pattern: String? = nil, enumValues: [String] = [],
             element: String? = nil, members: [String: String] = [:]) {
            self.kind = kind
            self.minimum = min
            self.maximum = max
            self.pattern = pattern
            self.enumValues = enumValues
            self.element = element
            self.members = members
        }
    }

    /// The shape of `parameter` (a wire name, `roleName`) in the input of `operation` (`CreateRole`).
    public static func shape(of parameter: String, in operation: String) -> ShapeConstraint? {
        guard let key = inputMembers[operation]?[parameter] else { return nil }
        return shapes[key]
    }

    /// The shape stored under a qualified key (`iam/roleNameType`).
    public static func shape(_ key: String) -> ShapeConstraint? {
        shapes[key]
    }
}
