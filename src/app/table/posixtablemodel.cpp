#include "app/table/posixtablemodel.h"

#include "core/bytes/byteformat.h"
#include "core/segments/segmentformat.h"

#include <QSet>

#include <algorithm>

using core::ByteFormat;
using core::PosixHolder;
using core::PosixObject;
using core::SegmentFormat;

namespace app {

namespace {

bool byIdentity(const PosixObject &a, const PosixObject &b)
{
    return std::tie(a.device, a.inode) < std::tie(b.device, b.inode);
}

bool isNumeric(int column)
{
    switch (column) {
    case PosixTableModel::BytesColumn:
    case PosixTableModel::HoldersColumn:
    case PosixTableModel::InodeColumn:
    case PosixTableModel::ValueColumn:
        return true;
    default:
        return false;
    }
}

// "chromium (4242), pipewire (977)": each process once, as the System V table lists the attached ones.
QString holderList(const PosixObject &o)
{
    QStringList parts;
    QSet<qint64> seen;
    for (const PosixHolder &h : o.holders) {
        if (!seen.contains(h.pid))
            parts << QStringLiteral("%1 (%2)").arg(ByteFormat::escaped(h.command)).arg(h.pid);
        seen.insert(h.pid);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

PosixTableModel::PosixTableModel(QObject *parent) : LiveTableModel(parent) {}

int PosixTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_objects.size());
}

int PosixTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PosixTableModel::kindText(PosixObject::Kind kind)
{
    switch (kind) {
    case PosixObject::Kind::Posix:
        return tr("POSIX");
    case PosixObject::Kind::PosixDeleted:
        return tr("POSIX, unlinked");
    case PosixObject::Kind::Memfd:
        return tr("memfd");
    case PosixObject::Kind::PosixSemaphore:
        return tr("semaphore");
    }
    Q_UNREACHABLE();
}

QString PosixTableModel::lifeText(const PosixObject &o)
{
    const int holders = int(o.holderProcessCount());
    switch (o.kind) {
    case PosixObject::Kind::Posix:
        return tr("shm_open(\"%1\") finds it, and its file is %2: it lives until shm_unlink() (or rm) "
                  "removes the name, and then as long as a process still maps it or holds it open.")
            .arg(o.name, o.path);
    case PosixObject::Kind::PosixDeleted:
        return tr("It was unlinked (shm_unlink) but lives on while %n process(es) map it or hold it open; it "
                  "goes when the last one lets go. No shm_open() can find it any more.",
                  nullptr, holders);
    case PosixObject::Kind::Memfd:
        return tr(
            "A memfd never had a name in /dev/shm: memfd_create() made it, and processes share it by "
            "passing its descriptor (over a socket, or to a child). It lives while %n process(es) map it "
            "or hold it open; it goes when the last one lets go.",
            nullptr, holders);
    case PosixObject::Kind::PosixSemaphore:
        return tr("A POSIX named semaphore: sem_open(\"%1\") made it, and glibc keeps its sem_t in %2. "
                  "sem_unlink() removes it.")
            .arg(o.name, o.path);
    }
    Q_UNREACHABLE();
}

QString PosixTableModel::holdersText(const PosixObject &o)
{
    return tr("%n process(es)", nullptr, int(o.holderProcessCount()));
}

QString PosixTableModel::holdersCellText(const PosixObject &o)
{
    return o.orphan ? tr("%1, orphan").arg(holdersText(o)) : holdersText(o);
}

QString PosixTableModel::whyNotRemovable(const PosixObject &o)
{
    switch (o.kind) {
    case PosixObject::Kind::Posix:
        // A name we could not decode would be unlinked as another name: the shell can name its bytes.
        return !QByteArrayView(o.pathBytes).isValidUtf8()
                   ? tr("Its name is not valid UTF-8: remove it from a shell (rm %1).").arg(o.path)
                   : QString();
    case PosixObject::Kind::PosixDeleted:
        return tr("It was unlinked already: it has no name left to remove, and goes when the last process "
                  "lets go of it.");
    case PosixObject::Kind::Memfd:
        return tr("A memfd has no name to remove: it goes when the last process lets go of it.");
    case PosixObject::Kind::PosixSemaphore:
        return tr("A semaphore is removed with sem_unlink(), which ShmScope does not make.");
    }
    Q_UNREACHABLE();
}

QVariant PosixTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PosixObject &o = m_objects.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(o, index.column());
    case Qt::ToolTipRole:
        return toolTip(o, index.column());
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return sortData(o, index.column());
    case FilterRole: {
        QStringList words = {o.name, PosixObject::kindName(o.kind),
                             kindText(o.kind), o.ownerName, o.path};
        for (const PosixHolder &h : o.holders)
            words << QString::number(h.pid) << ByteFormat::escaped(h.command);
        words << o.likelyUser << holdersCellText(o);
        return words.join(QLatin1Char(' '));
    }
    case HighlightAgeRole:
        return highlightAge(index.row());
    case KindRole:
        return int(o.kind);
    default:
        return {};
    }
}

