#include "app/structs/structmodel.h"

#include "app/segment/segmentdocument.h"
#include "core/history/watchlist.h"
#include "core/layout/fieldassignment.h"
#include "core/layout/fieldcodec.h"

#include <QFont>
#include <QIcon>
#include <QPalette>

#include <climits>

using core::FieldCodec;
using core::FieldTree;
using core::RangeTracker;
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
        connect(m_document, &SegmentDocument::momentChanged, this, &StructModel::showAllAgain);
        connect(&m_document->freezer(), &core::Freezer::changed, this, &StructModel::freezesChanged);
    }
    beginResetModel();
    m_record = 0;
    m_tracker.reset();
    endResetModel();
    updateReadRanges();
}

void StructModel::setLayout(const core::StructLayout &layout)
{
    beginResetModel();
    m_layout = layout;
    m_tree.reset(m_layout);
    // Until the view tells which rows it laid out, the first top-level ones stand for them: a change made
    // before it does is seen as one.
    m_visible.clear();
    for (int row = 0; row < std::min(m_tree.childCount(core::FieldTree::Root), FirstScreenRows); ++row)
        m_visible.append(m_tree.child(core::FieldTree::Root, row));
    m_record = std::min(m_record, recordCount() > 0 ? recordCount() - 1 : 0);
    m_tracker.reset();
    endResetModel();
    updateReadRanges();
}

void StructModel::setRecord(quint64 record)
{
    record = std::min(record, recordCount() > 0 ? recordCount() - 1 : 0);
    if (record == m_record)
        return;
    m_record = record;
    m_tracker.reset(); // another record is not a change of this one
    updateReadRanges();
    showAllAgain();
}

void StructModel::showAllAgain()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (const int node : std::as_const(m_visible))
        emit dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
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

quint64 StructModel::available() const
{
    if (!m_document)
        return 0;
    return m_document->size() - std::min(recordBase(), m_document->size());
}

void StructModel::setVisibleRows(const QModelIndexList &rows)
{
    QList<int> visible;
    visible.reserve(rows.size());
    for (const QModelIndex &row : rows) {
        if (row.isValid() && row.model() == this && (visible.isEmpty() || visible.last() != nodeOf(row)))
            visible.append(nodeOf(row));
    }
    if (visible == m_visible)
        return;
    m_visible = std::move(visible);
    updateReadRanges();
}

void StructModel::setKeptRanges(const QList<RangeTracker::Range> &ranges)
{
    m_kept = ranges;
    updateReadRanges();
}

RangeTracker::Range StructModel::shownRange(int node) const
{
    const StructField field = m_tree.fieldOf(node);
    switch (field.kind) {
    case StructField::Kind::Array: {
        // The preview's elements; an array of structs shows none, but its first bytes light its row.
        const quint64 elements = std::min(m_tree.node(node).count, PreviewElements);
        return {field.offset, std::min(field.size, std::max(elements * m_tree.elementSize(node),
                                                            quint64(FieldCodec::MaxTextBytesShown)))};
    }
    case StructField::Kind::Struct:
    case StructField::Kind::Union:
        // No text of its own: its first bytes light its row when it is closed (its members' rows, when it
        // is open, are on screen themselves).
        return {field.offset, std::min<quint64>(field.size, FieldCodec::MaxTextBytesShown)};
    default:
        return {field.offset, FieldCodec::shownLength(field)};
    }
}

RangeTracker::Range StructModel::watchedRange(qsizetype at)
{
    const int node = m_visible.at(at);
    const StructField::Kind kind = m_tree.node(node).field->kind;
    const bool open = at + 1 < m_visible.size() && m_tree.node(m_visible.at(at + 1)).parent == node;
    if (open && (kind == StructField::Kind::Struct || kind == StructField::Kind::Union
                 || kind == StructField::Kind::Array))
        return {}; // its members below light it
    const RangeTracker::Range shown = shownRange(node);
    if (kind != StructField::Kind::String || m_tree.sizeOf(node) <= WholeTextWatch)
        return shown;
    // The text ends at the first NUL: the bytes after it are not shown, and a change that lengthens the
    // text overwrites the NUL, which is read.
    const auto bytes = bytesAt(shown);
    if (!bytes)
        return shown;
    const qsizetype nul = bytes->indexOf('\0');
    const RangeTracker::Range watched{shown.offset, nul < 0 ? shown.length : quint64(nul) + 1};
    m_textWatch.insert(node, watched.length);
    return watched;
}

