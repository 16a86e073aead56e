/// Whether the CLI's stdout and stderr are terminals. A terminal obeys the control sequences
/// it is sent, so text from data is drawn there by the display rule (`TerminalSafeText`); a
/// pipe or file gets the AWS CLI's bytes unchanged. The executable asks `isatty`; tests say.
public struct OutputStreams: Sendable, Equatable {
    /// Standard output is a terminal.
    public var stdoutIsTerminal: Bool
    /// Standard error is a terminal.
    public var stderrIsTerminal: Bool

    /// Creates a description of the streams.
    public init(stdoutIsTerminal: Bool = false, stderrIsTerminal: Bool = false) {
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stderrIsTerminal = stderrIsTerminal
    }

    /// Both streams piped or redirected: output is byte-faithful.
    public static let piped = OutputStreams()
    /// Both streams on a terminal.
    public static let terminal = OutputStreams(stdoutIsTerminal: true, stderrIsTerminal: true)
}
