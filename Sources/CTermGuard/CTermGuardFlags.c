/* Signals that end or pause the console only set flags here; the main loop does the work.
 * A C handler is installed synchronously, so a signal that arrives in the first milliseconds
 * is never lost (a Dispatch source registers later, and an ignored signal in between is gone). */
#include "CTermGuard.h"
#include <signal.h>
#include <string.h>

static volatile sig_atomic_t terminating = 0;
static volatile sig_atomic_t interrupted = 0;
static volatile sig_atomic_t stop_requested = 0;
static volatile sig_atomic_t continued = 0;

static void on_flag_signal(int sig) {
    switch (sig) {
    case SIGTERM:
    case SIGHUP: terminating = sig; break;
    case SIGINT: interrupted = 1; break;
    case SIGTSTP: stop_requested = 1; break;
    case SIGCONT: continued = 1; break;
    default: break;
    }
}

void ctg_install_flag_handlers(void) {
    static const int signals[] = {SIGTERM, SIGHUP, SIGINT, SIGTSTP, SIGCONT};
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = on_flag_signal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = 0; /* no SA_RESTART: the blocking key read returns at once */
        sigaction(signals[i], &action, NULL);
    }
}

int ctg_terminating_signal(void) { return terminating; }

static int take(volatile sig_atomic_t *flag) {
    int value = *flag;
    *flag = 0;
    return value;
}

int ctg_take_interrupt(void) { return take(&interrupted); }
int ctg_take_stop(void) { return take(&stop_requested); }
int ctg_take_continue(void) { return take(&continued); }
