import ConsoleUI
import Glibc

/// The console's main loop on the calling (main) thread: read a key or signal, reduce, render,
/// present, run effects. Idle means no output: nothing is drawn until something visible changes
/// (a key, a resize, or time-driven text such as an MFA code and its seconds left).
public struct ConsoleRunner {
    /// The state being run.
    public private(set) var state: AppState
    /// Test-only: crash deliberately after the first frame (the terminal-restore test).
    public var crashesAfterFirstFrame = false
    /// Called with every frame presented (`--record` writes them to an asciicast).
    public var presented: ((Frame) -> Void)?
    /// How long one blocking read waits before signals are checked again.
    static let pollMilliseconds: Int32 = 200

    /// Creates a runner for `state`.
    public init(state: AppState) {
        self.state = state
    }

    /// Runs until quit or a terminating signal; returns the exit status (0 on quit, 128+n
    /// after signal n). The caller closes the screen.
    public mutating func run(on screen: TerminalScreen) -> Int32 {
        state.size = screen.size
        show(ConsoleShell.render(state, size: screen.size), on: screen)
        if crashesAfterFirstFrame { DeliberateCrash.now() }
        var rapidEmptyReads = 0
        while true {
            if let signal = SignalWatcher.terminatingSignal { return 128 + signal }
            var effects: [Effect] = []
            if SignalWatcher.takeStop() { screen.suspendToShell() }
            if SignalWatcher.takeResumed() { screen.redrawAll() }
            if SignalWatcher.takeInterrupt() { effects += ConsoleShell.reduce(&state, .interruptReceived) }
            let started = Self.milliseconds()
            switch screen.readEvent(timeout: Self.pollMilliseconds) {
            case .key(let key):
                rapidEmptyReads = 0
                effects += ConsoleShell.reduce(&state, .keyPressed(key))
            case .mouse(let event):
                rapidEmptyReads = 0
                effects += ConsoleShell.reduce(&state, .mouse(event))
            case .resize:
                rapidEmptyReads = 0
                effects += ConsoleShell.reduce(&state, .terminalResized(screen.size))
            case .none:
                // A read that returns at once, again and again, means stdin hung up (SSH drop).
                rapidEmptyReads = Self.milliseconds() - started < 20 ? rapidEmptyReads + 1 : 0
                if rapidEmptyReads > 50 { return 128 + SIGHUP }
                // Time-driven text (MFA codes) redraws only when it changed: idle stays silent.
                if effects.isEmpty && !ConsoleShell.clockTicked(&state) { continue }
            }
            var pending = effects[...]
            while let effect = pending.popFirst() {
                switch effect {
                case .quit:
                    return 0
                case .suspend:
                    screen.suspendToShell()
                case .bell:
                    screen.bell()
                case .editFile(let path, let page):
                    let status = screen.withCursesSuspended { SignalWatcher.whileChildRuns { EditorLauncher.edit(path) } }
                    let result = EffectResult.editorFinished(path: path, status: status)
                    pending += ConsoleShell.reduce(&state, .effectFinished(page: page, result: result))
                case .copyToClipboard(let text, let page):
                    let sequence = ClipboardSequence.bytes(copying: text)
                    let result = EffectResult.clipboardSent(bytes: sequence.count, problem: screen.sendRaw(sequence))
                    pending += ConsoleShell.reduce(&state, .effectFinished(page: page, result: result))
                case .writeScript(let path, let contents, let replacing, let page):
                    let outcome = ScriptFileWriter.write(contents, to: path, replacing: replacing)
                    let result = EffectResult.scriptWritten(path: path, outcome: outcome)
                    pending += ConsoleShell.reduce(&state, .effectFinished(page: page, result: result))
                case .openPage, .showIdentity, .deliver, .confirm:
                    break  // applied by ConsoleShell.reduce; never returned
                }
            }
            // Keys arriving faster than the poll still see the codes move on.
            _ = ConsoleShell.clockTicked(&state)
            show(ConsoleShell.render(state, size: screen.size), on: screen)
        }
    }

    private func show(_ frame: Frame, on screen: TerminalScreen) {
        screen.present(frame)
        presented?(frame)
    }

    /// Monotonic milliseconds.
    static func milliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }
}

/// The test-only crash used to prove the terminal is restored after a crash.
enum DeliberateCrash {
    /// Traps like a real bug would (a Swift runtime failure, SIGILL/SIGTRAP).
    static func now() -> Never {
        preconditionFailure("ROLECALL_TEST_CRASH is set: crashing on purpose to test terminal restore")
    }
}
