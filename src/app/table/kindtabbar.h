#pragma once

#include "core/posix/posixobject.h"

#include <QTabBar>

#include <array>
#include <optional>

namespace app {

class PosixTableModel;

// Above the tables: which kind of shared memory they list, each with how many there are now ("System V (12)",
// "POSIX (5)", "memfd (3)", "Semaphores (1)"). System V shows the segment table; the others the POSIX table,
// narrowed to their kinds.
class KindTabBar : public QTabBar
{
    Q_OBJECT

public:
    enum class TableKind { SystemV, Posix, Memfd, Semaphores };
    static constexpr int KindCount = 4;

    explicit KindTabBar(QWidget *parent = nullptr);

    [[nodiscard]] TableKind currentKind() const { return TableKind(currentIndex()); }
    void setCurrentKind(TableKind kind) { setCurrentIndex(int(kind)); }
    // The POSIX table's kinds a tab shows; none for System V. An unlinked object is still a POSIX object.
    [[nodiscard]] static QList<core::PosixObject::Kind> posixKinds(TableKind kind);
    // "sysv", "posix", "memfd", "semaphores": how Settings remembers the choice.
    [[nodiscard]] static QString settingName(TableKind kind);
    [[nodiscard]] static std::optional<TableKind> fromSettingName(const QString &name);

    // The counts shown: the segments, and the POSIX table's rows of each tab's kinds.
    void setCounts(int systemV, const PosixTableModel &posix);

signals:
    void kindChanged(app::KindTabBar::TableKind kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::array<int, KindCount> m_counts{};
};

} // namespace app
