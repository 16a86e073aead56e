import AWSCommandLine
import ConsoleUI
import Foundation
import IAMKit

/// The CLI half of the executable: decides whether the arguments are a CLI command and runs
/// it on the real lab (IAMKit through RoleStore), printing as the AWS CLI prints.
enum CommandLineEntry {
    /// The first words that make a CLI command; anything else (no arguments) is the console.
    static let commandWords: Set<String> = ["iam", "sts", "lab", "console", "--help", "help", "-h", "completion", "--version", "configure"]

    /// Whether `arguments` are a CLI command (global options may come first). Only global
    /// options (`rolecall --store DIR`) or console flags (`--guided`) leave it to the console.
    static func handles(_ arguments: [String]) -> Bool {
        guard let (_, rest) = try? GlobalOptions.extract(from: arguments) else { return true }
        guard let first = rest.first else { return false }
        return commandWords.contains(first) || !first.hasPrefix("-")
    }

    /// Runs the command and returns the exit code.
    static func run(_ arguments: [String]) -> Int32 {
        // Ctrl-C: the AWS CLI prints a newline and exits 130. A store commit cut short here is
        // rolled back or completed by the store's journal, so nothing half-written remains.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        sigprocmask(SIG_UNBLOCK, &interrupt, nil)
        signal(SIGINT) { _ in
            _ = write(STDOUT_FILENO, "\n", 1)
            _exit(ExitCode.interrupted.rawValue)
        }
        let variables = ProcessInfo.processInfo.environment
        let clock: any Clock
        do {
            clock = try LabClock.from(variables)
        } catch {
            FileHandle.standardError.write(Data("\nrolecall: \(error)\n".utf8))
            return ExitCode.other.rawValue
        }
        let service = IAMService(clock: clock)
        let lockTimeout = variables["ROLECALL_LOCK_TIMEOUT"].flatMap(Double.init) ?? 10
        let backend = LabBackend(dispatcher: service, service: service, variables: variables, lockTimeout: lockTimeout,
                                 installation: installationPaths(variables))
        var tool = CommandLineTool(backend: backend, environment: ProcessEnvironment(variables: variables),
                                   terminalWidth: ProcessEnvironment.terminalWidth())
        let result = tool.run(arguments)
        if !result.stdout.isEmpty { FileHandle.standardOutput.write(Data(result.stdout.utf8)) }
        if !result.stderr.isEmpty { FileHandle.standardError.write(Data(result.stderr.utf8)) }
        return result.exitCode.rawValue
    }

    /// The files outside the store that `lab info` lists, resolved as the console resolves them.
    static func installationPaths(_ variables: [String: String]) -> InstallationPaths {
        let catalog = ThemeCatalog(readFile: { _ in nil }, environment: variables, shippedDirectories: [])
        return InstallationPaths(configFile: catalog.configDirectory.map { $0 + "/config.json" },
                                 userThemesDirectory: catalog.configDirectory.map { $0 + "/themes" },
                                 shippedThemesDirectories: ThemeDirectories.shipped(),
                                 exists: { FileManager.default.fileExists(atPath: $0) })
    }
}
