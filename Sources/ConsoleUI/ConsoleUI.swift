/// Namespace for the ConsoleUI module; see docs/architecture.md for what belongs here.
public enum ConsoleUIModule {
    /// The module's name, for diagnostics.
    public static let name = "ConsoleUI"
}
