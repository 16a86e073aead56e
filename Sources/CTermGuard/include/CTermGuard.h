#ifndef CTERMGUARD_H
#define CTERMGUARD_H
/// Saves the terminal modes of `fd` (call before curses changes them). Returns 0 on success.
int ctg_save_terminal(int fd);
/// Installs handlers for fatal signals (SEGV, BUS, ILL, TRAP, ABRT, FPE) that restore the
/// terminal with async-signal-safe calls only, then chain to the previous handler (Swift's
/// backtracer) or re-raise with the default action. With `detach_stdin`, stdin is pointed at
/// /dev/null first so Swift's crash reporter prints its report instead of waiting up to 30 s
/// for a key on the still-raw terminal.
void ctg_install_crash_handlers(int detach_stdin);
/// Arms (1) or disarms (0) the restore: armed only while curses owns the screen.
void ctg_set_armed(int armed);
/// Restores the saved modes and leaves the alternate screen now (async-signal-safe).
void ctg_restore_terminal(void);
/// Installs flag-setting handlers for SIGTERM, SIGHUP, SIGINT, SIGTSTP and SIGCONT. The
/// handlers only store the signal; the main loop polls the flags and restores the terminal
/// itself (through endwin). Installed before newterm, so ncurses keeps its own away.
void ctg_install_flag_handlers(void);
/// The terminating signal received (SIGTERM or SIGHUP), or 0.
int ctg_terminating_signal(void);
/// Returns 1 once per SIGINT received (then clears it).
int ctg_take_interrupt(void);
/// Returns 1 once per SIGTSTP received (then clears it).
int ctg_take_stop(void);
/// Returns 1 once per SIGCONT received (then clears it).
int ctg_take_continue(void);
#endif
