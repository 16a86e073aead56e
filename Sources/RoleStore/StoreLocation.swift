/// Where a store lives when the caller did not say (`--store DIR` is the caller's business).
public enum StoreLocation {
    /// The environment variable naming a store directory.
    public static let environmentVariable = "ROLECALL_STORE"

    /// `$ROLECALL_STORE`, else `$XDG_DATA_HOME/rolecall/lab`, else `$HOME/.local/share/rolecall/lab`
    /// as the XDG Base Directory specification defaults `XDG_DATA_HOME`. Empty values count as unset,
    /// and a relative `XDG_DATA_HOME` is ignored, as the specification requires.
    /// Returns nil only when none of these variables is usable.
    public static func resolve(environment: [String: String]) -> String? {
        if let explicit = environment[environmentVariable], !explicit.isEmpty {
            return explicit
        }
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return join(dataHome, "rolecall/lab")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return join(home, ".local/share/rolecall/lab")
        }
        return nil
    }

    private static func join(_ base: String, _ tail: String) -> String {
        base.hasSuffix("/") ? base + tail : base + "/" + tail
    }

    /// The store directory to use: `explicitPath` (`--store DIR`) when given, else `resolve`.
    /// Throws `StoreError.noLocation` when neither says anything.
    public static func path(explicit explicitPath: String?, environment: [String: String]) throws -> String {
        if let explicitPath, !explicitPath.isEmpty { return explicitPath }
        guard let resolved = resolve(environment: environment) else { throw StoreError.noLocation }
        return resolved
    }
}
