import Foundation

// No arguments (or only console options) → the console; anything else is the CLI's.
let arguments = Array(CommandLine.arguments.dropFirst())
if let options = ConsoleOptions(arguments: arguments) {
    exit(ConsoleLauncher.run(options))
}
FileHandle.standardError.write(Data("rolecall: CLI not yet wired\n".utf8))
exit(2)
