#include "CTermGuard.h"
#include <termios.h>

static struct termios saved;

int ctg_save_terminal(int fd) { return tcgetattr(fd, &saved); }
