#include "core/logging.h"

namespace core {
Q_LOGGING_CATEGORY(lcCore, "shmscope.core")
}
