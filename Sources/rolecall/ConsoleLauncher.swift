import ConsoleUI
import Foundation
import Terminal

/// Starts the console: checks the terminal before touching it, opens the lab (creating the
/// demo lab on first run), picks the theme, runs the loop, and restores the terminal on the
/// way out.
enum ConsoleLauncher {
    /// Runs the console; returns the process exit status.
    static func run(_ options: ConsoleOptions) -> Int32 {
        TerminalPreflight.setUpLocale()
        let environment = Terminal.ProcessEnvironment.current
        let term: String
        do {
            term = try TerminalPreflight.check(environment: environment)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            return error.exitStatus
        }
        // The lab opens before curses starts, so a store error prints as one clean line.
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
        let gateway = lab.gateway
        let exercises = ConsoleExerciseSource(gateway: gateway)
        // Everything the pages reach outside their values, built once; the pages keep none of it.
        let console = ConsoleEnvironment(lab: gateway, drafts: TemporaryDraftStore(), options: .init(guided: options.guided),
                                         identity: { ConsolePages.identity(lab: gateway) }, exercise: { exercises.grade() })
        let welcome = WelcomePage(console, setup: ConsoleWelcome.setup(
            storePath: gateway.store.path, theme: choice.theme, capability: screen.capability))
        let pages: [any Page] = [welcome] + ConsolePages.make(console)
        let identity = console.labIdentity()
        var state = AppState(size: screen.size, pages: pages, environment: console, identity: identity.text,
                             notice: choice.notice ?? lab.notice)
        state.identityRole = identity.role
        state.isGuided = options.guided
        // A lab with an active exercise opens with its panel shown.
        state.exercise = ExercisePanelState(report: exercises.grade(), isShown: exercises.grade() != nil)
        var runner = ConsoleRunner(state: state)
        runner.crashesAfterFirstFrame = environment["ROLECALL_TEST_CRASH"] == "1"
        var recorder: AsciicastRecorder?
        if let path = options.record {
            let secrets = LabSecrets(gateway: gateway)
            do {
                recorder = try AsciicastRecorder(path: path, size: screen.size, secrets: { secrets.current() })
            } catch {
                screen.close()
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                return 1
            }
            runner.presented = { frame in recorder?.record(frame) }
        }
        let status = runner.run(on: screen)
        recorder?.close()
        screen.close()
        if let notice = choice.notice {
            FileHandle.standardError.write(Data(("rolecall: " + notice + "\n").utf8))
        }
        return status
    }
}
