#include "app/segment/datainspectormodel.h"

#include "app/segment/segmentdocument.h"

#include <QFont>
#include <QPalette>

#include <algorithm>
#include <cstring>

using core::ByteInterpreter;

namespace app {

DataInspectorModel::DataInspectorModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_clock.start();
    m_changedAt.fill(Never);
    rebuild(false, false);
}

void DataInspectorModel::setDocument(SegmentDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &SegmentDocument::ticked, this, &DataInspectorModel::reread);
        connect(m_document, &SegmentDocument::wroteOwn, this, &DataInspectorModel::takeOwnWrite);
        connect(m_document, &SegmentDocument::momentChanged, this, &DataInspectorModel::momentChanged);
        connect(m_document, &SegmentDocument::sizeChanged, this, &DataInspectorModel::momentChanged);
    }
    momentChanged();
}

void DataInspectorModel::setOffset(quint64 offset)
{
    if (offset == m_offset)
        return;
    m_offset = offset;
    momentChanged(); // other bytes, not changed ones
}

void DataInspectorModel::setEndian(Endian endian)
{
    if (endian == m_endian)
        return;
    m_endian = endian;
    m_changedAt.fill(Never);
    rebuild(false, false);
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void DataInspectorModel::setPairs(int pairs)
{
    pairs = std::clamp(pairs, 1, 2);
    if (pairs == m_pairs)
        return;
    beginResetModel();
    m_pairs = pairs;
    endResetModel();
}

int DataInspectorModel::rowsPerPair() const
{
    return (ByteInterpreter::TypeCount + m_pairs - 1) / m_pairs;
}

int DataInspectorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rowsPerPair();
}

int DataInspectorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2 * m_pairs;
}

std::optional<DataInspectorModel::Type> DataInspectorModel::typeOf(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return std::nullopt;
    const int row = index.column() / 2 * rowsPerPair() + index.row();
    if (row >= ByteInterpreter::TypeCount)
        return std::nullopt;
    return ByteInterpreter::typeAt(row);
}

bool DataInspectorModel::isValueCell(const QModelIndex &index) const
{
    return typeOf(index).has_value() && index.column() % 2 == 1;
}

QModelIndex DataInspectorModel::typeIndex(Type type) const
{
    return index(int(type) % rowsPerPair(), int(type) / rowsPerPair() * 2);
}

QModelIndex DataInspectorModel::valueIndex(Type type) const
{
    return typeIndex(type).siblingAtColumn(typeIndex(type).column() + 1);
}

// The bytes the rows read from m_offset: at most ByteInterpreter::MaxBytes, none past the end.
qsizetype DataInspectorModel::shownCount() const
{
    const quint64 size = m_document->size();
    return m_offset < size ? qsizetype(std::min<quint64>(ByteInterpreter::MaxBytes, size - m_offset)) : 0;
}

// Reads the bytes shown on every tick (and so records them for the time slider, as the hex view's are), even
// while a past moment is shown; the values follow them only live.
void DataInspectorModel::reread()
{
    if (!m_document)
        return;
    const qsizetype count = shownCount();
    std::array<char, ByteInterpreter::MaxBytes> bytes{};
    m_readLastTick = 0;
    if (count > 0 && !m_document->readInto(m_offset, bytes.data(), quint64(count)))
        return; // a POSIX object shrank under us: its size check comes with the tick, then sizeChanged()
    m_readLastTick = count;
    if (m_document->moment())
        return;
    if (count == m_count && m_known == count && std::memcmp(bytes.data(), m_bytes.data(), size_t(count)) == 0)
        return;
    m_bytes = bytes;
    m_count = count;
    m_known = count;
    rebuild(true, false);
}

