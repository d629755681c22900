#pragma once

#include "core/bookmarks/bookmarklist.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

namespace app {

class SegmentDocument;

// The bookmarks of one tab as rows: Name (with the colour's swatch), Offset, Size, Value. The value is a
// preview of the first PreviewBytes bytes, read again at each tick for the rows on screen only
// (readValues()), so that a hundred bookmarks cost what the few in view do. A bookmark that does not fit in
// the segment (kept for its key while the segment is smaller) says "past the end" and is never read.
class BookmarkModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, OffsetColumn, SizeColumn, ValueColumn, ColumnCount };
    static constexpr qsizetype PreviewBytes = 16;
    // How an offset is written: as the hex view writes them (its digits), set by the pane.
    using OffsetText = std::function<QString(quint64 offset)>;

    explicit BookmarkModel(SegmentDocument *document, QObject *parent = nullptr);

    void setOffsetText(OffsetText format);
    void setBookmarks(const core::BookmarkList &bookmarks);
    [[nodiscard]] const core::BookmarkList &bookmarks() const { return m_bookmarks; }
    [[nodiscard]] const core::Bookmark &bookmark(int row) const { return m_bookmarks.at(row); }
    [[nodiscard]] bool isPastTheEnd(int row) const;

    // Each changes the list (a refusal says why, nothing changed) and then tells bookmarksChanged().
    core::Result<qsizetype> add(const core::Bookmark &bookmark);
    void remove(int row);
    core::Result<core::Done> rename(int row, const QString &name);
    core::Result<core::Done> recolour(int row, const QString &colour);

    // Reads the previews of rows [first, last] (those on screen) and tells the ones that changed.
    void readValues(int first, int last);
    // "2a 00 00 00 = 42": up to PreviewBytes bytes in hex ("…" after them when the bookmark has more) and, for
    // a bookmark of 1, 2, 4 or 8 bytes, the number they hold little-endian, unsigned.
    [[nodiscard]] static QString preview(QByteArrayView bytes, quint64 size);

    void retranslate();

public: // QAbstractItemModel API
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // Added, removed, renamed or recoloured: what to remember and to draw again.
    void bookmarksChanged();
    // A rename in place that was refused (an empty name): the message bar says why.
    void editRefused(const QString &message);

private:
    // The preview of a row, read now (or at the moment the time slider shows).
    [[nodiscard]] QString readValue(int row) const;
    void emitRowChanged(int row);
    // A rename or recolour of `row`: told when it was made.
    core::Result<core::Done> tell(int row, core::Result<core::Done> changed);

    QPointer<SegmentDocument> m_document;
    core::BookmarkList m_bookmarks;
    QStringList m_values; // one a row: the preview last read; empty until read
    OffsetText m_offsetText;
};

} // namespace app
