/// What a command printed and how it ended.
public struct CommandResult: Sendable, Equatable {
    /// Text for standard output.
    public var stdout: String
    /// Text for standard error.
    public var stderr: String
    /// The process exit code.
    public var exitCode: ExitCode

    /// Creates a result.
    public init(stdout: String = "", stderr: String = "", exitCode: ExitCode = .success) {
        self.stdout = stdout
        self.stderr = stderr
        self.exitCode = exitCode
    }
}
