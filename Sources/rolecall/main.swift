import Foundation

// A service (`iam`, `sts`), `lab`, `console`, `help`, `completion` or `--version` → the CLI;
// no arguments, or only console options (`--theme`, `--guided`, `--store` …) → the console.
let arguments = Array(CommandLine.arguments.dropFirst())
if ServeCommand.handles(arguments) {
    exit(ServeCommand.run(arguments))
}
if CommandLineEntry.handles(arguments) {
    exit(CommandLineEntry.run(arguments))
}
if let options = ConsoleOptions(arguments: arguments) {
    exit(ConsoleLauncher.run(options))
}
FileHandle.standardError.write(Data("rolecall: unknown arguments; see `rolecall --help`\n".utf8))
exit(252)
