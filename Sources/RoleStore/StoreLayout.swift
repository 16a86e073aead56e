/// The names of the store's own files, beside the `<scope>/<kind>/<name>.json` records.
enum StoreLayout {
    /// Schema version and creator; written once.
    static let manifestFileName = "store.json"
    /// The directory of dated audit log files.
    static let auditDirectory = "audit"
    /// What an interrupted creation may leave in a directory that is still to become a lab.
    static let creationLeftovers: Set<String> = [StoreLock.fileName, ".store.json.tmp"]
}
