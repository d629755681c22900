#include "app/structs/structmodel.h"

#include "app/segment/segmentdocument.h"
#include "core/layout/fieldassignment.h"
#include "core/layout/fieldcodec.h"

#include <QFont>
#include <QPalette>

using core::FieldCodec;
using core::StructField;

namespace app {

StructModel::StructModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_clock.start();
}

void StructModel::setDocument(SegmentDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &SegmentDocument::ticked, this, &StructModel::reread);
        connect(m_document, &SegmentDocument::wroteOwn, this, &StructModel::takeOwnWrite);
    }
    beginResetModel();
    m_record = 0;
    m_tracker.reset();
    endResetModel();
    reread();
}

void StructModel::setLayout(const core::StructLayout &layout)
{
    beginResetModel();
    m_layout = layout;
    m_nodes.clear();
    m_topLevel.clear();
    m_nodeChangedAt.clear();
    buildNodes(m_layout.fields, -1);
    m_nodeChangedAt.fill(core::ChangeTracker::Never, m_nodes.size());
    m_nodeChangedByUs.fill(false, m_nodes.size());
    m_record = std::min(m_record, recordCount() > 0 ? recordCount() - 1 : 0);
    m_tracker.reset();
    endResetModel();
    reread();
}

// Nodes point into m_layout's lists, which nothing changes until the next setLayout() rebuilds them.
void StructModel::buildNodes(const QList<StructField> &fields, int parent)
{
    int row = 0;
    for (const StructField &field : fields) {
        const int node = int(m_nodes.size());
        m_nodes.append({&field, parent, row++, {}});
        (parent < 0 ? m_topLevel : m_nodes[parent].children).append(node);
        buildNodes(field.children, node);
    }
}

void StructModel::setRecord(quint64 record)
{
    record = std::min(record, recordCount() > 0 ? recordCount() - 1 : 0);
    if (record == m_record)
        return;
    m_record = record;
    m_tracker.reset(); // another record is not a change of this one
    reread();
    if (!m_nodes.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

quint64 StructModel::recordCount() const
{
    if (!m_document || m_layout.sizeOf == 0)
        return 0;
    return std::max<quint64>(1, m_document->size() / m_layout.sizeOf);
}

quint64 StructModel::recordBase() const
{
    return m_record * m_layout.sizeOf;
}

// The record's bytes, once per tick of the document: the fields whose bytes changed are reported changed,
// and only those. A record running past the segment's end is read up to the end; the fields beyond it are
// unavailable and never read.
void StructModel::reread()
{
    if (!m_document || m_layout.sizeOf == 0)
        return;
    const quint64 base = std::min(recordBase(), m_document->size());
    const quint64 length = std::min(m_layout.sizeOf, m_document->size() - base);
    const auto bytes = m_document->read(base, length);
    if (!bytes.ok())
        return;
    const qint64 now = m_clock.elapsed();
    if (m_tracker.update(0, bytes.value(), now) > 0)
        restamp(now);
}

// Our edit (or undo) reaches the record's copy before the next tick reads it again, which then sees only
// what other processes changed.
void StructModel::takeOwnWrite(quint64 offset, const QByteArray &bytes)
{
    const quint64 base = recordBase();
    if (m_layout.sizeOf == 0 || offset + quint64(bytes.size()) <= base)
        return;
    const qint64 now = m_clock.elapsed();
    const qsizetype changed =
        offset >= base ? m_tracker.ownWrite(offset - base, bytes, now)
                       : m_tracker.ownWrite(0, QByteArrayView(bytes).sliced(qsizetype(base - offset)), now);
    if (changed > 0)
        restamp(now);
}

void StructModel::restamp(qint64 now)
{
    // Leaves first (their bytes), then each parent takes the latest of its children, in one backward walk:
    // a node always comes after its parent in m_nodes.
    for (qsizetype node = m_nodes.size() - 1; node >= 0; --node) {
        const Node &n = m_nodes.at(node);
        qint64 stamp = core::ChangeTracker::Never;
        bool ours = false;
        const auto take = [&](qint64 at, bool byUs) {
            if (at > stamp) {
                stamp = at;
                ours = byUs;
            }
        };
        if (n.children.isEmpty()) {
            for (quint64 i = 0; i < n.field->size; ++i)
                take(m_tracker.changedAt(n.field->offset + i), m_tracker.changedByUs(n.field->offset + i));
        } else {
            for (int child : n.children)
                take(m_nodeChangedAt.at(child), m_nodeChangedByUs.at(child));
        }
        m_nodeChangedAt[node] = stamp;
        m_nodeChangedByUs[node] = ours;
        if (stamp == now)
            emit dataChanged(indexOfNode(int(node), ValueColumn), indexOfNode(int(node), ValueColumn));
    }
}

bool StructModel::hasActiveHighlights() const
{
    return m_tracker.lastChangeMs() != core::ChangeTracker::Never
           && m_clock.elapsed() - m_tracker.lastChangeMs() < HighlightMs;
}

QModelIndex StructModel::indexOfNode(int node, int column) const
{
    return createIndex(m_nodes.at(node).row, column, quintptr(node));
}

const QList<int> &StructModel::childrenOf(const QModelIndex &parent) const
{
    return parent.isValid() ? m_nodes.at(qsizetype(parent.internalId())).children : m_topLevel;
}

QModelIndex StructModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> &children = childrenOf(parent);
    if (row < 0 || row >= children.size())
        return {};
    return indexOfNode(children.at(row), column);
}

QModelIndex StructModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes.at(qsizetype(child.internalId())).parent;
    return parent < 0 ? QModelIndex() : indexOfNode(parent, 0);
}

int StructModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int StructModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const StructField *StructModel::fieldAt(const QModelIndex &index) const
{
    return index.isValid() ? m_nodes.at(qsizetype(index.internalId())).field : nullptr;
}

