/// The type of a value in an AWS API model (botocore's `type`), with its members for
/// containers.
public indirect enum ShapeKind: Sendable {
    /// A string.
    case string
    /// A 32-bit integer.
    case integer
    /// A 64-bit integer.
    case long
    /// A floating-point number.
    case double
    /// `true` or `false`.
    case boolean
    /// A date and time.
    case timestamp
    /// Binary data.
    case blob
    /// A list of values of one shape.
    case list(Shape)
    /// A structure with named members.
    case structure([Member])
    /// A map from keys of one shape to values of another.
    case map(key: Shape, value: Shape)
}

/// A named type of the AWS API model: kind plus the constraints botocore knows
/// (`min`/`max` are lengths for strings and lists, values for numbers).
public struct Shape: Sendable {
    /// The model's name for this shape (`roleNameType`).
    public let name: String
    /// What kind of value it is.
    public let kind: ShapeKind
    /// The model's `min`, when it has one.
    public let minimum: Int?
    /// The model's `max`, when it has one.
    public let maximum: Int?
    /// The model's `enum` values (documentation only: botocore never checks them client-side).
    public let enumValues: [String]

    /// Creates a shape; the generated tables call this.
    init(_ name: String, _ kind: ShapeKind, min: Int? = nil, max: Int? = nil, enumValues: [String] = []) {
        self.name = name
        self.kind = kind
        self.minimum = min
        self.maximum = max
        self.enumValues = enumValues
    }

    /// The members, when this is a structure.
    public var members: [Member] {
        if case .structure(let members) = kind { return members }
        return []
    }

    /// Whether the value is a scalar (not a list, structure or map).
    public var isScalar: Bool {
        switch kind {
        case .list, .structure, .map: false
        default: true
        }
    }

    /// The AWS CLI's name for the type in help text (`string`, `list`, `structure`, ...).
    public var typeName: String {
        switch kind {
        case .string: "string"
        case .integer: "integer"
        case .long: "long"
        case .double: "double"
        case .boolean: "boolean"
        case .timestamp: "timestamp"
        case .blob: "blob"
        case .list: "list"
        case .structure: "structure"
        case .map: "map"
        }
    }
}

/// A namespace for the shapes of the generated operation table.
enum ShapeCatalog {}
