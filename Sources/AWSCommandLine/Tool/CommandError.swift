import IAMKit

/// Why a command failed, with the exact text the AWS CLI prints for it on stderr.
public enum CommandError: Error, Sendable, Equatable {
    /// An argparse error: usage, then `rolecall: error: MESSAGE`.
    case usage(String)
    /// Flags or words the operation does not know: usage, then `Unknown options: ...`.
    case unknownOptions([String])
    /// A value that could not be turned into a parameter:
    /// `Error parsing parameter '--flag': MESSAGE`.
    case parameter(flag: String, message: String)
    /// botocore's client-side validation: `Parameter validation failed:` and one line per problem.
    case validation([String])
    /// An error the service returned.
    case service(ServiceFailure, operation: String)
    /// A value the AWS CLI rejects once the command line is parsed, such as a `--query` that
    /// does not compile (its `ParamValidationError`): the message alone, exit code 252.
    case badValue(String)
    /// The AWS CLI's `ConfigurationError` (no credentials found): the message alone, exit code 253.
    case configuration(String)
    /// Anything else: the message alone (AWS CLI exit code 255).
    case other(String)
    /// The console model refused (sign-in, Switch Role): its own message, exit code 254.
    case console(ServiceFailure)

    /// The usage block the AWS CLI v2 prints before argparse errors.
    public static let usageText = """
        usage: rolecall [options] <command> <subcommand> [<subcommand> ...] [parameters]
        To see help text, you can run:

          rolecall help
          rolecall <command> help
          rolecall <command> <subcommand> help

        """

    /// The exit code the AWS CLI v2 returns for this error.
    public var exitCode: ExitCode {
        switch self {
        case .usage, .unknownOptions, .parameter, .validation, .badValue: .usage
        case .service, .console: .serviceError
        case .configuration: .configuration
        case .other: .other
        }
    }

    /// The text for stderr, newline-terminated, exactly as the AWS CLI lays it out.
    public func stderrText(explain: Bool) -> String {
        switch self {
        case .usage(let message):
            return Self.usageText + "\nrolecall: error: \(message)\n"
        case .unknownOptions(let options):
            return Self.usageText + "\nUnknown options: \(options.map(QuotedValue.bounded).joined(separator: ", "))\n"
        case .parameter(let flag, let message):
            return "\nError parsing parameter '\(flag)': \(message)\n"
        case .validation(let problems):
            return "\nParameter validation failed:\n" + problems.joined(separator: "\n") + "\n"
        case .service(let failure, let operation):
            // An error AWS sends without a message (ReportNotPresent) prints as botocore fills it in.
            let message = failure.message.isEmpty ? "Unknown" : failure.message
            var text = "\nAn error occurred (\(failure.code)) when calling the \(operation) operation: \(message)\n"
            if let hint = failure.hint { text += hint + "\n" }
            if explain, let explanation = failure.explanation, !explanation.isEmpty {
                text += "\nWhy (rolecall --explain):\n" + explanation + (explanation.hasSuffix("\n") ? "" : "\n")
            }
            return text
        case .other(let message), .badValue(let message), .configuration(let message):
            return "\n\(message)\n"
        case .console(let failure):
            var text = "\n\(failure.message)\n"
            if explain, let explanation = failure.explanation, !explanation.isEmpty {
                text += "\nWhy (rolecall --explain):\n" + explanation + "\n"
            }
            return text
        }
    }
}

/// An error returned by the simulated service, as the CLI reports it.
public struct ServiceFailure: Error, Sendable, Equatable {
    /// The AWS error code (`EntityAlreadyExists`).
    public var code: String
    /// AWS's message text.
    public var message: String
    /// The HTTP status AWS would answer with.
    public var httpStatus: Int
    /// The policy engine's trace, for `--explain`, when the error is a denial.
    public var explanation: String?
    /// A line of advice rolecall adds after AWS's text (e.g. for keys the lab never issued).
    public var hint: String?

    /// Creates a failure.
    public init(code: String, message: String, httpStatus: Int = 400, explanation: String? = nil, hint: String? = nil) {
        self.code = code
        self.message = message
        self.httpStatus = httpStatus
        self.explanation = explanation
        self.hint = hint
    }
}
