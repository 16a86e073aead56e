/// The typed inputs of the IAM and STS operations rolecall offers, one struct per operation
/// (`OperationInput.CreateRole`), generated from AWS's service models by `rolecall-codegen`
/// into `Sources/IAMKit/Generated/OperationInput+*.swift`: member names, Swift types and
/// required-ness are the model's. Each reads itself from the API-named parameters of the
/// dynamic entry point (what the CLI and `rolecall serve` produce), failing as AWS does.
public enum OperationInput {}

/// A generated operation input: its operation's API name and its reader.
public protocol OperationInputReading: Sendable {
    /// The API name of the operation (`CreateRole`).
    static var operationName: String { get }
    /// Whether the operation only reads the lab (from AWS's access levels; see the generator).
    static var isReadOnly: Bool { get }
    /// Reads the members from `parameters`: the required ones first, in the model's order
    /// (a missing one is `Value null at 'roleName' …`), then the others; a member of the
    /// wrong type is `Invalid type for parameter …`.
    init(_ parameters: ServiceParameters) throws(ServiceError)
}
