// A file that breaks every rule check_layers.py knows, so that the check is seen to fail.
#include "app/mainwindow.h"

#include <QWidget>

/* shmat() in a comment is no call */
int read(int id)
{
    const char *text = "shmctl(0, IPC_STAT, 0)"; // nor in a string
    (void)text;
    unsigned char resident = 0;
    return shmctl(id, 0, nullptr) + ::shmget(1, 2, 3) + mincore(nullptr, 4096, &resident);
}
