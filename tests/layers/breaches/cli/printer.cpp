// The command line may not reach into the window.
#include "app/segment/hexview.h"
#include <QApplication>
