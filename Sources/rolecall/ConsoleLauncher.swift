import ConsoleUI
import Foundation
import Terminal

/// Starts the console: checks the terminal before touching it, picks the theme, runs the loop,
/// and restores the terminal on the way out.
enum ConsoleLauncher {
    /// Runs the console; returns the process exit status.
    static func run(_ options: ConsoleOptions) -> Int32 {
        TerminalPreflight.setUpLocale()
        let environment = ProcessEnvironment.current
        let term: String
        do {
            term = try TerminalPreflight.check(environment: environment)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            return error.exitStatus
        }
        let choice = ThemeCatalog(readFile: { try? String(contentsOfFile: $0, encoding: .utf8) },
                                  environment: environment,
                                  shippedDirectories: ThemeDirectories.shipped()).choose(option: options.theme)
        SignalWatcher.start()
        let screen: TerminalScreen
        do {
            screen = try TerminalScreen(term: term, theme: choice.theme, environment: environment)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            return error.exitStatus
        }
        let welcome = WelcomePage(lines: ConsoleWelcome.lines(options: options, theme: choice.theme,
                                                               capability: screen.capability))
        var runner = ConsoleRunner(state: AppState(size: screen.size, pages: [welcome], notice: choice.notice))
        runner.crashesAfterFirstFrame = environment["ROLECALL_TEST_CRASH"] == "1"
        let status = runner.run(on: screen)
        screen.close()
        if let notice = choice.notice {
            FileHandle.standardError.write(Data(("rolecall: " + notice + "\n").utf8))
        }
        return status
    }
}