// Shows the bytes again from scratch: another offset, another moment, another size. No highlight.
void DataInspectorModel::momentChanged()
{
    m_bytes.fill(0);
    m_count = 0;
    m_known = 0;
    if (m_document) {
        m_count = shownCount();
        if (m_document->moment()) {
            const auto past = m_document->momentBytes(m_offset, quint64(m_count));
            std::memcpy(m_bytes.data(), past.bytes.constData(), size_t(std::min(m_count, past.bytes.size())));
            const qsizetype unknown = past.known.indexOf('\0');
            m_known = unknown < 0 ? m_count : std::min(unknown, m_count);
        } else if (m_count > 0 && !m_document->readInto(m_offset, m_bytes.data(), quint64(m_count))) {
            m_count = 0;
        } else {
            m_known = m_count;
        }
    }
    m_changedAt.fill(Never);
    rebuild(false, false);
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

// Our own edit or undo: lit as ours at once, before the next tick would take it for another process's.
void DataInspectorModel::takeOwnWrite(quint64 offset, const QByteArray &bytes)
{
    if (!m_document || m_document->moment() || offset >= m_offset + ByteInterpreter::MaxBytes
        || offset + quint64(bytes.size()) <= m_offset)
        return;
    const qsizetype count = m_count;
    if (count == 0 || !m_document->readInto(m_offset, m_bytes.data(), quint64(count)))
        return;
    rebuild(true, true);
}

void DataInspectorModel::rebuild(bool stamp, bool ours)
{
    const QByteArrayView bytes(m_bytes.data(), m_count);
    const qint64 now = m_clock.elapsed();
    int first = ByteInterpreter::TypeCount;
    int last = -1;
    for (int at = 0; at < ByteInterpreter::TypeCount; ++at) {
        ByteInterpreter::Row row = ByteInterpreter::interpret(ByteInterpreter::typeAt(at), bytes, m_endian);
        // In the past, bytes the recording did not hold are not shown as zeros.
        if (!row.pastEnd && row.size > m_known)
            row.text = tr("not recorded at this moment");
        if (stamp && row.text != m_rows[size_t(at)].text) {
            m_changedAt[size_t(at)] = now;
            m_changedByUs[size_t(at)] = ours;
            m_lastChange = now;
            first = std::min(first, at);
            last = at;
        }
        m_rows[size_t(at)] = std::move(row);
    }
    if (last < 0)
        return;
    // One signal for the rows between the first and the last that changed: in one column of pairs they are
    // one run of cells, in two the views repaint both columns.
    if (m_pairs == 1)
        emit dataChanged(index(first, 0), index(last, 1));
    else
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool DataInspectorModel::hasActiveHighlights() const
{
    return m_lastChange != Never && m_clock.elapsed() - m_lastChange < HighlightMs;
}

QVariant DataInspectorModel::data(const QModelIndex &index, int role) const
{
    const std::optional<Type> type = typeOf(index);
    if (!type)
        return {};
    const ByteInterpreter::Row &shown = m_rows[size_t(*type)];
    const bool value = isValueCell(index);
    const bool greyed = shown.pastEnd || shown.size > m_known;
    switch (role) {
    case Qt::DisplayRole:
        return value ? shown.text : QString(ByteInterpreter::label(*type));
    case Qt::EditRole:
        return value && !greyed ? shown.text : QString();
    case Qt::ToolTipRole:
        if (value)
            return shown.text;
        if (*type == Type::Ipv4)
            return tr("4 bytes in their order, as networks send them (network byte order): the endianness "
                      "choice does not apply.");
        if (*type == Type::Utf8)
            return tr("The character whose UTF-8 encoding starts here: 1 to 4 bytes, in their order.");
        if (!ByteInterpreter::followsEndian(*type))
            return tr("1 byte: endianness does not apply to a single byte.");
        // Two bytes or more: the types that follow the endianness.
        return (m_endian == Endian::Little ? tr("%1 bytes, little endian: the first is the least significant.")
                                           : tr("%1 bytes, big endian: the first is the most significant."))
            .arg(shown.size);
    case Qt::ForegroundRole:
        if (value && greyed)
            return QPalette().color(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (value && greyed) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case HighlightAgeRole: {
        const qint64 at = m_changedAt[size_t(*type)];
        const bool past = m_document && m_document->moment(); // today's changes are not the past's
        return at == Never || past ? qint64(-1) : m_clock.elapsed() - at;
    }
    case ChangedByUsRole:
        return m_changedByUs[size_t(*type)];
    case TypeRole:
        return int(*type);
    default:
        return {};
    }
}

QVariant DataInspectorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    return section % 2 == 0 ? tr("Type") : tr("Value");
}

Qt::ItemFlags DataInspectorModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (isValueCell(index) && editRefusal(*typeOf(index)).isEmpty())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QString DataInspectorModel::editRefusal(Type type) const
{
    if (!m_document)
        return tr("No segment is shown.");
    if (!m_document->isWritable())
        return m_document->object().readOnlyRefusal();
    if (m_document->moment())
        return m_document->pastRefusal();
    if (!ByteInterpreter::isEditable(type))
        return ByteInterpreter::notEditable(type);
    const ByteInterpreter::Row &shown = m_rows[size_t(type)];
    if (shown.pastEnd)
        return tr("%1 at 0x%2 would run past the end of the segment, which ends at 0x%3: nothing is written.")
            .arg(ByteInterpreter::label(type))
            .arg(m_offset, 0, 16)
            .arg(m_offset + quint64(m_count), 0, 16);
    return {};
}

bool DataInspectorModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isValueCell(index))
        return false;
    return edit(*typeOf(index), value.toString());
}

bool DataInspectorModel::edit(Type type, const QString &text)
{
    if (const QString refusal = editRefusal(type); !refusal.isEmpty()) {
        emit editRefused(refusal);
        return false;
    }
    const auto bytes = ByteInterpreter::encode(type, text, m_endian);
    if (!bytes.ok()) {
        //: A typed value the inspector refused: "int32: "2.5" is not a whole number: ..."
        emit editRefused(tr("%1: %2").arg(ByteInterpreter::label(type), bytes.error().message));
        return false;
    }
    //: The undo step of an edit in the data inspector: "Inspector: int32 at 0x10 = 42".
    const QString description = tr("Inspector: %1 at 0x%2 = %3")
                                    .arg(ByteInterpreter::label(type))
                                    .arg(m_offset, 0, 16)
                                    .arg(ByteInterpreter::text(type, bytes.value(), m_endian));
    // One write of the type's bytes: another process never sees the value half-written.
    const auto written = m_document->write(m_offset, bytes.value(), description);
    if (!written.ok()) {
        emit editRefused(written.error().message);
        return false;
    }
    return true;
}

void DataInspectorModel::retranslate()
{
    rebuild(false, false);
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace app
