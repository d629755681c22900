#pragma once

#include <QString>

namespace app::detailsrows {

// One line of a Details table: the name in bold, its value beside it; both escaped.
inline QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
}

// The same, with the value lit as a changed byte is (a semaphore's value that changed since the last refresh).
inline QString litRow(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td>"
                          "<td style='background-color:#e67e22; color:#000000'>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace app::detailsrows