QString StructModel::valueText(const StructField &field) const
{
    if (field.kind == StructField::Kind::Struct || field.kind == StructField::Kind::Union
        || field.kind == StructField::Kind::Array)
        return {};
    const auto text = FieldCodec::decode(field, m_tracker.window());
    return text ? *text : tr("unavailable: past the end of the segment");
}

QVariant StructModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const qsizetype node = qsizetype(index.internalId());
    const StructField &field = *m_nodes.at(node).field;
    const bool available = FieldCodec::isAvailable(field, 0, quint64(m_tracker.window().size()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn: return field.displayName();
        case TypeColumn:
            return field.isBitField() ? tr("%1 (bits %2-%3)")
                                            .arg(field.typeName)
                                            .arg(field.bitOffset)
                                            .arg(field.bitOffset + field.bitWidth - 1)
                                      : field.typeName;
        case OffsetColumn: return qulonglong(recordBase() + field.offset);
        case SizeColumn: return qulonglong(field.size);
        case ValueColumn: return valueText(field);
        case DescriptionColumn: return field.description;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == OffsetColumn)
            return QStringLiteral("0x%1").arg(recordBase() + field.offset, 0, 16);
        if (field.isPadding())
            return tr("Padding: bytes the compiler left out so that the next field is aligned.");
        return field.description.isEmpty() ? QVariant() : QVariant(field.description);
    case Qt::ForegroundRole:
        if (field.isPadding() || !available)
            return QPalette().color(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (!available && index.column() == ValueColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == OffsetColumn || index.column() == SizeColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case HighlightAgeRole: {
        const qint64 at = m_nodeChangedAt.value(node, core::ChangeTracker::Never);
        return at == core::ChangeTracker::Never ? qint64(-1) : m_clock.elapsed() - at;
    }
    case ChangedByUsRole: return m_nodeChangedByUs.value(node, false);
    case OffsetRole: return qulonglong(recordBase() + field.offset);
    case SizeRole: return qulonglong(field.size);
    case KindRole: return int(field.kind);
    default: return {};
    }
}

QVariant StructModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Field");
    case TypeColumn: return tr("Type");
    case OffsetColumn: return tr("Offset");
    case SizeColumn: return tr("Size");
    case ValueColumn: return tr("Value");
    case DescriptionColumn: return tr("Description");
    default: return {};
    }
}

Qt::ItemFlags StructModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    const StructField *field = fieldAt(index);
    if (field && index.column() == ValueColumn && m_document && m_document->isWritable()
        && FieldCodec::isEditable(*field) && FieldCodec::isAvailable(*field, 0, quint64(m_tracker.window().size())))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool StructModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const StructField *field = fieldAt(index);
    if (!field || role != Qt::EditRole || index.column() != ValueColumn || !m_document)
        return false;
    if (!m_document->isWritable()) {
        emit editRefused(tr("This attach is read-only: attach the segment read-write to edit its fields."));
        return false;
    }
    if (!FieldCodec::isAvailable(*field, 0, quint64(m_tracker.window().size()))) {
        emit editRefused(tr("%1 lies past the end of the segment: it is never written.").arg(field->displayName()));
        return false;
    }
    const auto write = FieldCodec::encode(*field, value.toString(), m_tracker.window());
    if (!write.ok()) {
        emit editRefused(tr("%1: %2").arg(field->displayName(), write.error().message));
        return false;
    }
    // One write of the field's bytes: another process never sees the field half-written.
    // The call log tells the write as the C a student writes for it, and so its undo.
    const QString lvalue = lvalueOf(int(index.internalId()));
    const auto written = m_document->write(recordBase() + write.value().offset, write.value().bytes,
                                           tr("Edit field %1").arg(field->displayName()),
                                           [target = *field, lvalue](const QByteArray &bytes) {
                                               return core::FieldAssignment::statement(target, lvalue, bytes);
                                           });
    if (!written.ok()) {
        emit editRefused(written.error().message);
        return false;
    }
    return true;
}

QString StructModel::lvalueOf(int node) const
{
    QList<int> path;
    for (int at = node; at >= 0; at = m_nodes.at(at).parent)
        path.prepend(at);
    QString lvalue = core::FieldAssignment::recordName(m_layout, m_record);
    // The first record is reached through the pointer, a later one (p[2]) is a struct itself.
    QString member = m_record == 0 ? QStringLiteral("->") : QStringLiteral(".");
    for (const int at : std::as_const(path)) {
        const QString &name = m_nodes.at(at).field->name;
        if (name.isEmpty())
            continue; // an anonymous struct or union: C names its members as the enclosing one's
        if (name.startsWith(QLatin1Char('[')))
            lvalue += name; // an array's element: "[3]"
        else
            lvalue += member + name;
        member = QStringLiteral(".");
    }
    return lvalue;
}

void StructModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int parent = -1; parent < int(m_nodes.size()); ++parent) {
        const QList<int> &children = parent < 0 ? m_topLevel : m_nodes.at(parent).children;
        if (!children.isEmpty())
            emit dataChanged(indexOfNode(children.first(), 0), indexOfNode(children.last(), ColumnCount - 1));
    }
}

QModelIndexList StructModel::indexesCovering(quint64 offset, quint64 length) const
{
    QModelIndexList covered;
    const quint64 base = recordBase();
    for (qsizetype node = 0; node < m_nodes.size(); ++node) {
        const Node &n = m_nodes.at(node);
        const quint64 start = base + n.field->offset;
        const quint64 end = start + std::max<quint64>(n.field->size, 1);
        if (n.children.isEmpty() && start < offset + length && offset < end)
            covered.append(indexOfNode(int(node), 0));
    }
    return covered;
}

} // namespace app
