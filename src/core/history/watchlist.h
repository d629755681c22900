#pragma once

#include "core/history/fieldwatch.h"
#include "core/layout/structlayout.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <memory>
#include <vector>

namespace core {

// The watches of one segment, read together on each refresh tick: each reads its own bytes and no others.
// Also how a watch is named and found in a layout, for the struct pane's Watch and for --watch --field.
class WatchList
{
    Q_DECLARE_TR_FUNCTIONS(core::WatchList)

public:
    // Copies `length` bytes at `offset` into `out`; false when it could not (out of the object, shrunk).
    using Reader = std::function<bool(quint64 offset, char *out, quint64 length)>;
    // A value that changed on a tick: which watch, when (ms since the epoch), from what to what.
    struct Change
    {
        qsizetype watch = 0;
        qint64 msecs = 0;
        QString before;
        QString after;
    };

    // A watch stays where it is while others come and go: a view may keep a reference to it until remove().
    FieldWatch &add(FieldWatch watch);
    void remove(qsizetype i) { m_watches.erase(m_watches.begin() + i); }
    [[nodiscard]] qsizetype size() const { return qsizetype(m_watches.size()); }
    [[nodiscard]] bool isEmpty() const { return m_watches.empty(); }
    [[nodiscard]] FieldWatch &at(qsizetype i) { return *m_watches[size_t(i)]; }
    [[nodiscard]] const FieldWatch &at(qsizetype i) const { return *m_watches[size_t(i)]; }
    [[nodiscard]] qsizetype indexOf(const FieldWatch *watch) const;
    // The watch of the field `name` at `offset`, or -1.
    [[nodiscard]] qsizetype indexOf(const QString &name, quint64 offset) const;

    // Reads every watch's bytes (but a paused one's) and records what changed since the last poll. A watch's
    // first read is its first sample, not a change.
    QList<Change> poll(const Reader &read, qint64 msecs);

    // The field `path` names in `layout`: "names", "pos.x", "items[3]", "grid[1][2]"; an anonymous struct's
    // or union's members by their own names, as C reads them. Refused with the fields there are.
    [[nodiscard]] static Result<StructField> findField(const StructLayout &layout, const QString &path);
    // Every field with a value of its own, in the order of the layout, with the name findField() takes.
    [[nodiscard]] static QList<std::pair<QString, StructField>> valueFields(const StructLayout &layout);
    // The name of a child row under `parentPath`: "pos" + "x" = "pos.x", "items" + "[3]" = "items[3]".
    [[nodiscard]] static QString childPath(const QString &parentPath, const QString &childName);

private:
    std::vector<std::unique_ptr<FieldWatch>> m_watches;
    QByteArray m_buffer; // reused by every poll
};

} // namespace core
