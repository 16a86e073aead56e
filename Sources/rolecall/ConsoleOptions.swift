/// The options the console takes: `--theme NAME|PATH`, `--guided`, `--store DIR`, `--record FILE`.
/// Anything else means the command line is for the CLI.
struct ConsoleOptions: Equatable {
    /// `--theme` value.
    var theme: String?
    /// `--guided`: start with the guide panel open (F2 toggles it), explaining the page or field in use.
    var guided = false
    /// `--store` directory.
    var store: String?
    /// `--record FILE`: record the session as an asciicast v2 file, secrets masked.
    var record: String?

    /// Parses console arguments; `nil` when they are not (only) console options.
    init?(arguments: [String]) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--guided":
                guided = true
            case "--theme", "--store", "--record":
                guard let value = rest.popFirst() else { return nil }
                switch argument {
                case "--theme": theme = value
                case "--store": store = value
                default: record = value
                }
            default:
                if argument.hasPrefix("--theme=") {
                    theme = String(argument.dropFirst("--theme=".count))
                } else if argument.hasPrefix("--store=") {
                    store = String(argument.dropFirst("--store=".count))
                } else {
                    return nil
                }
            }
        }
    }
}
