#include "core/bookmarks/bookmarklist.h"

#include "core/logging.h"

#include <QRegularExpression>

#include <algorithm>

namespace core {

namespace {

bool isColour(const QString &colour)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return pattern.match(colour).hasMatch();
}

} // namespace

Result<Bookmark> BookmarkList::checked(Bookmark bookmark)
{
    bookmark.name = bookmark.name.trimmed();
    if (bookmark.name.isEmpty())
        return Error::plain(tr("A bookmark needs a name."));
    if (std::any_of(bookmark.name.cbegin(), bookmark.name.cend(),
                    [](QChar c) { return c.category() == QChar::Other_Control || c == QChar::LineSeparator
                                         || c == QChar::ParagraphSeparator; }))
        return Error::plain(tr("A bookmark's name is one line of text, without control characters."));
    if (bookmark.name.size() > MaximumNameLength)
        return Error::plain(tr("A bookmark's name has at most %1 characters; \"%2…\" has %3.")
                                .arg(MaximumNameLength)
                                .arg(bookmark.name.left(20))
                                .arg(bookmark.name.size()));
    if (bookmark.size == 0)
        return Error::plain(tr("A bookmark marks one byte at least."));
    if (bookmark.size > std::numeric_limits<quint64>::max() - bookmark.offset)
        return Error::plain(tr("A bookmark of %1 bytes at 0x%2 would end past the last offset there can be.")
                                .arg(bookmark.size)
                                .arg(bookmark.offset, 0, 16));
    if (!isColour(bookmark.colour))
        return Error::plain(tr("\"%1\" is not a colour: write it as #rrggbb, e.g. #c0392b.").arg(bookmark.colour));
    bookmark.colour = bookmark.colour.toLower();
    return bookmark;
}

Result<qsizetype> BookmarkList::add(const Bookmark &bookmark)
{
    auto kept = checked(bookmark);
    if (!kept.ok())
        return kept.error();
    if (size() >= MaximumCount)
        return Error::plain(tr("A segment keeps at most %1 bookmarks: remove one first.").arg(MaximumCount));
    // After every bookmark at the same offset: the one added last is found last.
    const auto at = std::upper_bound(m_bookmarks.cbegin(), m_bookmarks.cend(), kept.value().offset,
                                     [](quint64 offset, const Bookmark &b) { return offset < b.offset; });
    const qsizetype index = at - m_bookmarks.cbegin();
    m_bookmarks.insert(index, std::move(kept.value()));
    m_reach.insert(index, 0);
    updateReach(index);
    return index;
}

void BookmarkList::remove(qsizetype index)
{
    m_bookmarks.removeAt(index);
    m_reach.removeAt(index);
    updateReach(index);
}

Result<Done> BookmarkList::rename(qsizetype index, const QString &name)
{
    Bookmark renamed = m_bookmarks.at(index);
    renamed.name = name;
    return replace(index, std::move(renamed));
}

Result<Done> BookmarkList::recolour(qsizetype index, const QString &colour)
{
    Bookmark recoloured = m_bookmarks.at(index);
    recoloured.colour = colour;
    return replace(index, std::move(recoloured));
}

Result<Done> BookmarkList::replace(qsizetype index, Bookmark changed)
{
    auto kept = checked(std::move(changed));
    if (!kept.ok())
        return kept.error();
    m_bookmarks[index] = std::move(kept.value()); // the same offset and size: the order and reach hold
    return Done();
}

void BookmarkList::updateReach(qsizetype from)
{
    for (qsizetype i = from; i < m_bookmarks.size(); ++i)
        m_reach[i] = std::max(i > 0 ? m_reach.at(i - 1) : 0, m_bookmarks.at(i).end());
}

qsizetype BookmarkList::indexOf(quint64 offset, quint64 size) const
{
    const auto first = std::lower_bound(m_bookmarks.cbegin(), m_bookmarks.cend(), offset,
                                        [](const Bookmark &b, quint64 at) { return b.offset < at; });
    for (auto it = first; it != m_bookmarks.cend() && it->offset == offset; ++it) {
        if (it->size == size)
            return it - m_bookmarks.cbegin();
    }
    return -1;
}

