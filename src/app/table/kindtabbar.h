#pragma once

#include "core/posix/posixobject.h"

#include <QTabBar>

#include <array>
#include <optional>

namespace app {

class PosixTableModel;

// Above the tables: which kind of IPC object they list, each with how many there are now ("Segments (12)",
// "Semaphore Sets (2)", "Message Queues (1)", "POSIX (5)", "memfd (3)", "POSIX Semaphores (1)"). Segments,
// semaphore sets and message queues have a table each (System V); the others share the POSIX table,
// narrowed to their kinds.
class KindTabBar : public QTabBar
{
    Q_OBJECT

public:
    // In the order of the tabs: System V's three first, as ipcs lists them (-m, -s, -q).
    enum class TableKind { Segments, SemaphoreSets, MessageQueues, Posix, Memfd, PosixSemaphores };
    static constexpr int KindCount = 6;

    explicit KindTabBar(QWidget *parent = nullptr);

    [[nodiscard]] TableKind currentKind() const { return TableKind(currentIndex()); }
    void setCurrentKind(TableKind kind) { setCurrentIndex(int(kind)); }
    // The POSIX table's kinds a tab shows; none for System V's. An unlinked object is still a POSIX object.
    [[nodiscard]] static QList<core::PosixObject::Kind> posixKinds(TableKind kind);
    // Whether a tab shows the POSIX table.
    [[nodiscard]] static bool isPosix(TableKind kind) { return !posixKinds(kind).isEmpty(); }
    // "sysv", "semsets", "msgqueues", "posix", "memfd", "semaphores": how Settings remembers the choice (the
    // names of the tabs before their renaming, so that a saved choice still restores).
    [[nodiscard]] static QString settingName(TableKind kind);
    [[nodiscard]] static std::optional<TableKind> fromSettingName(const QString &name);

    // The counts shown: the segments, sets and queues, and the POSIX table's rows of each tab's kinds.
    void setCounts(int segments, int semaphoreSets, int messageQueues, const PosixTableModel &posix);

signals:
    void kindChanged(app::KindTabBar::TableKind kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::array<int, KindCount> m_counts{};
};

} // namespace app
