/// A service the CLI offers.
public enum ServiceName: String, Sendable, CaseIterable {
    /// AWS Identity and Access Management.
    case iam
    /// AWS Security Token Service.
    case sts
    /// rolecall's lab commands (`lab init`, `lab info`, ...): not an AWS service.
    case lab
    /// rolecall's scriptable console model (`console sign-in`, `console switch-role`, ...).
    case console
    /// The AWS CLI's `configure` commands rolecall has (`configure export-credentials`).
    case configure

    /// The service's full name, as the AWS CLI's help shows it.
    public var title: String {
        switch self {
        case .iam: "AWS Identity and Access Management"
        case .sts: "AWS Security Token Service"
        case .lab: "rolecall lab management"
        case .console: "rolecall console model (sign-in and Switch Role, scriptable)"
        case .configure: "AWS CLI configuration (the credentials in use)"
        }
    }
}

/// How the AWS CLI pages through a list operation (botocore's paginators-1.json).
public struct Pagination: Sendable {
    /// The request parameter that carries the position (`Marker`).
    public let inputToken: String
    /// The response member that carries the next position (`Marker`).
    public let outputToken: String
    /// The response member that says more results exist (`IsTruncated`).
    public let moreResults: String
    /// The request parameter that limits one page (`MaxItems`).
    public let limitKey: String
    /// The response members that hold the items (`Roles`).
    public let resultKeys: [String]
}

/// One operation of the operation table: what the CLI parses, validates, documents and
/// completes for `rolecall <service> <cli-name>`.
public struct OperationSpec: Sendable {
    /// The service the operation belongs to.
    public let service: ServiceName
    /// The API name (`CreateRole`).
    public let name: String
    /// The CLI name (`create-role`).
    public let cliName: String
    /// The first sentence of the model's documentation.
    public let summary: String
    /// The input members in model order.
    public let parameters: [Member]
    /// The output members in model order (empty when the operation returns nothing).
    public let output: [Member]
    /// How the CLI pages the operation, when it is a paginated list.
    public let pagination: Pagination?
    /// Whether the operation only reads the lab (it runs in a read transaction and records
    /// nothing); rolecall-codegen derives it for the AWS operations (docs/architecture.md).
    public let isReadOnly: Bool

    /// Creates an operation; the generated tables and the lab's command table call this.
    init(service: ServiceName, name: String, cliName: String, summary: String, parameters: [Member], output: [Member] = [],
         pagination: Pagination?, readOnly: Bool = false) {
        self.service = service
        self.name = name
        self.cliName = cliName
        self.summary = summary
        self.parameters = parameters
        self.output = output
        self.pagination = pagination
        self.isReadOnly = readOnly
    }

    /// The parameters the CLI shows as flags: for a paginated operation the paginator's
    /// token and page-size parameters are replaced by `--starting-token`, `--page-size` and
    /// `--max-items`, as the AWS CLI does.
    public var visibleParameters: [Member] {
        guard let pagination else { return parameters }
        return parameters.filter { $0.name != pagination.inputToken && $0.name != pagination.limitKey }
    }

    /// The member named `name` (API name), if the operation has one.
    public func parameter(named name: String) -> Member? {
        parameters.first { $0.name == name }
    }
}
