#ifndef CTERMGUARD_H
#define CTERMGUARD_H
/// Saves the terminal state so fatal-signal handlers can restore it.
int ctg_save_terminal(int fd);
#endif
