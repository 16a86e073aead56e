/// Namespace for the IAMKit module; see docs/architecture.md for what belongs here.
public enum IAMKitModule {
    /// The module's name, for diagnostics.
    public static let name = "IAMKit"
}