bool StructModel::textWatchMoved() const
{
    for (auto it = m_textWatch.cbegin(); it != m_textWatch.cend(); ++it) {
        const auto kept = m_tracker.bytes(m_tree.offsetOf(it.key()), it.value());
        if (!kept)
            continue;
        const qsizetype nul = kept->indexOf('\0');
        const bool endsAtNul = nul == kept->size() - 1;
        const bool wholeWithoutNul = nul < 0 && it.value() == shownRange(it.key()).length;
        if (!endsAtNul && !wholeWithoutNul)
            return true;
    }
    return false;
}

// The ranges each tick reads: the rows on screen and the kept ranges, cut at the segment's end (nothing past
// it is ever read), joined where they touch. Read once at once, so that new rows show values now.
void StructModel::updateReadRanges()
{
    QList<RangeTracker::Range> ranges = m_kept;
    m_textWatch.clear();
    if (m_layout.sizeOf > 0) {
        for (qsizetype at = 0; at < m_visible.size(); ++at)
            ranges.append(watchedRange(at));
    }
    const quint64 end = std::min(available(), m_layout.sizeOf);
    for (RangeTracker::Range &range : ranges) {
        range.offset = std::min(range.offset, end);
        range.length = std::min(range.length, end - range.offset);
    }
    m_tracker.setRanges(RangeTracker::merged(ranges, ReadGap));
    reread();
}

// The kept bytes, once per tick of the document: the rows whose bytes changed are reported changed, and
// only those.
void StructModel::reread()
{
    m_bytesReadLastTick = 0;
    if (!m_document || m_layout.sizeOf == 0)
        return;
    const qint64 now = m_clock.elapsed();
    const quint64 base = recordBase();
    qsizetype changed = 0;
    const QList<RangeTracker::Range> &ranges = m_tracker.ranges();
    for (qsizetype at = 0; at < ranges.size(); ++at) {
        m_buffer.resize(qsizetype(ranges.at(at).length));
        if (!m_document->readInto(base + ranges.at(at).offset, m_buffer.data(), ranges.at(at).length))
            continue;
        m_bytesReadLastTick += ranges.at(at).length;
        changed += m_tracker.update(at, m_buffer, now);
    }
    if (changed > 0)
        restamp(now);
    if (changed > 0 && !m_replanning && textWatchMoved()) {
        m_replanning = true;
        updateReadRanges();
        m_replanning = false;
    }
}

// Our edit (or undo) reaches the kept copy before the next tick reads it again, which then sees only what
// other processes changed.
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
    for (const int node : std::as_const(m_visible)) {
        if (m_tracker.latest(m_tree.offsetOf(node), m_tree.sizeOf(node)).at == now)
            emit dataChanged(indexOfNode(node, ValueColumn), indexOfNode(node, ValueColumn));
    }
}

bool StructModel::hasActiveHighlights() const
{
    return m_tracker.lastChangeMs() != core::ChangeTracker::Never
           && m_clock.elapsed() - m_tracker.lastChangeMs() < HighlightMs;
}

QModelIndex StructModel::indexOfNode(int node, int column) const
{
    return createIndex(m_tree.node(node).row, column, quintptr(node));
}

QModelIndex StructModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const int under = parent.isValid() ? nodeOf(parent) : FieldTree::Root;
    if (row < 0 || row >= m_tree.childCount(under))
        return {};
    return indexOfNode(m_tree.child(under, row), column);
}

QModelIndex StructModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_tree.node(nodeOf(child)).parent;
    return parent == FieldTree::Root ? QModelIndex() : indexOfNode(parent, 0);
}

int StructModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return m_tree.childCount(parent.isValid() ? nodeOf(parent) : FieldTree::Root);
}

int StructModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const StructField *StructModel::fieldAt(const QModelIndex &index) const
{
    return index.isValid() ? m_tree.node(nodeOf(index)).field : nullptr;
}

std::optional<StructModel::PlacedField> StructModel::placedField(const QModelIndex &index) const
{
    if (!index.isValid() || m_tree.node(nodeOf(index)).isPage)
        return std::nullopt;
    QList<int> path;
    for (int at = nodeOf(index); at != FieldTree::Root; at = m_tree.node(at).parent) {
        if (!m_tree.node(at).isPage)
            path.prepend(at);
    }
    QString name = m_record == 0 ? QString() : QStringLiteral("[%1]").arg(m_record);
    for (const int at : std::as_const(path))
        name = core::WatchList::childPath(name, m_tree.node(at).field->name.isEmpty() ? QString() : m_tree.nameOf(at));
    core::StructField field = m_tree.fieldOf(nodeOf(index)); // its children stay the template's: not read
    field.offset += recordBase();
    return PlacedField{name, std::move(field)};
}

