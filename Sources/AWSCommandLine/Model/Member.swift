/// One member of an input structure: an operation's parameter or a field of a nested
/// structure, with the facts the AWS CLI derives from the model.
public struct Member: Sendable {
    /// The API name (`RoleName`), as `--cli-input-json` and the service take it.
    public let name: String
    /// The CLI name without dashes (`role-name`), botocore's `xform_name(name, "-")`.
    public let cliName: String
    /// The member's shape.
    public let shape: Shape
    /// Whether the model lists the member as required.
    public let isRequired: Bool
    /// The first sentence of the model's documentation.
    public let summary: String

    /// Creates a member; the generated tables call this.
    init(_ name: String, _ cliName: String, _ shape: Shape, required: Bool = false, _ summary: String) {
        self.name = name
        self.cliName = cliName
        self.shape = shape
        self.isRequired = required
        self.summary = summary
    }

    /// The flag on the command line (`--role-name`).
    public var flag: String { "--" + cliName }
}
