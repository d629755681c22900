#include "app/lesson/calllogmodel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace app {

CallLogModel::CallLogModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(&core::CallLog::instance(), &core::CallLog::recorded, this, &CallLogModel::append);
}

int CallLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int CallLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const core::CallRecord &record = m_records.at(index.row());
    const bool event = record.kind == core::CallRecord::Kind::Event;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return record.time.toString(QStringLiteral("HH:mm:ss.zzz"));
        case StatementColumn:
            return record.statement();
        case ShellColumn:
            return record.shell;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StatementColumn && !record.code.isEmpty())
            return tr(
                "A field ShmScope wrote: the C a program writes for it, then the memcpy that wrote it.");
        if (index.column() == StatementColumn)
            return event ? tr("Seen between two refreshes: another process, or the kernel, did this.")
                         : tr("A call ShmScope made, as C, and what the kernel returned.");
        if (index.column() == ShellColumn && record.shell.startsWith(QLatin1String("ipcmk ")))
            return tr(
                "The nearest from a shell: ipcmk makes a new segment of this size and mode, but gives it a "
                "random key, as it cannot make a private one.");
        if (index.column() == ShellColumn && !record.shell.isEmpty())
            return tr("The same from a shell.");
        return {};
    case Qt::FontRole:
        if (index.column() == StatementColumn && !event) {
            QFont font(QStringLiteral("monospace"));
            font.setStyleHint(QFont::TypeWriter);
            return font;
        }
        if (event) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // Failed calls stand out; the palette decides the rest, so dark themes stay readable.
        if (record.errnum != 0)
            return QBrush(QPalette().color(QPalette::Active, QPalette::Text).lightness() > 128
                              ? QColor(0xff, 0x80, 0x80)
                              : QColor(0xb0, 0x00, 0x20));
        return {};
    case KindRole:
        return int(record.kind);
    default:
        return {};
    }
}

QVariant CallLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case StatementColumn:
        return tr("Call or event");
    case ShellColumn:
        return tr("Shell equivalent");
    default:
        return {};
    }
}

void CallLogModel::append(const core::CallRecord &record)
{
    if (m_records.size() >= MaxRecords) {
        // Dropping a tenth at once keeps the cost of the removal off every single append.
        const int drop = MaxRecords / 10;
        beginRemoveRows({}, 0, drop - 1);
        m_records.remove(0, drop);
        endRemoveRows();
    }
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    endInsertRows();
}

void CallLogModel::clear()
{
    if (m_records.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_records.size()) - 1);
    m_records.clear();
    endRemoveRows();
}

QString CallLogModel::text(const QList<int> &rows) const
{
    QString text;
    for (const int row : rows) {
        if (row >= 0 && row < m_records.size())
            text += m_records.at(row).line() + QLatin1Char('\n');
    }
    return text;
}

void CallLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace app
