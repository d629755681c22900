#include "app/segment/bookmarkmodel.h"

#include "app/segment/segmentdocument.h"
#include "core/bytes/byteformat.h"
#include "core/segments/segmentformat.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QtEndian>

#include <cstring>

namespace app {

BookmarkModel::BookmarkModel(SegmentDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    // A POSIX object that shrinks or grows back puts bookmarks past its end, or back in it.
    connect(document, &SegmentDocument::sizeChanged, this, [this] {
        if (!m_bookmarks.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

void BookmarkModel::setOffsetText(OffsetText format)
{
    m_offsetText = std::move(format);
}

void BookmarkModel::setBookmarks(const core::BookmarkList &bookmarks)
{
    beginResetModel();
    m_bookmarks = bookmarks;
    m_values = QStringList(m_bookmarks.size(), QString());
    endResetModel();
}

bool BookmarkModel::isPastTheEnd(int row) const
{
    return !m_document || !m_bookmarks.at(row).fitsIn(m_document->size());
}

core::Result<qsizetype> BookmarkModel::add(const core::Bookmark &bookmark)
{
    core::BookmarkList grown = m_bookmarks;
    const auto added = grown.add(bookmark);
    if (!added.ok())
        return added;
    const int row = int(added.value());
    beginInsertRows({}, row, row);
    m_bookmarks = std::move(grown);
    m_values.insert(row, readValue(row));
    endInsertRows();
    emit bookmarksChanged();
    return added;
}

void BookmarkModel::remove(int row)
{
    beginRemoveRows({}, row, row);
    m_bookmarks.remove(row);
    m_values.removeAt(row);
    endRemoveRows();
    emit bookmarksChanged();
}

core::Result<core::Done> BookmarkModel::rename(int row, const QString &name)
{
    return tell(row, m_bookmarks.rename(row, name));
}

core::Result<core::Done> BookmarkModel::recolour(int row, const QString &colour)
{
    return tell(row, m_bookmarks.recolour(row, colour));
}

core::Result<core::Done> BookmarkModel::tell(int row, core::Result<core::Done> changed)
{
    if (changed.ok()) {
        emitRowChanged(row);
        emit bookmarksChanged();
    }
    return changed;
}

void BookmarkModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BookmarkModel::readValues(int first, int last)
{
    first = std::max(first, 0);
    last = std::min(last, rowCount() - 1);
    for (int row = first; row <= last; ++row) {
        QString value = readValue(row);
        if (value == m_values.at(row))
            continue;
        m_values[row] = std::move(value);
        const QModelIndex cell = index(row, ValueColumn);
        emit dataChanged(cell, cell, {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

QString BookmarkModel::readValue(int row) const
{
    if (isPastTheEnd(row))
        return {};
    const core::Bookmark &b = m_bookmarks.at(row);
    const auto length = qsizetype(std::min<quint64>(b.size, PreviewBytes));
    if (m_document->moment()) {
        const core::ChangeRecorder::Moment past = m_document->momentBytes(b.offset, quint64(length));
        if (!past.allKnown())
            return tr("not recorded at this moment");
        return preview(past.bytes, b.size);
    }
    char bytes[PreviewBytes];
    if (!m_document->readInto(b.offset, bytes, quint64(length)))
        return {}; // shrunk under us: past the end, said by the next sizeChanged()
    return preview(QByteArrayView(bytes, length), b.size);
}

QString BookmarkModel::preview(QByteArrayView bytes, quint64 size)
{
    QString text = core::ByteFormat::hex(bytes.first(std::min<qsizetype>(bytes.size(), PreviewBytes)));
    if (size > quint64(PreviewBytes))
        text += QStringLiteral(" …");
    if ((size == 1 || size == 2 || size == 4 || size == 8) && quint64(bytes.size()) == size) {
        quint64 number = 0;
        std::memcpy(&number, bytes.data(), size_t(size)); // the low bytes of a little-endian quint64
        text += QStringLiteral(" = %1").arg(qFromLittleEndian(number));
    }
    return text;
}

void BookmarkModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_bookmarks.isEmpty())
        emit dataChanged(index(0, ValueColumn), index(rowCount() - 1, ValueColumn));
}

int BookmarkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bookmarks.size());
}

int BookmarkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookmarkModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::Bookmark &b = m_bookmarks.at(index.row());
    const bool past = isPastTheEnd(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (Column(index.column())) {
        case NameColumn: return b.name;
        case OffsetColumn: return m_offsetText ? m_offsetText(b.offset) : QStringLiteral("0x%1").arg(b.offset, 0, 16);
        case SizeColumn: return QString::number(b.size);
        case ValueColumn:
            //: A bookmark kept for this key whose bytes a smaller segment does not have.
            return past ? tr("past the end") : m_values.value(index.row());
        case ColumnCount: break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return QColor(b.colour);
        break;
    case Qt::ForegroundRole:
        if (past)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::ToolTipRole:
        //: A bookmark's tooltip: "header: 0x10 to 0x13, 4 bytes".
        return tr("%1: 0x%2 to 0x%3, %4")
            .arg(b.name)
            .arg(b.offset, 0, 16)
            .arg(b.end() - 1, 0, 16)
            .arg(core::SegmentFormat::byteCount(b.size));
    case Qt::TextAlignmentRole:
        if (index.column() == OffsetColumn || index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default: break;
    }
    return {};
}

QVariant BookmarkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case OffsetColumn: return tr("Offset");
    case SizeColumn: return tr("Size");
    case ValueColumn: return tr("Value");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags BookmarkModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool BookmarkModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != NameColumn || role != Qt::EditRole)
        return false;
    const auto renamed = rename(index.row(), value.toString());
    if (!renamed.ok())
        emit editRefused(renamed.error().message);
    return renamed.ok();
}

} // namespace app
