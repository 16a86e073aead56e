/// A flag's value as argparse leaves it, before any unpacking.
public enum RawArgument: Sendable, Equatable {
    /// One word (`--role-name X`).
    case value(String)
    /// Several words (`--tags Key=a,Value=b Key=c,Value=d`): list parameters take one or more.
    case values([String])
    /// A Boolean flag (`--set-as-default` / `--no-set-as-default`).
    case flag(Bool)
}

/// What the command line said for one operation, after argparse-style parsing.
public struct OperationArguments: Sendable, Equatable {
    /// Values by API member name, in the order the table lists the members.
    public var values: [(name: String, value: RawArgument)] = []
    /// `--cli-input-json`, as given (inline JSON or `file://...`).
    public var cliInputJSON: String?
    /// `--cli-input-yaml`, as given (inline YAML or `file://...`).
    public var cliInputYAML: String?
    /// `--generate-cli-skeleton [input]`.
    public var generateSkeleton = false
    /// What `--generate-cli-skeleton` was asked for: `input` (default), `yaml-input` or `output`.
    public var skeletonKind = "input"
    /// `--starting-token` for a paginated operation.
    public var startingToken: String?
    /// `--page-size` for a paginated operation.
    public var pageSize: String?
    /// `--max-items` for a paginated operation.
    public var maxItems: String?
    /// `help` was the only word: show the operation's help.
    public var wantsHelp = false
    /// Values of the AWS CLI's own flags for this operation (`--outfile`, `--bootstrap-method`).
    public var customized: [String: String] = [:]

    /// Creates empty arguments.
    public init() {}

    /// The raw value given for the member named `name`.
    public func value(for name: String) -> RawArgument? {
        values.first { $0.name == name }?.value
    }

    /// Equality by content.
    public static func == (lhs: OperationArguments, rhs: OperationArguments) -> Bool {
        lhs.values.map(\.name) == rhs.values.map(\.name) && lhs.values.map(\.value) == rhs.values.map(\.value)
            && lhs.cliInputJSON == rhs.cliInputJSON && lhs.cliInputYAML == rhs.cliInputYAML
            && lhs.generateSkeleton == rhs.generateSkeleton && lhs.skeletonKind == rhs.skeletonKind
            && lhs.startingToken == rhs.startingToken && lhs.pageSize == rhs.pageSize
            && lhs.maxItems == rhs.maxItems && lhs.wantsHelp == rhs.wantsHelp && lhs.customized == rhs.customized
    }
}
