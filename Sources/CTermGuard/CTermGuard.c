/* Crash-time terminal restore. Everything reachable from the handler is async-signal-safe
 * (write, tcsetattr, sigaction, raise): endwin() is not, so it is never called here. */
#include "CTermGuard.h"
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <fcntl.h>

static struct termios saved_modes;
static int saved_fd = -1;
static volatile sig_atomic_t armed = 0;
static const int fatal_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
#define FATAL_COUNT (sizeof fatal_signals / sizeof fatal_signals[0])
static struct sigaction previous[FATAL_COUNT];
static int detach_stdin_on_crash = 1;

int ctg_save_terminal(int fd) {
    if (tcgetattr(fd, &saved_modes) != 0) return -1;
    saved_fd = fd;
    return 0;
}

void ctg_set_armed(int value) { armed = value ? 1 : 0; }

void ctg_restore_terminal(void) {
    if (saved_fd < 0) return;
    /* Leave the alternate screen, show the cursor, reset attributes, leave keypad mode. */
    static const char reset[] = "\033[?1049l\033[?25h\033[0m\033[?1l\033>\r\n";
    ssize_t ignored = write(saved_fd, reset, sizeof reset - 1);
    (void)ignored;
    tcsetattr(saved_fd, TCSANOW, &saved_modes);
}

static void on_fatal(int sig, siginfo_t *info, void *context) {
    if (armed) {
        armed = 0;
        ctg_restore_terminal();
        /* Swift's crash reporter turns interactive (waits up to 30 s for a key) when stdin is a
         * terminal; give it /dev/null so the report prints and the process ends at once. */
        int null_fd = detach_stdin_on_crash ? open("/dev/null", O_RDONLY) : -1;
        if (null_fd >= 0) {
            dup2(null_fd, STDIN_FILENO);
            close(null_fd);
        }
    }
    for (unsigned i = 0; i < FATAL_COUNT; i++) {
        if (fatal_signals[i] != sig) continue;
        sigaction(sig, &previous[i], NULL);
        if ((previous[i].sa_flags & SA_SIGINFO) && previous[i].sa_sigaction) {
            previous[i].sa_sigaction(sig, info, context); /* Swift's backtracer prints the report */
            return;
        }
        if (previous[i].sa_handler != SIG_DFL && previous[i].sa_handler != SIG_IGN) {
            previous[i].sa_handler(sig);
            return;
        }
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

void ctg_install_crash_handlers(int detach_stdin) {
    detach_stdin_on_crash = detach_stdin;
    for (unsigned i = 0; i < FATAL_COUNT; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_sigaction = on_fatal;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
        sigemptyset(&action.sa_mask);
        sigaction(fatal_signals[i], &action, &previous[i]);
    }
}