std::optional<QByteArray> StructModel::bytesAt(RangeTracker::Range range) const
{
    if (range.offset > available() || range.length > available() - range.offset || !m_document)
        return std::nullopt;
    if (m_document->moment()) {
        const auto past = m_document->momentBytes(recordBase() + range.offset, range.length);
        return past.allKnown() ? std::optional<QByteArray>(past.bytes) : std::nullopt;
    }
    if (const auto kept = m_tracker.bytes(range.offset, range.length))
        return kept->toByteArray();
    const auto read = m_document->read(recordBase() + range.offset, range.length);
    return read.ok() ? std::optional<QByteArray>(read.value()) : std::nullopt;
}

// As FieldCodec::isAvailable() of the row's field, without making the field: views ask for every cell.
bool StructModel::isAvailable(int node) const
{
    const quint64 offset = m_tree.offsetOf(node);
    return offset <= available() && m_tree.sizeOf(node) <= available() - offset;
}

QString StructModel::valueText(int node) const
{
    const StructField field = m_tree.fieldOf(node);
    if (field.kind == StructField::Kind::Struct || field.kind == StructField::Kind::Union)
        return {};
    if (!isAvailable(node))
        return tr("unavailable: past the end of the segment");
    if (field.kind == StructField::Kind::Array)
        return preview(node);
    if (m_document && m_document->moment())
        return pastValueText(field, shownRange(node));
    // A long char[] on screen: the tick's bytes hold its text and the NUL that ends it.
    if (const auto watch = m_textWatch.constFind(node); watch != m_textWatch.cend()) {
        if (const auto kept = m_tracker.bytes(field.offset, *watch); kept && kept->contains('\0'))
            return FieldCodec::shownText(field, *kept);
    }
    const auto bytes = bytesAt(shownRange(node));
    return bytes ? FieldCodec::shownText(field, *bytes) : tr("unavailable: past the end of the segment");
}

// A field's value at the moment of the past shown. A long char[] was recorded up to the NUL that ended its
// text then: known up to that NUL is enough.
QString StructModel::pastValueText(const StructField &field, RangeTracker::Range range) const
{
    const auto past = m_document->momentBytes(recordBase() + range.offset, range.length);
    if (past.allKnown())
        return FieldCodec::shownText(field, past.bytes);
    if (field.kind == StructField::Kind::String) {
        const qsizetype nul = past.bytes.left(past.known.indexOf('\0')).indexOf('\0');
        if (nul >= 0)
            return FieldCodec::shownText(field, past.bytes.left(nul + 1));
    }
    return tr("not recorded at this moment");
}

QString StructModel::comparedText(int node) const
{
    const QString now = valueText(node);
    const StructField field = m_tree.fieldOf(node);
    const core::RangeTracker::Range range = shownRange(node);
    const quint64 start = recordBase() + range.offset;
    // Leaves only: a struct has no value of its own, an array's preview is of its first elements.
    if (m_compared.isEmpty() || field.hasChildren() || field.isPadding() || !isAvailable(node) ||
        start > quint64(m_compared.size()) || range.length > quint64(m_compared.size()) - start)
        return now;
    const QString before =
        FieldCodec::shownText(field, QByteArrayView(m_compared).sliced(qsizetype(start), qsizetype(range.length)));
    //: A field's value in a snapshot, then now: "st 1 → st 2".
    return before == now ? now : tr("%1 → %2").arg(before, now);
}

void StructModel::setComparison(const QByteArray &before)
{
    m_compared = before;
    // Every row's value text may change: the views ask again for what they show.
    emit layoutAboutToBeChanged();
    emit layoutChanged();
}

