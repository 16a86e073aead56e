/// Namespace for the Terminal module; see docs/architecture.md for what belongs here.
public enum TerminalModule {
    /// The module's name, for diagnostics.
    public static let name = "Terminal"
}
