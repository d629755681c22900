#pragma once

#include "core/bookmarks/bookmarklist.h"
#include "core/layout/layoutmemory.h"

namespace core {

// Where the bookmarks of each segment key (or POSIX object name) are kept from one tab to the next and from
// one run to the next: the program's settings (app::Settings), as LayoutMemory keeps layouts. A private key
// (0) has no name to find it again by: its bookmarks are never stored.
class BookmarkMemory
{
public:
    virtual ~BookmarkMemory() = default;

    [[nodiscard]] static bool remembers(const LayoutSubject &subject) { return !subject.isNone(); }

    [[nodiscard]] BookmarkList bookmarksFor(const LayoutSubject &subject) const
    {
        return remembers(subject) ? BookmarkList::fromLines(storedBookmarks(subject)) : BookmarkList();
    }
    // An empty list forgets the subject's.
    void setBookmarksFor(const LayoutSubject &subject, const BookmarkList &bookmarks)
    {
        if (remembers(subject))
            storeBookmarks(subject, bookmarks.toLines());
    }

protected:
    BookmarkMemory() = default;
    BookmarkMemory(const BookmarkMemory &) = default;
    BookmarkMemory &operator=(const BookmarkMemory &) = default;

    // The lines BookmarkList::toLines() wrote for a key or a name (never for none); empty when none.
    [[nodiscard]] virtual QStringList storedBookmarks(const LayoutSubject &subject) const = 0;
    // Empty lines forget the subject's.
    virtual void storeBookmarks(const LayoutSubject &subject, const QStringList &lines) = 0;
};

} // namespace core
