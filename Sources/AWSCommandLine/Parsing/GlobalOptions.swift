/// The output formats the CLI prints (`--output`).
public enum OutputFormat: String, Sendable, CaseIterable {
    /// `json`: the AWS CLI's default.
    case json
    /// `text`: tab-separated, as the AWS CLI's text formatter.
    case text
    /// `table`: the AWS CLI's boxed tables.
    case table
    /// `yaml`: AWS CLI v2's YAML document.
    case yaml
    /// `yaml-stream`: AWS CLI v2's YAML, one document per page.
    case yamlStream = "yaml-stream"
    /// `off`: nothing on stdout (errors still on stderr).
    case off
}

/// `--color`: whether the CLI colours its output (only `--output table` and errors have colour).
public enum ColorMode: String, Sendable, CaseIterable {
    /// Always colour.
    case on
    /// Never colour.
    case off
    /// Colour when stdout is a terminal (the default).
    case auto
}

/// The options that may appear anywhere on the command line, before or after the service
/// and operation, as with the AWS CLI's main parser.
public struct GlobalOptions: Sendable, Equatable {
    /// `--store DIR`: the lab directory.
    public var store: String?
    /// `--account ID`: act in another account of the lab (as its root).
    public var account: String?
    /// `--profile NAME`: use credentials saved in the lab under this name.
    public var profile: String?
    /// `--output`.
    public var output: OutputFormat?
    /// `--query`: a JMESPath expression applied to the response before it is printed;
    /// compiled once the command line is parsed, as the AWS CLI does.
    public var query: String?
    /// `--explain`: print the policy engine's trace when a call is denied.
    public var explain = false
    /// `--no-paginate`: return one page only.
    public var noPaginate = false
    /// `--debug`: accepted; rolecall has nothing more to log.
    public var debug = false
    /// `--color on|off|auto`.
    public var color: ColorMode = .auto
    /// The credentials the profile files supply (set once they are read, never parsed).
    public var credentials: ProfileCredentials?

    /// Creates empty options.
    public init() {}

    /// Options that take a value; the AWS CLI's extra ones are accepted and ignored because
    /// there is no network (`--region`, `--endpoint-url`, ...).
    static let valued: Set<String> = [
        "--store", "--account", "--profile", "--output", "--region", "--endpoint-url", "--query",
        "--cli-read-timeout", "--cli-connect-timeout", "--ca-bundle", "--cli-binary-format", "--color",
    ]
    /// Options that are flags.
    static let flags: Set<String> = [
        "--explain", "--no-cli-pager", "--no-paginate", "--debug", "--no-verify-ssl", "--no-sign-request",
        "--no-cli-auto-prompt",
    ]

    /// Removes the global options from `arguments` wherever they are and returns them with
    /// what is left, in order.
    public static func extract(from arguments: [String]) throws(CommandError) -> (GlobalOptions, [String]) {
        var options = GlobalOptions()
        var rest: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            var name = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if flags.contains(argument) {
                switch argument {
                case "--explain": options.explain = true
                case "--no-paginate": options.noPaginate = true
                case "--debug": options.debug = true
                default: break
                }
                continue
            }
            guard valued.contains(name) else {
                rest.append(argument)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count, !ArgumentWord.isOption(arguments[index]) {
                value = arguments[index]
                index += 1
            } else {
                throw .usage("argument \(name): expected one argument")
            }
            // `console switch-role --color red` is the console's own flag (the display name's
            // colour): a value that is no --color mode stays with the command.
            if name == "--color", ColorMode(rawValue: value) == nil, ShapeCatalog.consoleColor.enumValues.contains(value) {
                rest.append(argument)
                if inlineValue == nil { rest.append(value) }
                continue
            }
            try options.set(name, value)
        }
        return (options, rest)
    }

    private mutating func set(_ name: String, _ value: String) throws(CommandError) {
        switch name {
        case "--store": store = value
        case "--account": account = value
        case "--profile": profile = value
        case "--output":
            guard let format = OutputFormat(rawValue: value) else {
                throw .usage("argument --output: " + ArgumentWord.invalidChoice(value, choices: OutputFormat.allCases.map(\.rawValue)))
            }
            output = format
        case "--query": query = value
        case "--color":
            guard let mode = ColorMode(rawValue: value) else {
                throw .usage("argument --color: " + ArgumentWord.invalidChoice(value, choices: ColorMode.allCases.map(\.rawValue)))
            }
            color = mode
        default:
            break
        }
    }
}