std::optional<qsizetype> BookmarkList::firstFitting(qsizetype start, int step, quint64 objectSize) const
{
    const qsizetype count = size();
    for (qsizetype k = 0; k < count; ++k) {
        const qsizetype i = ((start + step * k) % count + count) % count;
        if (m_bookmarks.at(i).fitsIn(objectSize))
            return i;
    }
    return std::nullopt;
}

std::optional<qsizetype> BookmarkList::next(quint64 offset, quint64 objectSize) const
{
    const auto after = std::upper_bound(m_bookmarks.cbegin(), m_bookmarks.cend(), offset,
                                        [](quint64 at, const Bookmark &b) { return at < b.offset; });
    return firstFitting(after - m_bookmarks.cbegin(), 1, objectSize);
}

std::optional<qsizetype> BookmarkList::previous(quint64 offset, quint64 objectSize) const
{
    const auto from = std::lower_bound(m_bookmarks.cbegin(), m_bookmarks.cend(), offset,
                                       [](const Bookmark &b, quint64 at) { return b.offset < at; });
    // The last before `offset` is the one before `from`; before the first, round to the last.
    return firstFitting((from - m_bookmarks.cbegin()) - 1, -1, objectSize);
}

std::optional<qsizetype> BookmarkList::nextAfter(qsizetype index, quint64 objectSize) const
{
    return firstFitting(index + 1, 1, objectSize);
}

std::optional<qsizetype> BookmarkList::previousBefore(qsizetype index, quint64 objectSize) const
{
    return firstFitting(index - 1, -1, objectSize);
}

QList<qsizetype> BookmarkList::overlapping(quint64 from, quint64 to) const
{
    QList<qsizetype> found;
    if (from >= to)
        return found;
    // Before `first`, every bookmark ends at or before `from`; from `last` on, every one starts at or past `to`.
    const qsizetype first = std::upper_bound(m_reach.cbegin(), m_reach.cend(), from) - m_reach.cbegin();
    const qsizetype last = std::lower_bound(m_bookmarks.cbegin(), m_bookmarks.cend(), to,
                                            [](const Bookmark &b, quint64 at) { return b.offset < at; })
                           - m_bookmarks.cbegin();
    for (qsizetype i = first; i < last; ++i) {
        if (m_bookmarks.at(i).end() > from)
            found.append(i);
    }
    return found;
}

QString BookmarkList::toLine(const Bookmark &bookmark)
{
    return QStringLiteral("0x%1 %2 %3 %4")
        .arg(bookmark.offset, 0, 16)
        .arg(bookmark.size)
        .arg(bookmark.colour, bookmark.name);
}

QStringList BookmarkList::toLines() const
{
    QStringList lines;
    lines.reserve(size());
    for (const Bookmark &bookmark : m_bookmarks)
        lines.append(toLine(bookmark));
    return lines;
}

Result<Bookmark> BookmarkList::fromLine(const QString &line)
{
    static const QRegularExpression pattern(
        QStringLiteral("^0x([0-9a-fA-F]{1,16}) ([0-9]{1,20}) (#[0-9a-fA-F]{6}) (.+)$"));
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch())
        return Error::plain(QStringLiteral("not \"0xOFFSET SIZE #rrggbb name\""));
    bool offsetOk = false;
    bool sizeOk = false;
    Bookmark bookmark;
    bookmark.offset = match.captured(1).toULongLong(&offsetOk, 16);
    bookmark.size = match.captured(2).toULongLong(&sizeOk, 10);
    bookmark.colour = match.captured(3);
    bookmark.name = match.captured(4);
    if (!offsetOk || !sizeOk)
        return Error::plain(QStringLiteral("a number past 2^64"));
    return checked(bookmark);
}

BookmarkList BookmarkList::fromLines(const QStringList &lines)
{
    BookmarkList list;
    for (const QString &line : lines) {
        auto bookmark = fromLine(line);
        auto added = bookmark.ok() ? list.add(bookmark.value()) : Result<qsizetype>(bookmark.error());
        if (!added.ok())
            qCWarning(lcCore).noquote()
                << QStringLiteral("bookmarks: skipping \"%1\": %2").arg(line, added.error().message);
    }
    return list;
}

} // namespace core
