/// The table every part of the CLI reads: parsing, validation, help, `docs/cli.md` and the
/// completion scripts. Facts come from botocore's models (see `Generated/`).
public enum OperationTable {
    /// The operations of `service`, in table order.
    public static func operations(of service: ServiceName) -> [OperationSpec] {
        switch service {
        case .iam: iamOperations
        case .sts: stsOperations
        case .lab: labCommands
        case .console: consoleCommands
        case .configure: configureCommands
        }
    }

    /// The operation of `service` whose CLI name is `cliName`.
    public static func operation(_ service: ServiceName, cliName: String) -> OperationSpec? {
        operations(of: service).first { $0.cliName == cliName }
    }

    /// The operation of `service` whose API name is `name`.
    public static func operation(_ service: ServiceName, named name: String) -> OperationSpec? {
        operations(of: service).first { $0.name == name }
    }
}
