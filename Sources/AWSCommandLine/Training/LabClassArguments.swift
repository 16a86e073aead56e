/// `lab class` takes `--output table|json|csv`; csv is no AWS CLI output format, so for that
/// one command `--output` is read as the command's own `--format` before the global options are.
enum LabClassArguments {
    /// `arguments` with `--output X` (or `--output=X`) turned into `--format X` when the command is `lab class`.
    static func rewritingOutput(_ arguments: [String]) -> [String] {
        guard let lab = arguments.firstIndex(of: "lab"), lab + 1 < arguments.count, arguments[lab + 1] == "class" else { return arguments }
        var result: [String] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if word == "--output", index + 1 < arguments.count {
                result += ["--format", arguments[index + 1]]
                index += 2
                continue
            }
            if word.hasPrefix("--output=") {
                result += ["--format", String(word.dropFirst("--output=".count))]
            } else {
                result.append(word)
            }
            index += 1
        }
        return result
    }
}
