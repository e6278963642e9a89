#ifndef SWDASH_CNCURSES_SHIM_H
#define SWDASH_CNCURSES_SHIM_H
// Wide-character ncurses needs this define before the header; SwiftPM drops pkg-config's -D flags.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>

// Accessors for what Swift cannot import: function-like macros (A_*, getmaxyx, KEY_F) and the global
// variables (stdscr, COLORS, COLOR_PAIRS, LINES, COLS, stdin, stdout) that Swift 6 rejects as not concurrency-safe.
// Call them only from the thread that owns curses (the main actor).

static inline attr_t swdash_a_normal(void) { return A_NORMAL; }
static inline attr_t swdash_a_bold(void) { return A_BOLD; }
static inline attr_t swdash_a_underline(void) { return A_UNDERLINE; }
static inline attr_t swdash_a_reverse(void) { return A_REVERSE; }
static inline attr_t swdash_a_dim(void) { return A_DIM; }

static inline WINDOW *swdash_stdscr(void) { return stdscr; }
static inline int swdash_colors(void) { return COLORS; }
static inline int swdash_color_pairs(void) { return COLOR_PAIRS; }
static inline int swdash_lines(void) { return LINES; }
static inline int swdash_cols(void) { return COLS; }
static inline int swdash_key_f(int n) { return KEY_F(n); }

static inline void swdash_getmaxyx(WINDOW *win, int *rows, int *columns) {
    int y, x;
    getmaxyx(win, y, x);
    *rows = y;
    *columns = x;
}

static inline FILE *swdash_stdin(void) { return stdin; }
static inline FILE *swdash_stdout(void) { return stdout; }

// The size the kernel reports for a terminal (0 and -1 when fd is not one); ioctl is variadic, which Swift cannot call.
static inline int swdash_terminal_size(int fd, int *rows, int *columns) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) {
        return -1;
    }
    *rows = ws.ws_row;
    *columns = ws.ws_col;
    return 0;
}

// glibc declares wcwidth only under _XOPEN_SOURCE, one of the pkg-config flags SwiftPM drops. ncurses measures
// with it, so the backend asks it too to keep its column bookkeeping identical to ncurses'.
int wcwidth(wchar_t c);
static inline int swdash_wcwidth(wchar_t c) { return wcwidth(c); }

// The character set the current locale uses ("UTF-8", "ANSI_X3.4-1968"); valid until the next setlocale.
static inline const char *swdash_codeset(void) { return nl_langinfo(CODESET); }

#endif
