#pragma once

#include "core/namespaces/ipcnamespace.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <algorithm>
#include <iterator>

namespace core {

// What the tables of ipcs -m, -s and -q share (util-linux 2.38 ipcs.c, default format): printf's padded
// columns, the owner's column, the kernel's slot order, and a table a namespace under --namespace all.
class IpcsTable
{
public:
    // printf's "%-Ns" (and "%-N.Ns" when truncating): widths count bytes, as in ipcs. A name cut at N bytes is
    // cut back to a whole UTF-8 character and padded instead: ipcs would print a broken character there, which
    // a QString cannot hold.
    [[nodiscard]] static QByteArray column(QByteArray text, qsizetype width, bool truncate = false);
    // "%-10.10s" of the owner's name, or "%-10u" of the uid when it has none (which never needs the cut). A name
    // with a control byte is escaped, where ipcs would send it to the terminal raw.
    [[nodiscard]] static QByteArray owner(const QString &name);

    // ipcs lists in the kernel's slot order (the /proc/sysvipc files walk the id table by index), not by id. An
    // id is seq * 32768 + index (IPCMNI, ipc/util.h), and the kernel hands out indices in a cycle (of 64 while
    // few exist), so after a wrap a new one has a lower index than an old one but a higher id. The low 15 bits
    // are the index unless the kernel was booted with ipcmni_extend and holds over 21845 of a kind; then only
    // that huge listing's order would differ from ipcs.
    template <typename Row, typename Id>
    [[nodiscard]] static QList<Row> bySlot(QList<Row> rows, Id id)
    {
        std::stable_sort(rows.begin(), rows.end(),
                         [id](const Row &a, const Row &b) { return (a.*id & 0x7fff) < (b.*id & 0x7fff); });
        return rows;
    }

    // For each namespace, in the order given, namespaceHeader() and then table(its rows).
    template <typename Row, typename Table>
    [[nodiscard]] static QByteArray byNamespace(const QList<Row> &rows, const QList<IpcNamespace> &namespaces,
                                                Table table)
    {
        QByteArray text;
        for (const IpcNamespace &ns : namespaces) {
            QList<Row> inside;
            std::copy_if(rows.cbegin(), rows.cend(), std::back_inserter(inside),
                         [&ns](const Row &r) { return r.ipcNamespace == ns.inode; });
            text += namespaceHeader(ns) + table(inside);
        }
        return text;
    }
    // "IPC namespace ipc:[4026531839] (ours, 123 processes)", "... (docker 3f2a1b9c7d10, 2 processes)": the
    // inode as lsns shows it, and a newline.
    [[nodiscard]] static QByteArray namespaceHeader(const IpcNamespace &ns);
};

} // namespace core
