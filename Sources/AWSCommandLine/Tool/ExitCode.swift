/// The AWS CLI v2 return codes
/// (https://docs.aws.amazon.com/cli/latest/userguide/cli-chap-returncodes.html).
public enum ExitCode: Int32, Sendable {
    /// The command succeeded.
    case success = 0
    /// The command line could not be parsed, or a parameter failed client-side checks.
    case usage = 252
    /// The system environment or configuration was invalid (no credentials to export).
    case configuration = 253
    /// The service returned an error.
    case serviceError = 254
    /// Any other failure (unreadable store, internal error).
    case other = 255
    /// The command was interrupted (SIGINT: 128 + 2).
    case interrupted = 130
}
