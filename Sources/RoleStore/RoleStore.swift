/// Namespace for the RoleStore module; see docs/architecture.md for what belongs here.
public enum RoleStoreModule {
    /// The module's name, for diagnostics.
    public static let name = "RoleStore"
}
