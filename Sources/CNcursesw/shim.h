#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1 /* SwiftPM drops pkg-config's -D flags; the wide API needs this. */
#endif
#include <locale.h>
#include <ncursesw/curses.h>
