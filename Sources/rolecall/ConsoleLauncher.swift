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
        let welcome = WelcomePage(lab: lab.gateway, setup: ConsoleWelcome.setup(
            storePath: lab.gateway.store.path, theme: choice.theme, capability: screen.capability))
        let pages: [any Page] = [welcome] + ConsolePages.make(lab: lab.gateway, options: .init(guided: options.guided), drafts: TemporaryDraftStore())
        let identity = ConsolePages.identity(lab: lab.gateway)
        var state = AppState(size: screen.size, pages: pages, identity: identity.text,
                             notice: choice.notice ?? lab.notice)
        state.identityRole = identity.role
        let gateway = lab.gateway
        state.identitySource = { ConsolePages.identity(lab: gateway) }
        state.isGuided = options.guided
        let exercises = ConsoleExerciseSource(gateway: gateway)
        state.exerciseSource = { exercises.grade() }
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
