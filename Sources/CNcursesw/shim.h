/* ncursesw for Swift. SwiftPM drops pkg-config's -D flags, so the wide API is switched on
 * here; macros and globals Swift cannot import (or may not touch under Swift 6 concurrency
 * checking) get small accessor functions. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <stdio.h>
#include <stdlib.h>
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *nc_stdscr(void) { return stdscr; }
static inline WINDOW *nc_curscr(void) { return curscr; }
static inline FILE *nc_stdout(void) { return stdout; }
static inline FILE *nc_stdin(void) { return stdin; }
static inline int nc_colors(void) { return COLORS; }
static inline int nc_color_pairs(void) { return COLOR_PAIRS; }
static inline int nc_key_f(int n) { return KEY_F(n); }
static inline void nc_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }
static inline attr_t nc_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }

static const attr_t NC_A_NORMAL = A_NORMAL;
static const attr_t NC_A_BOLD = A_BOLD;
static const attr_t NC_A_REVERSE = A_REVERSE;
static const attr_t NC_A_UNDERLINE = A_UNDERLINE;
static const attr_t NC_A_DIM = A_DIM;

/* Mouse buttons (NCURSES_MOUSE_MASK is a function-like macro Swift cannot import). */
static const mmask_t NC_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t NC_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t NC_BUTTON5_PRESSED = BUTTON5_PRESSED;

/* Whether the current locale's codeset is UTF-8. */
static inline int nc_is_utf8_locale(void) {
    const char *c = nl_langinfo(CODESET);
    return c && (c[0] == 'U' || c[0] == 'u') && (c[1] == 'T' || c[1] == 't') && (c[2] == 'F' || c[2] == 'f');
}

#include <ncursesw/term.h> /* last: it defines lowercase macros such as `lines` and `columns` */
static inline TERMINAL *nc_cur_term(void) { return cur_term; }
/* Whether the terminal takes RGB values as colour numbers (terminfo "RGB" capability). */
static inline int nc_has_direct_color(void) { return tigetflag("RGB") > 0 || COLORS >= 0x1000000; }
/* Colours the terminfo entry declares (COLORS is only set by start_color). */
static inline int nc_terminfo_colors(void) { return tigetnum("colors"); }
