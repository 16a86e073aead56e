import CNcursesw
import CTermGuard
import ConsoleUI
import Glibc

/// The real terminal, through ncursesw: presents `Frame`s (sending only what changed), reads
/// keys, follows resizes, suspends for the shell or an editor, and always gives the terminal
/// back. The only type in the project that talks to curses; use it from one thread.
public final class TerminalScreen {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let palette: RolePalette
    private var shown: Frame?
    private var cursorShown = false
    private var isOpen = true
    private let outputFD: Int32
    /// The terminal's size now.
    public private(set) var size: Size
    /// The colour tier in use.
    public var capability: ColorCapability { palette.capability }

    /// Starts curses on `term` (already checked by `TerminalPreflight`) with `theme`.
    /// `input`/`output` default to stdin/stdout; the benchmark passes a pseudo-terminal.
    public init(term: String, theme: Theme, environment: [String: String],
                input: UnsafeMutablePointer<FILE>? = nil, output: UnsafeMutablePointer<FILE>? = nil,
                outputFD: Int32 = STDOUT_FILENO) throws(TerminalError) {
        _ = ctg_save_terminal(outputFD)
        // Swift's crash reporter waits for a key when stdin is a terminal; unless the user asked
        // for that (SWIFT_BACKTRACE=interactive=yes), the crash handler detaches stdin first.
        let interactiveBacktrace = environment["SWIFT_BACKTRACE"]?.contains("interactive=yes") ?? false
        ctg_install_crash_handlers(interactiveBacktrace ? 0 : 1)
        guard let screen = newterm(term, output ?? nc_stdout(), input ?? nc_stdin()) else {
            throw .startFailed(term)
        }
        _ = set_term(screen)
        guard let window = nc_stdscr() else {
            endwin()
            throw .startFailed(term)
        }
        self.screen = screen
        self.window = window
        self.outputFD = outputFD
        ctg_set_armed(1)
        _ = raw()  // Ctrl-C and Ctrl-Z arrive as keys, so quitting goes through the reducer
        _ = noecho()
        _ = nonl()
        _ = keypad(window, true)
        _ = leaveok(window, true)  // no cursor homing after each update: fewer bytes
        if environment["ESCDELAY"] == nil { _ = set_escdelay(25) }
        // Clicks and the wheel where the terminal reports them; ROLECALL_NO_MOUSE=1 leaves the
        // mouse to the terminal (plain selection without Shift). No click delay: presses only.
        if environment["ROLECALL_NO_MOUSE"].map({ $0.isEmpty || $0 == "0" }) ?? true {
            _ = mousemask(NC_BUTTON1_PRESSED | NC_BUTTON4_PRESSED | NC_BUTTON5_PRESSED, nil)
            _ = mouseinterval(0)
        }
        _ = curs_set(0)
        let colors = has_colors() ? Int(max(0, nc_terminfo_colors())) : 0
        let capability = ColorCapability.resolve(environment: environment, colors: colors,
                                                 directColor: nc_has_direct_color() != 0)
        palette = RolePalette(theme: theme, capability: capability)
        var rows: Int32 = 0
        var cols: Int32 = 0
        nc_getmaxyx(window, &rows, &cols)
        size = Size(width: Int(cols), height: Int(rows))
    }

    deinit { close() }

    /// Draws `frame`, touching only rows that differ from the last one presented; ncurses then
    /// sends only the changed cells. Presenting the same frame again sends nothing.
    public func present(_ frame: Frame) {
        let full = shown?.size != frame.size
        if full { _ = werase(window) }
        for row in 0..<frame.size.height where full || shown?.row(row) != frame.row(row) {
            draw(row: row, of: frame)
        }
        if let cursor = frame.cursor {
            if !cursorShown { _ = curs_set(1); cursorShown = true; _ = leaveok(window, false) }
            _ = wmove(window, Int32(cursor.row), Int32(cursor.col))
        } else if cursorShown {
            _ = curs_set(0)
            cursorShown = false
            _ = leaveok(window, true)
        }
        _ = wnoutrefresh(window)
        _ = doupdate()
        shown = frame
    }

    /// Writes one row as runs of cells that share a role.
    private func draw(row: Int, of frame: Frame) {
        let cells = frame.row(row)
        var index = cells.startIndex
        while index < cells.endIndex {
            let role = cells[index].role
            let start = index - cells.startIndex
            var text = ""
            while index < cells.endIndex, cells[index].role == role {
                text += cells[index].text
                index += 1
            }
            let (attributes, pair) = palette.style(for: role)
            _ = wattr_set(window, attributes, pair, nil)
            _ = mvwaddstr(window, Int32(row), Int32(start), text)  // ERR in the last cell is expected
        }
        _ = wattr_set(window, NC_A_NORMAL, 0, nil)
    }

    /// What happened at the keyboard within `timeout` milliseconds.
    func readEvent(timeout: Int32) -> KeyDecoder.Event {
        wtimeout(window, timeout)
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        if status == KEY_CODE_YES, Int32(bitPattern: code) == KEY_MOUSE {
            var mouse = MEVENT()
            guard getmouse(&mouse) == OK else { return .none }
            return KeyDecoder.decodeMouse(buttons: UInt(mouse.bstate), row: mouse.y, col: mouse.x)
        }
        let event = KeyDecoder.decode(status: status, code: code)
        if case .resize = event {
            var rows: Int32 = 0
            var cols: Int32 = 0
            nc_getmaxyx(window, &rows, &cols)
            size = Size(width: Int(cols), height: Int(rows))
        }
        return event
    }

    /// Writes `bytes` to the terminal after everything curses has drawn: escape sequences that
    /// neither move the cursor nor draw (OSC 52). Returns the system's reason when it fails.
    public func sendRaw(_ bytes: [UInt8]) -> String? {
        _ = doupdate()
        var rest = bytes[...]
        while !rest.isEmpty {
            let written = rest.withUnsafeBytes { Glibc.write(outputFD, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return String(cString: strerror(errno)) }
            rest = rest.dropFirst(written)
        }
        return nil
    }

    /// Rings the bell (or flashes).
    public func bell() { _ = beep() }

    /// Stops the process for job control (Ctrl-Z or SIGTSTP) with the terminal restored, and
    /// redraws everything when the shell continues it (`fg`).
    public func suspendToShell() {
        leaveCurses()
        // The whole process group, like a cooked-mode Ctrl-Z, so a wrapping script stops too and
        // the shell sees the job stopped. SIGSTOP cannot be caught or blocked; `fg` sends SIGCONT.
        _ = kill(0, SIGSTOP)
        reenterCurses()
    }

    /// Runs `body` with the terminal back in normal mode (to run `$EDITOR`), then redraws.
    public func withCursesSuspended<T>(_ body: () -> T) -> T {
        leaveCurses()
        defer { reenterCurses() }
        return body()
    }

    /// Repaints the whole screen (after SIGCONT, when another program may have drawn on it).
    public func redrawAll() {
        _ = clearok(nc_curscr(), true)
        _ = wrefresh(window)
    }

    /// Ends curses and restores the terminal. Safe to call twice.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        ctg_set_armed(0)
        _ = endwin()
        delscreen(screen)
    }

    private func leaveCurses() {
        ctg_set_armed(0)
        _ = def_prog_mode()
        _ = endwin()
    }

    private func reenterCurses() {
        _ = reset_prog_mode()
        ctg_set_armed(1)
        redrawAll()
    }
}
