import IAMPolicy

/// The AWS-CLI-compatible command line: parses `rolecall <service> <operation> [flags]`
/// with global options anywhere, unpacks and validates the parameters, hands them to the
/// backend and prints the response or the error exactly as the AWS CLI would.
public struct CommandLineTool {
    /// What carries out commands.
    public var backend: any CommandBackend
    /// Files and environment variables.
    public var environment: any CommandEnvironment
    /// Columns available to `--output table`.
    public var terminalWidth: Int
    /// The version `--version` prints.
    public static let version = "rolecall/0.1.0"

    /// Creates a tool.
    public init(backend: any CommandBackend, environment: any CommandEnvironment, terminalWidth: Int = 80) {
        self.backend = backend
        self.environment = environment
        self.terminalWidth = terminalWidth
    }

    /// Runs one command line (without the program name).
    public mutating func run(_ arguments: [String]) -> CommandResult {
        var explain = arguments.contains("--explain")
        do throws(CommandError) {
            let (options, words) = try GlobalOptions.extract(from: arguments)
            explain = options.explain
            return try dispatch(words, options: options)
        } catch {
            return CommandResult(stderr: error.stderrText(explain: explain), exitCode: error.exitCode)
        }
    }

    private mutating func dispatch(_ words: [String], options: GlobalOptions) throws(CommandError) -> CommandResult {
        guard let command = words.first else {
            throw .usage("the following arguments are required: command")
        }
        // The AWS CLI resolves the parsed globals, compiling --query, once argparse has accepted
        // the command name and before the command runs (awscli/clidriver.py `_do_main`,
        // awscli/customizations/globalargs.py); `--version` exits inside argparse.
        switch command {
        case "--version":
            return CommandResult(stdout: Self.version + "\n")
        case "help", "--help", "-h":
            _ = try Self.compile(options.query)
            return CommandResult(stdout: HelpText.top())
        case "completion":
            guard words.count == 2, let shell = CompletionScript.Shell(rawValue: words[1]) else {
                throw .usage("argument shell: " + ArgumentWord.invalidChoice(words.dropFirst().first ?? "", choices: CompletionScript.Shell.allCases.map(\.rawValue)))
            }
            return CommandResult(stdout: CompletionScript.script(for: shell))
        default:
            break
        }
        guard let service = ServiceName(rawValue: command) else {
            if command.hasPrefix("-") { throw .unknownOptions(Array(words)) }
            throw .usage("argument command: " + ArgumentWord.invalidChoice(command, choices: ServiceName.allCases.map(\.rawValue)))
        }
        let query = try Self.compile(options.query)
        guard words.count >= 2 else { throw .usage("the following arguments are required: operation") }
        let name = words[1]
        if name == "help" || name == "--help" { return CommandResult(stdout: HelpText.service(service)) }
        guard let operation = OperationTable.operation(service, cliName: name) else {
            if name.hasPrefix("-") { throw .unknownOptions(Array(words.dropFirst())) }
            throw .usage("argument operation: " + ArgumentWord.invalidChoice(name, choices: OperationTable.operations(of: service).map(\.cliName)))
        }
        let rest = Array(words.dropFirst(2))
        if rest.contains("--help") { return CommandResult(stdout: HelpText.operation(operation)) }
        let arguments = try OperationArgumentParser(operation: operation).parse(rest)
        if arguments.wantsHelp { return CommandResult(stdout: HelpText.operation(operation)) }
        if arguments.generateSkeleton {
            return CommandResult(stdout: JSONWriter.string(for: Skeleton.input(for: operation), style: .awsCLI) + "\n")
        }
        let parameters = try ArgumentUnpacker(operation: operation, environment: environment).unpack(arguments)
        let problems = ParameterValidator(operation: operation).problems(in: parameters)
        if !problems.isEmpty { throw .validation(problems) }
        var paginator = Paginator(operation: operation, arguments: arguments, options: options)
        var response = try paginator.run(parameters) { (request) throws(CommandError) -> JSONValue in
            try backend.run(operation, parameters: request, options: options)
        }
        if let outfile = arguments.customized["--outfile"], let method = arguments.customized["--bootstrap-method"] {
            response = try saveBootstrap(response, method: method, to: outfile)
        }
        if operation.service == .configure, case .string(let text) = response {
            // `configure export-credentials` prints its own format and ignores --query/--output.
            return CommandResult(stdout: text)
        }
        let printer = ResponsePrinter(operation: operation, format: options.output ?? .json, query: query, terminalWidth: terminalWidth)
        return CommandResult(stdout: try printer.print(response, pages: paginator.pages))
    }

    /// The compiled `--query`; a syntax error is the AWS CLI's `Bad value for --query` (252).
    private static func compile(_ text: String?) throws(CommandError) -> QueryExpression? {
        guard let text else { return nil }
        do throws(QuerySyntaxError) {
            return try QueryExpression(text)
        } catch {
            throw .badValue("Bad value for --query \(text): \(error)")
        }
    }

    /// The AWS CLI writes the MFA seed (or QR code) to `--outfile` and drops both from the output.
    private mutating func saveBootstrap(_ response: JSONValue, method: String, to path: String) throws(CommandError) -> JSONValue {
        guard case .object(var object) = response, case .object(var device)? = object["VirtualMFADevice"] else { return response }
        // QRCodePNG is a blob (base64 in JSON): the file gets the PNG's bytes. A response without
        // the requested item fails rather than leave the user without a file.
        guard let body = device[method]?.stringValue,
              let bytes = method == "QRCodePNG" ? Base64.decode(body) : Array(body.utf8), !bytes.isEmpty else {
            throw .other("rolecall: the response holds no \(method) to write to \(PythonText.repr(path))")
        }
        do {
            try environment.writePrivateFile(atPath: ParamFile.expand(path, environment: environment.variables), bytes: bytes)
        } catch {
            throw .other("[Errno \(error.code)] \(error.reason): \(PythonText.repr(path))")
        }
        device["QRCodePNG"] = nil
        device["Base32StringSeed"] = nil
        object["VirtualMFADevice"] = .object(device)
        return .object(object)
    }
}
