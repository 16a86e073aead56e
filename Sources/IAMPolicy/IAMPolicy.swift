/// Namespace for the IAMPolicy module; see docs/architecture.md for what belongs here.
public enum IAMPolicyModule {
    /// The module's name, for diagnostics.
    public static let name = "IAMPolicy"
}
