#include "core/layout/stpid.h"

#include "core/translations.h"

namespace core {

QByteArray StPid::numberedName(const QByteArray &name, qint64 number)
{
    return name + ' ' + QByteArray::number(number);
}

QString StPid::nameRefusal(const QByteArray &name, qint64 renames)
{
    if (name.isEmpty())
        return tr("The name is empty: give the text for names[], 1 to %1 bytes.").arg(MaxNameBytes);
    if (name.size() > MaxNameBytes)
        return tr("The name is %1 bytes, and names[51] holds at most %2 and the closing NUL. Nothing was created or "
                  "written.")
            .arg(name.size())
            .arg(MaxNameBytes);
    if (renames > 0) {
        const QByteArray longest = numberedName(name, renames);
        if (longest.size() > MaxNameBytes)
            // The name is longer than names[] holds: more than one byte; it may be renamed only once.
            return tr("Renamed up to %1 time(s), the name grows to \"%2\" (%3 bytes), and names[51] holds at "
                      "most "
                      "%4 and the closing NUL: shorten the name, rename less often or hold for less time. "
                      "Nothing "
                      "was created or written.",
                      nullptr, Translations::numerus(quint64(renames)))
                // One arg() for all: a name holding "%1" must stay as it is.
                .arg(QString::number(renames), QString::fromUtf8(longest), QString::number(longest.size()),
                     QString::number(MaxNameBytes));
    }
    return {};
}

} // namespace core
