import Foundation

// No arguments: the console (owned by the console branch). Anything else: the CLI.
let arguments = Array(CommandLine.arguments.dropFirst())
if CommandLineEntry.handles(arguments) {
    exit(CommandLineEntry.run(arguments))
}
print("rolecall: the console is under construction")
