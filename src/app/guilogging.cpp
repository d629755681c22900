#include "app/guilogging.h"

namespace app {
Q_LOGGING_CATEGORY(lcGui, "shmscope.gui")
}