// The first elements of an array of numbers (or of a page of it), as C writes an initializer: "{1, 2, 3, …}".
QString StructModel::preview(int node) const
{
    const FieldTree::Node &array = m_tree.node(node);
    const quint64 elements = std::min(array.count, PreviewElements);
    if (elements == 0)
        return {};
    StructField element = array.field->children.first();
    switch (element.kind) {
    case StructField::Kind::Array:
    case StructField::Kind::Struct:
    case StructField::Kind::Union:
    case StructField::Kind::Padding:
        return {};
    default:
        break;
    }
    const quint64 size = m_tree.elementSize(node);
    const quint64 start = m_tree.offsetOf(node);
    const auto bytes = bytesAt({start, elements * size});
    if (!bytes)
        return {};
    QStringList texts;
    for (quint64 i = 0; i < elements; ++i) {
        element.offset = start + i * size;
        texts << FieldCodec::decode(element, *bytes, start).value_or(QString());
    }
    if (array.count > elements)
        texts << QStringLiteral("…");
    return QLatin1Char('{') + texts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

QVariant StructModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int node = nodeOf(index);
    const StructField &field = *m_tree.node(node).field;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn: return m_tree.nameOf(node);
        case TypeColumn:
            if (m_tree.node(node).isPage)
                return m_tree.fieldOf(node).typeName;
            return field.isBitField() ? tr("%1 (bits %2-%3)")
                                            .arg(field.typeName)
                                            .arg(field.bitOffset)
                                            .arg(field.bitOffset + field.bitWidth - 1)
                                      : field.typeName;
        case OffsetColumn: return qulonglong(recordBase() + m_tree.offsetOf(node));
        case SizeColumn: return qulonglong(m_tree.sizeOf(node));
        case ValueColumn: return comparedText(node);
        case DescriptionColumn: return field.description;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == OffsetColumn)
            return QStringLiteral("0x%1").arg(recordBase() + m_tree.offsetOf(node), 0, 16);
        if (field.isPadding())
            return tr("Padding: bytes the compiler left out so that the next field is aligned.");
        if (const core::Freezer::Range *frozen = frozenRange(node)) {
            //: The tooltip of a frozen field; %1 is the period in ms, %n the fights.
            const QString note = tr("Frozen: rewritten every %1 ms when another process changes it; fought %n "
                                    "time(s) so far.", nullptr, int(std::min<quint64>(frozen->fought, INT_MAX)))
                                     .arg(m_document->freezer().interval());
            return field.description.isEmpty() ? note : field.description + QLatin1Char('\n') + note;
        }
        return field.description.isEmpty() ? QVariant() : QVariant(field.description);
    case Qt::DecorationRole:
        if (index.column() == NameColumn && frozenRange(node))
            return QIcon(QStringLiteral(":/icons/frozen.svg"));
        return {};
    case Qt::ForegroundRole:
        if (field.isPadding() || !isAvailable(node))
            return QPalette().color(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (index.column() == ValueColumn && !isAvailable(node)) {
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
        const qint64 at = m_tracker.latest(m_tree.offsetOf(node), m_tree.sizeOf(node)).at;
        const bool past = m_document && m_document->moment(); // today's changes are not the past's
        return at == core::ChangeTracker::Never || past ? qint64(-1) : m_clock.elapsed() - at;
    }
    case ChangedByUsRole: return m_tracker.latest(m_tree.offsetOf(node), m_tree.sizeOf(node)).ours;
    case OffsetRole: return qulonglong(recordBase() + m_tree.offsetOf(node));
    case SizeRole: return qulonglong(m_tree.sizeOf(node));
    case KindRole: return int(field.kind);
    case FoughtRole: {
        const core::Freezer::Range *frozen = frozenRange(node);
        return frozen ? qint64(frozen->fought) : qint64(-1);
    }
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
    if (index.isValid() && index.column() == ValueColumn && m_document && m_document->isWritable()
        && !m_tree.node(nodeOf(index)).isPage && FieldCodec::isEditable(*fieldAt(index)) && isAvailable(nodeOf(index)))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool StructModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != ValueColumn || !m_document
        || m_tree.node(nodeOf(index)).isPage)
        return false;
    const StructField field = m_tree.fieldOf(nodeOf(index));
    if (!m_document->isWritable()) {
        emit editRefused(tr("This attach is read-only: attach the segment read-write to edit its fields."));
        return false;
    }
    if (!isAvailable(nodeOf(index))) {
        emit editRefused(tr("%1 lies past the end of the segment: it is never written.").arg(field.displayName()));
        return false;
    }
    // A bitfield's write keeps the other bits of its bytes as they are now; no other field looks at them.
    const auto window = field.isBitField() ? bytesAt({field.offset, field.size}) : std::optional<QByteArray>();
    const auto write = FieldCodec::encode(field, value.toString(), window.value_or(QByteArray()), field.offset);
    if (!write.ok()) {
        emit editRefused(tr("%1: %2").arg(field.displayName(), write.error().message));
        return false;
    }
    // One write of the field's bytes: another process never sees the field half-written.
    // The call log tells the write as the C a student writes for it, and so its undo.
    const QString lvalue = lvalueOf(nodeOf(index));
    const auto written = m_document->write(recordBase() + write.value().offset, write.value().bytes,
                                           tr("Edit field %1").arg(field.displayName()),
                                           [target = field, lvalue](const QByteArray &bytes) {
                                               return core::FieldAssignment::statement(target, lvalue, bytes);
                                           });
    if (!written.ok()) {
        emit editRefused(written.error().message);
        return false;
    }
    return true;
}

