#pragma once

#include <QLoggingCategory>

namespace app {
// The window's own messages for developers and bug reports (QT_LOGGING_RULES="shmscope.gui.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcGui)
} // namespace app
