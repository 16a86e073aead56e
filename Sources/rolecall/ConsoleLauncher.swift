import ConsoleUI
import Foundation
import Terminal

/// Starts the console: checks the terminal before touching it, picks the theme, runs the loop,
/// and restores the terminal on the way out.
enum ConsoleLauncher {
    /// Runs the console; returns the process exit status.
    static func run(_ options: ConsoleOptions) -> Int32 {
        TerminalPreflight.setUpLocale()
        var environment = Terminal.ProcessEnvironment.current
        let term: String
        do {
            term = try TerminalPreflight.check(environment: environment)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            return error.exitStatus
        }
        ensureNonInteractiveBacktrace(&environment)
        let lab: ConsoleLab.Opened
        do {
            lab = try ConsoleLab.open(store: options.store, environment: environment)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            return 1
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
        let pages: [any Page] = [welcome] + ConsolePages.make(lab: lab.gateway, options: .init(guided: options.guided))
        let identity = ConsolePages.identity(lab: lab.gateway)
        var state = AppState(size: screen.size, pages: pages, identity: identity.text, identityRole: identity.role,
                             notice: choice.notice ?? lab.notice)
        var runner = ConsoleRunner(state: state)
        runner.crashesAfterFirstFrame = environment["ROLECALL_TEST_CRASH"] == "1"
        let status = runner.run(on: screen)
        screen.close()
        if let notice = choice.notice {
            FileHandle.standardError.write(Data(("rolecall: " + notice + "\n").utf8))
        }
        return status
    }

    /// Swift's crash reporter waits for a key on a terminal (up to 30 s) while the screen is
    /// still in curses mode. Setting `SWIFT_BACKTRACE` inside the process is too late, so the
    /// launcher re-executes itself once with `interactive=no` unless the user chose a setting.
    private static func ensureNonInteractiveBacktrace(_ environment: inout [String: String]) {
        guard environment["SWIFT_BACKTRACE"] == nil else { return }
        setenv("SWIFT_BACKTRACE", "interactive=no", 1)
        environment["SWIFT_BACKTRACE"] = "interactive=no"
        // The resolved path keeps the process name (`ps`, crash reports) as `rolecall`.
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? "/proc/self/exe"
        var arguments = CommandLine.arguments.map { strdup($0) } + [nil]
        execv(executable, &arguments)
        // exec failed (no /proc): carry on; a crash report may then wait for a key.
        arguments.forEach { free($0) }
    }
}
