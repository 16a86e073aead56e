/// The names of the store's own files, beside the `<scope>/<kind>/<name>.json` records.
enum StoreLayout {
    /// Schema version and creator; written once.
    static let manifestFileName = "store.json"
    /// The lab's own AWS CLI `config` and `credentials` files (`<lab>/aws/`), kept beside the
    /// records so lab keys never mix with a user's real `~/.aws`; `lab check` knows them.
    static let awsConfigDirectoryName = "aws"
    /// The files that may stand in `awsConfigDirectoryName`.
    static let awsConfigFileNames: Set<String> = ["config", "credentials"]
    /// The directory of dated audit log files.
    static let auditDirectory = "audit"
    /// What an interrupted creation may leave in a directory that is still to become a lab.
    static let creationLeftovers: Set<String> = [StoreLock.fileName, ".store.json.tmp"]
}
