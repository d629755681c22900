#pragma once

#include "core/bookmarks/bookmark.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <limits>
#include <optional>

namespace core {

// The bookmarks of one segment, sorted by offset (a bookmark added at the offset of others goes after them).
// The ones that overlap a range are found by binary search, so that drawing the rows on screen costs what
// those rows hold, whatever the number of bookmarks. Stored as one line of text each (toLines()).
class BookmarkList
{
    Q_DECLARE_TR_FUNCTIONS(core::BookmarkList)

public:
    // Enough for any record's fields; few enough that the settings file, which keeps every segment's, stays
    // small (app::Settings sets aside a file past 1 MiB).
    static constexpr qsizetype MaximumCount = 256;
    static constexpr qsizetype MaximumNameLength = 80;

    // The bookmark as it will be kept (its name trimmed, its colour in lower case), or why it cannot be: an
    // empty or multi-line name, a name too long, no bytes, a range past 2^64, a colour that is not #rrggbb.
    [[nodiscard]] static Result<Bookmark> checked(Bookmark bookmark);

    // Where the bookmark went (its index), or why it was refused (checked(), or the list is full).
    Result<qsizetype> add(const Bookmark &bookmark);
    void remove(qsizetype index);
    Result<Done> rename(qsizetype index, const QString &name);
    Result<Done> recolour(qsizetype index, const QString &colour);

    [[nodiscard]] qsizetype size() const { return m_bookmarks.size(); }
    [[nodiscard]] bool isEmpty() const { return m_bookmarks.isEmpty(); }
    [[nodiscard]] const Bookmark &at(qsizetype index) const { return m_bookmarks.at(index); }
    [[nodiscard]] const QList<Bookmark> &bookmarks() const { return m_bookmarks; }
    // The first bookmark exactly at [offset, offset + size), or -1.
    [[nodiscard]] qsizetype indexOf(quint64 offset, quint64 size) const;

    // Ctrl+B and Ctrl+Shift+B: the first bookmark that starts after `offset`, or the last that starts before
    // it, wrapping round at the ends; only those that fit in an object of `objectSize` bytes count.
    // nullopt when none does.
    [[nodiscard]] std::optional<qsizetype> next(quint64 offset,
                                                quint64 objectSize = std::numeric_limits<quint64>::max()) const;
    [[nodiscard]] std::optional<qsizetype> previous(quint64 offset,
                                                    quint64 objectSize = std::numeric_limits<quint64>::max()) const;
    // The same from the bookmark at `index`: the one after it in the list (or before it), at the same offset
    // or not, so that two bookmarks at one offset are both stepped through.
    [[nodiscard]] std::optional<qsizetype> nextAfter(qsizetype index,
                                                     quint64 objectSize = std::numeric_limits<quint64>::max()) const;
    [[nodiscard]] std::optional<qsizetype> previousBefore(
        qsizetype index, quint64 objectSize = std::numeric_limits<quint64>::max()) const;
    // The bookmarks with a byte in [from, to), in offset order.
    [[nodiscard]] QList<qsizetype> overlapping(quint64 from, quint64 to) const;

    // One line a bookmark: "0x10 4 #c0392b header" (offset in hex, size in decimal, colour, name).
    [[nodiscard]] QStringList toLines() const;
    [[nodiscard]] static QString toLine(const Bookmark &bookmark);
    [[nodiscard]] static Result<Bookmark> fromLine(const QString &line);
    // The lines toLines() wrote; a line that is not one (edited by hand, cut short) is skipped with a warning
    // (category shmscope.core) naming it, and so is one past MaximumCount.
    [[nodiscard]] static BookmarkList fromLines(const QStringList &lines);

private:
    void updateReach(qsizetype from);
    // A rename or recolour of the bookmark at `index`, checked.
    Result<Done> replace(qsizetype index, Bookmark changed);
    // The first bookmark that fits from index `start` on, a step of `step` (1 or -1) at a time, round.
    [[nodiscard]] std::optional<qsizetype> firstFitting(qsizetype start, int step, quint64 objectSize) const;

    QList<Bookmark> m_bookmarks;
    // m_reach[i]: the greatest end() of bookmarks 0..i. It never falls, so the first bookmark that reaches
    // past an offset is found by binary search in it.
    QList<quint64> m_reach;
};

} // namespace core
