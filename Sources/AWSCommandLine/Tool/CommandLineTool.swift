import IAMKit
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
    /// Whether stdout and stderr are terminals (text from data is then drawn by the display rule).
    public var streams: OutputStreams
    /// Whether stdout is a terminal (`--color auto` colours tables only then).
    public var stdoutIsTerminal: Bool {
        get { streams.stdoutIsTerminal }
        set { streams.stdoutIsTerminal = newValue }
    }
    /// The version `--version` prints.
    public static let version = "rolecall/0.1.0"
    /// Waits between a waiter's attempts (seconds); tests replace it to run instantly.
    public var sleeper: (Int) -> Void = SystemSleep.seconds

    /// Creates a tool.
    public init(backend: any CommandBackend, environment: any CommandEnvironment, terminalWidth: Int = 80,
                streams: OutputStreams = .piped) {
        self.backend = backend
        self.environment = environment
        self.terminalWidth = terminalWidth
        self.streams = streams
    }

    /// Runs one command line (without the program name).
    public mutating func run(_ arguments: [String]) -> CommandResult {
        var explain = arguments.contains("--explain")
        var warnings = ""
        var result: CommandResult
        do throws(CommandError) {
            let (options, words) = try GlobalOptions.extract(from: LabClassArguments.rewritingOutput(arguments))
            explain = options.explain
            result = try dispatch(words, options: options, warnings: &warnings)
        } catch {
            result = CommandResult(stderr: warnings + error.stderrText(explain: explain), exitCode: error.exitCode)
        }
        // Error messages quote input and lab data; on a terminal they are drawn by the display rule.
        if streams.stderrIsTerminal { result.stderr = TerminalSafeText.message(result.stderr) }
        return result
    }

    private mutating func dispatch(_ words: [String], options given: GlobalOptions, warnings: inout String) throws(CommandError) -> CommandResult {
        var options = given
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
        if command == "configure", let subcommand = words.dropFirst().first, ConfigureCommand.subcommands.contains(subcommand) {
            var configure = ConfigureCommand(environment: environment, options: options)
            let result = try configure.run(Array(words.dropFirst()))
            environment = configure.environment
            return result
        }
        guard let service = ServiceName(rawValue: command) else {
            if command.hasPrefix("-") { throw .unknownOptions(Array(words)) }
            throw .usage("argument command: " + ArgumentWord.invalidChoice(command, choices: ServiceName.allCases.map(\.rawValue)))
        }
        let query = try Self.compile(options.query)
        guard words.count >= 2 else { throw .usage("the following arguments are required: operation") }
        var name = words[1]
        var rest = Array(words.dropFirst(2))
        // `lab exercise list|start N`: two words name the command; start's number may come bare.
        if service == .lab, name == "exercise", let sub = rest.first, !sub.hasPrefix("-") {
            name += " " + sub
            rest.removeFirst()
            if sub == "start", let number = rest.first, !number.hasPrefix("-") { rest = ["--number", number] + rest.dropFirst() }
        }
        if name == "help" || name == "--help" { return CommandResult(stdout: HelpText.service(service)) }
        options = try ProfileResolver(environment: environment).resolve(options, needsCredentials: service != .lab && service != .console)
        if name == "wait", service == .iam { return try wait(Array(words.dropFirst(2)), options: options) }
        guard let operation = OperationTable.operation(service, cliName: name) else {
            if name.hasPrefix("-") { throw .unknownOptions(Array(words.dropFirst())) }
            throw .usage("argument operation: " + ArgumentWord.invalidChoice(name, choices: OperationTable.operations(of: service).map(\.cliName)))
        }
        if rest.contains("--help") { return CommandResult(stdout: HelpText.operation(operation)) }
        let arguments = try OperationArgumentParser(operation: operation).parse(rest)
        if arguments.wantsHelp { return CommandResult(stdout: HelpText.operation(operation)) }
        if arguments.generateSkeleton {
            switch arguments.skeletonKind {
            case "yaml-input": return CommandResult(stdout: Skeleton.yamlInput(for: operation))
            case "output": break  // validated and printed below, as the AWS CLI's stubbed call
            default: return CommandResult(stdout: JSONWriter.string(for: Skeleton.input(for: operation), style: .awsCLI) + "\n")
            }
        }
        var paginator = try Paginator(operation: operation, arguments: arguments, options: options)
        let parameters = try paginator.firstRequest(ArgumentUnpacker(operation: operation, environment: environment).unpack(arguments))
        // `--generate-cli-skeleton output`: the AWS CLI stubs the call with a response made from
        // the output shape, which botocore's Stubber validates before the inputs are.
        // (JSONValue takes `nil` as JSON null, so the optional is spelled out.)
        var stubbed: JSONValue?
        if arguments.generateSkeleton && arguments.skeletonKind == "output" { stubbed = try Skeleton.validatedOutput(for: operation) }
        let problems = ParameterValidator(operation: operation).problems(in: parameters)
        if !problems.isEmpty { throw .validation(problems) }
        // The AWS CLI v2 warns, then pages anyway, when --max-items is zero or negative
        // (awscli/customizations/paginate.py `_emit_non_positive_max_items_warning`).
        if paginator.paginates, let value = arguments.maxItems.flatMap(PythonInt.parse), value <= 0 {
            warnings += "warning: Non-positive values for --max-items may result in undefined behavior.\n"
        }
        var response: JSONValue
        if let stubbed {
            response = stubbed
        } else {
            let request = try LabFileArguments.reading(parameters, for: operation, environment: environment)
            response = try paginator.run(request) { (request) throws(CommandError) -> JSONValue in
                try backend.run(operation, parameters: request, options: options)
            }
        }
        response = try LabFileArguments.writing(response, for: operation, parameters: parameters, environment: &environment)
        if let outfile = arguments.customized["--outfile"], let method = arguments.customized["--bootstrap-method"] {
            response = try saveBootstrap(response, method: method, to: outfile)
        }
        if operation.service == .configure, case .string(let text) = response {
            // `configure export-credentials` prints its own format and ignores --query/--output.
            return CommandResult(stdout: text, stderr: warnings)
        }
        var printer = ResponsePrinter(operation: operation, format: options.output ?? .json, query: query, terminalWidth: terminalWidth,
                                      onTerminal: streams.stdoutIsTerminal)
        printer.colored = options.color == .on || (options.color == .auto && stdoutIsTerminal)
        // `lab check` prints its report either way and exits 0 only when the lab is clean and
        // every task of the active exercise passes; a person (no --output, no --query) reads ✔/✘ lines.
        let clean = operation.name != "LabCheck" || LabCheckText.passes(response)
        if operation.name == "LabCheck", options.output == nil, query == nil, let text = LabCheckText.render(response) {
            return CommandResult(stdout: text, stderr: warnings, exitCode: clean ? .success : .problemsFound)
        }
        if operation.name == "LabClass", query == nil {
            return CommandResult(stdout: try ClassTable.render(response, format: parameters["Format"]?.stringValue ?? "table"), stderr: warnings)
        }
        return CommandResult(stdout: try printer.print(response, pages: paginator.pages), stderr: warnings,
                             exitCode: clean ? .success : .problemsFound)
    }

    /// `iam wait NAME [flags]`: the waiter's operation with the same flags, polled until it
    /// succeeds; nothing is printed on success.
    private mutating func wait(_ words: [String], options: GlobalOptions) throws(CommandError) -> CommandResult {
        let names = Waiter.iam.map(\.cliName)
        guard let first = words.first else { throw .usage("the following arguments are required: wait_name") }
        guard let waiter = Waiter.iam.first(where: { $0.cliName == first }),
              let operation = OperationTable.operation(.iam, cliName: waiter.operationCLIName) else {
            if first == "help" { return CommandResult(stdout: HelpText.waiters(Waiter.iam)) }
            throw .usage("argument wait_name: " + ArgumentWord.invalidChoice(first, choices: names))
        }
        let arguments = try OperationArgumentParser(operation: operation).parse(Array(words.dropFirst()))
        if arguments.wantsHelp { return CommandResult(stdout: HelpText.operation(operation)) }
        let parameters = try ArgumentUnpacker(operation: operation, environment: environment).unpack(arguments)
        let problems = ParameterValidator(operation: operation).problems(in: parameters)
        if !problems.isEmpty { throw .validation(problems) }
        let backend = self.backend
        try waiter.wait(sleep: sleeper) { () throws(CommandError) in
            var backend = backend
            _ = try backend.run(operation, parameters: parameters, options: options)
        }
        return CommandResult()
    }

    /// The compiled `--query`; a syntax error is the AWS CLI's `Bad value for --query` (252).
    private static func compile(_ text: String?) throws(CommandError) -> QueryExpression? {
        guard let text else { return nil }
        do throws(QuerySyntaxError) {
            return try QueryExpression(text)
        } catch {
            throw .badValue("Bad value for --query \(QuotedValue.bounded(text)): \(error)")
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
            throw .other(error.message(path: path))
        }
        device["QRCodePNG"] = nil
        device["Base32StringSeed"] = nil
        object["VirtualMFADevice"] = .object(device)
        return .object(object)
    }
}
