#include "app/table/livetablemodel.h"

namespace app {

LiveTableModel::LiveTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_clock.start();
}

bool LiveTableModel::hasActiveHighlights() const
{
    return m_lastChange >= 0 && m_clock.elapsed() - m_lastChange < HighlightMs;
}

qint64 LiveTableModel::highlightAge(int row) const
{
    const qint64 at = m_changedAt.at(row);
    return at < 0 ? qint64(-1) : m_clock.elapsed() - at;
}

void LiveTableModel::markChanged(int row)
{
    if (!m_filled)
        return; // the first fill is not news
    m_lastChange = m_clock.elapsed();
    m_changedAt[row] = m_lastChange;
}

} // namespace app