const core::Freezer::Range *StructModel::frozenRange(int node) const
{
    if (!m_document || m_document->freezer().isEmpty() || m_tree.node(node).isPage)
        return nullptr;
    return m_document->freezer().find(recordBase() + m_tree.offsetOf(node), m_tree.sizeOf(node));
}

bool StructModel::isFrozen(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid) && frozenRange(nodeOf(index));
}

core::Result<core::Done> StructModel::freeze(const QModelIndex &index, const std::optional<QString> &text)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document || m_tree.node(nodeOf(index)).isPage)
        return core::Error::plain(tr("Pick a field to freeze."));
    const int node = nodeOf(index);
    const StructField field = m_tree.fieldOf(node);
    const quint64 offset = recordBase() + m_tree.offsetOf(node);
    const QString lvalue = lvalueOf(node);
    if (const auto refused = core::Freezer::mayFreeze(field); !refused.ok())
        return refused.error();
    // At its value now, or at the typed one checked against its type and range.
    const auto bytes = text ? core::Freezer::valueOf(field, *text) : m_document->read(offset, m_tree.sizeOf(node));
    if (!bytes.ok())
        return core::Error::plain(tr("%1: %2").arg(field.displayName(), bytes.error().message));
    if (quint64(bytes.value().size()) < m_tree.sizeOf(node)) // a POSIX object shrank under it
        return core::Error::plain(
            tr("%1 lies past the end of the segment: it is never written.").arg(field.displayName()));
    return m_document->freezer().freeze(offset, bytes.value(), field.displayName(),
                                        core::FieldAssignment::statement(field, lvalue, bytes.value()));
}

bool StructModel::unfreeze(const QModelIndex &index)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document || m_tree.node(nodeOf(index)).isPage)
        return false;
    const int node = nodeOf(index);
    return m_document->freezer().unfreeze(recordBase() + m_tree.offsetOf(node), m_tree.sizeOf(node)) > 0;
}

void StructModel::freezesChanged()
{
    for (const int node : std::as_const(m_visible))
        emit dataChanged(indexOfNode(node, NameColumn), indexOfNode(node, DescriptionColumn),
                         {Qt::DecorationRole, Qt::ToolTipRole, FoughtRole});
}

QString StructModel::lvalueOf(int node) const
{
    QList<int> path;
    for (int at = node; at != FieldTree::Root; at = m_tree.node(at).parent) {
        if (!m_tree.node(at).isPage) // a page is the view's, not C's
            path.prepend(at);
    }
    QString lvalue = core::FieldAssignment::recordName(m_layout, m_record);
    // The first record is reached through the pointer, a later one (p[2]) is a struct itself.
    QString member = m_record == 0 ? QStringLiteral("->") : QStringLiteral(".");
    for (const int at : std::as_const(path)) {
        if (m_tree.node(at).field->name.isEmpty())
            continue; // an anonymous struct or union: C names its members as the enclosing one's
        const QString name = m_tree.nameOf(at);
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
    // The rows off screen are asked again when they come on screen.
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    for (const int node : std::as_const(m_visible))
        emit dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
}

QModelIndexList StructModel::indexesCovering(quint64 offset, quint64 length) const
{
    // A selection of the hex view may span a million elements: at most a screenful of rows are named, and
    // where more of one level meet it, the row that holds them.
    constexpr int MaxCovered = 256;
    const quint64 base = recordBase();
    const quint64 end = offset + std::max<quint64>(length, 1);
    if (m_layout.sizeOf == 0 || end <= base || offset >= base + m_layout.sizeOf)
        return {};
    const quint64 from = std::max(offset, base) - base;
    QModelIndexList covered;
    for (const int node : m_tree.covering(from, std::min(end - base, m_layout.sizeOf) - from, MaxCovered))
        covered.append(indexOfNode(node, 0));
    return covered;
}

} // namespace app
