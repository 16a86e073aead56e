/// Namespace for the AWSCommandLine module; see docs/architecture.md for what belongs here.
public enum AWSCommandLineModule {
    /// The module's name, for diagnostics.
    public static let name = "AWSCommandLine"
}
