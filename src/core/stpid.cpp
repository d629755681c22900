#include "stpid.h"

namespace core {

QString StPid::nameRefusal(const QByteArray &name)
{
    if (name.isEmpty())
        return tr("The name is empty: give the text for names[], 1 to %1 bytes.").arg(MaxNameBytes);
    if (name.size() > MaxNameBytes)
        return tr("The name is %1 bytes, and names[51] holds at most %2 and the closing NUL. Nothing was created or "
                  "written.")
            .arg(name.size())
            .arg(MaxNameBytes);
    return {};
}

} // namespace core
