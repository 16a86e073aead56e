/// The options the console takes: `--theme NAME|PATH`, `--guided`, `--store DIR`.
/// Anything else means the command line is for the CLI.
struct ConsoleOptions: Equatable {
    /// `--theme` value.
    var theme: String?
    /// `--guided`: start with the guide panel open (F2 toggles it), explaining the page or field in use.
    var guided = false
    /// `--store` directory.
    var store: String?

    /// Parses console arguments; `nil` when they are not (only) console options.
    init?(arguments: [String]) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--guided":
                guided = true
            case "--theme", "--store":
                guard let value = rest.popFirst() else { return nil }
                if argument == "--theme" { theme = value } else { store = value }
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
