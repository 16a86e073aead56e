#ifndef CTERMGUARD_H
#define CTERMGUARD_H
/// Saves the terminal modes of `fd` (call before curses changes them). Returns 0 on success.
int ctg_save_terminal(int fd);
/// Installs handlers for fatal signals (SEGV, BUS, ILL, TRAP, ABRT, FPE) that restore the
/// terminal with async-signal-safe calls only, then chain to the previous handler (Swift's
/// backtracer) or re-raise with the default action.
void ctg_install_crash_handlers(void);
/// Arms (1) or disarms (0) the restore: armed only while curses owns the screen.
void ctg_set_armed(int armed);
/// Restores the saved modes and leaves the alternate screen now (async-signal-safe).
void ctg_restore_terminal(void);
#endif