QVariant PosixTableModel::displayData(const PosixObject &o, int column) const
{
    const QString unknown = QStringLiteral("?");
    switch (column) {
    case NameColumn:
        return o.name;
    case KindColumn:
        return kindText(o.kind);
    case BytesColumn:
        return o.attributesKnown ? QVariant(qulonglong(o.bytes)) : QVariant(unknown);
    case OwnerColumn:
        return o.attributesKnown ? o.ownerName : unknown;
    case GroupColumn:
        return o.attributesKnown ? o.groupName : unknown;
    case PermsColumn:
        return o.attributesKnown ? SegmentFormat::perms(o.mode) : unknown;
    case HoldersColumn:
        return holdersCellText(o);
    case PathColumn:
        return o.path.isEmpty() ? QStringLiteral("—") : o.path;
    case InodeColumn:
        return qulonglong(o.inode);
    case ModifiedColumn:
        return o.attributesKnown ? SegmentFormat::time(o.mtime) : unknown;
    case ChangedColumn:
        return o.attributesKnown ? SegmentFormat::time(o.ctime) : unknown;
    case ValueColumn:
        if (o.kind != PosixObject::Kind::PosixSemaphore)
            return QString();
        return o.semaphoreValue ? QVariant(uint(*o.semaphoreValue)) : QVariant(unknown);
    case LikelyUserColumn:
        return o.likelyUser;
    default:
        return {};
    }
}

// Numbers as numbers; what could not be known sorts before everything known.
QVariant PosixTableModel::sortData(const PosixObject &o, int column) const
{
    switch (column) {
    case BytesColumn:
        return o.attributesKnown ? qlonglong(o.bytes) : qlonglong(-1);
    case PermsColumn:
        return o.attributesKnown ? qlonglong(o.mode) : qlonglong(-1);
    case HoldersColumn:
        return qlonglong(o.holderProcessCount());
    case InodeColumn:
        return qulonglong(o.inode);
    case ModifiedColumn:
        return o.attributesKnown ? o.mtime : qint64(-1);
    case ChangedColumn:
        return o.attributesKnown ? o.ctime : qint64(-1);
    case ValueColumn:
        return o.semaphoreValue ? qlonglong(*o.semaphoreValue) : qlonglong(-1);
    default:
        return displayData(o, column);
    }
}

QString PosixTableModel::toolTip(const PosixObject &o, int column) const
{
    const QString unknownAttributes = tr(
        "Not known: only a mapping of it was seen, and the file behind a mapping may be looked at (through "
        "/proc/PID/map_files) only with CAP_SYS_ADMIN.");
    switch (column) {
    case NameColumn:
    case KindColumn:
        return lifeText(o);
    case BytesColumn:
        return o.attributesKnown
                   ? tr("%1: the file's size, which ftruncate() set.").arg(SegmentFormat::byteCount(o.bytes))
                   : unknownAttributes;
    case OwnerColumn:
    case GroupColumn:
        return o.attributesKnown ? tr("uid %1, gid %2: the process that made it, or a later fchown().")
                                       .arg(o.uid)
                                       .arg(o.gid)
                                 : unknownAttributes;
    case PermsColumn:
        return o.attributesKnown
                   ? tr("The mode given to shm_open() (less the umask), or a later fchmod(): owner, "
                        "group, others; read 4, write 2.")
                   : unknownAttributes;
    case HoldersColumn: {
        QString text = o.orphan ? tr("orphan: no process maps it or holds it open, and nobody will let go of "
                                     "it: it stays, costing its bytes, until someone unlinks it.")
                       : o.holders.isEmpty() ? tr("No process maps it or holds it open now.")
                                             : holderList(o);
        if (m_unreadable > 0)
            text += QLatin1Char('\n') +
                    tr("%n process(es) could not be read (their maps and descriptors are not yours to read): "
                       "they may hold it too.",
                       nullptr, m_unreadable);
        return text;
    }
    case PathColumn:
        return o.path.isEmpty() ? tr("It has no path: see its kind.")
                                : tr("Its file: ls -l %1 shows it, as this row does.").arg(o.path);
    case InodeColumn:
        return tr("Device %1, inode %2: what tells this object from any other, whatever its name.")
            .arg(o.device)
            .arg(o.inode);
    case ModifiedColumn:
    case ChangedColumn:
        return o.attributesKnown ? QString() : unknownAttributes;
    case ValueColumn:
        if (o.kind != PosixObject::Kind::PosixSemaphore)
            return {};
        return o.semaphoreValue
                   ? tr("sem_wait() takes one from the count, and waits while it is 0; sem_post() "
                        "gives one.")
                   : tr("Not known: the file may not be read, or is not a sem_t of the layout we "
                        "know.");
    case LikelyUserColumn:
        return o.likelyUserEvidence;
    default:
        return {};
    }
}

