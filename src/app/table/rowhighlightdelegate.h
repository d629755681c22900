#pragma once

#include <QStyledItemDelegate>

namespace app {

// Paints a row that was just inserted or changed with a highlight that fades out, so that a change made
// by another process catches the eye without a popup. The model tells each row's age in `ageRole`
// (ms since the change, or -1), and in `byUsRole`, when it has one, whether the change was our own edit,
// which is lit in its own colour.
class RowHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int NoRole = -1;
    RowHighlightDelegate(int ageRole, qint64 durationMs, QObject *parent = nullptr, int byUsRole = NoRole);

    // The presentation mode's colour, seen from the back of a room.
    void setHighContrast(bool on) { m_highContrast = on; }
    [[nodiscard]] bool highContrast() const { return m_highContrast; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_ageRole;
    qint64 m_durationMs;
    int m_byUsRole;
    bool m_highContrast = false;
};

} // namespace app