QVariant PosixTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    struct Header
    {
        const char *title;
        const char *tip;
    };
    static const Header headers[ColumnCount] = {
        {QT_TR_NOOP("Name"),
         QT_TR_NOOP("The name given to shm_open() or sem_open(), with its leading /; memfd:NAME "
                    "for a memfd (a label for people: two memfds may share one).")},
        {QT_TR_NOOP("Kind"),
         QT_TR_NOOP("POSIX: a file of /dev/shm made by shm_open(). POSIX, unlinked: removed with "
                    "shm_unlink() but still mapped or open, so it lives on. memfd: made by "
                    "memfd_create(), never named in /dev/shm. semaphore: a sem_open() "
                    "semaphore.")},
        {QT_TR_NOOP("Bytes"),
         QT_TR_NOOP("The size in bytes, which ftruncate() sets; ? when it cannot be known.")},
        {QT_TR_NOOP("Owner"), QT_TR_NOOP("The user who owns the file (uid).")},
        {QT_TR_NOOP("Group"), QT_TR_NOOP("The owning group (gid).")},
        {QT_TR_NOOP("Perms"),
         QT_TR_NOOP("Permission bits in octal: owner, group, others (read 4, write 2).")},
        {QT_TR_NOOP("Holders"),
         QT_TR_NOOP("How many processes map it or hold a descriptor to it now; the processes "
                    "we may not read are counted apart.")},
        {QT_TR_NOOP("Path"), QT_TR_NOOP("Its file in /dev/shm; none for a memfd or an unlinked object.")},
        {QT_TR_NOOP("Inode"),
         QT_TR_NOOP("The file's inode number: with the device, what names the object, whatever "
                    "its name.")},
        {QT_TR_NOOP("Modified"), QT_TR_NOOP("When its bytes or size last changed (mtime).")},
        {QT_TR_NOOP("Changed"),
         QT_TR_NOOP("When it was made, or its owner, mode or size last changed (ctime).")},
        {QT_TR_NOOP("Value"), QT_TR_NOOP("A semaphore's count: sem_post() adds one, sem_wait() takes one.")},
        {QT_TR_NOOP("Likely user"),
         QT_TR_NOOP("The program that most likely uses it, told by its name, who holds it and its first bytes; "
                    "the tooltip gives the evidence.")},
    };
    switch (role) {
    case Qt::DisplayRole:
        return tr(headers[section].title);
    case Qt::ToolTipRole:
        return tr(headers[section].tip);
    default:
        return {};
    }
}

void PosixTableModel::merge(const core::PosixScanResult &scan)
{
    QList<PosixObject> incoming = scan.objects;
    std::sort(incoming.begin(), incoming.end(), byIdentity);
    m_unreadable = scan.unreadableProcesses; // told in the holders' tooltips, asked for on hover
    mergeRows(m_objects, incoming, byIdentity);
    m_counts = {};
    for (const PosixObject &o : std::as_const(m_objects))
        ++m_counts.at(size_t(o.kind));
}

const PosixObject *PosixTableModel::objectAt(int row) const
{
    return row >= 0 && row < m_objects.size() ? &m_objects.at(row) : nullptr;
}

int PosixTableModel::rowOf(quint64 device, quint64 inode) const
{
    PosixObject key;
    key.device = device;
    key.inode = inode;
    const auto it = std::lower_bound(m_objects.cbegin(), m_objects.cend(), key, byIdentity);
    return it != m_objects.cend() && !byIdentity(key, *it) ? int(it - m_objects.cbegin()) : -1;
}

void PosixTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_objects.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace app
