#include "app/table/kindtabbar.h"

#include "app/table/posixtablemodel.h"

#include <QEvent>

using Kind = core::PosixObject::Kind;

namespace app {

KindTabBar::KindTabBar(QWidget *parent) : QTabBar(parent)
{
    setObjectName(QStringLiteral("kindTabBar"));
    setDrawBase(false);
    setExpanding(false);
    for (int i = 0; i < KindCount; ++i)
        addTab(QString());
    retranslate();
    connect(this, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0)
            emit kindChanged(TableKind(index));
    });
}

QList<Kind> KindTabBar::posixKinds(TableKind kind)
{
    switch (kind) {
    case TableKind::Segments:
    case TableKind::SemaphoreSets:
    case TableKind::MessageQueues:
        return {};
    case TableKind::Posix:
        return {Kind::Posix, Kind::PosixDeleted};
    case TableKind::Memfd:
        return {Kind::Memfd};
    case TableKind::PosixSemaphores:
        return {Kind::PosixSemaphore};
    }
    Q_UNREACHABLE();
}

QString KindTabBar::settingName(TableKind kind)
{
    static const char *const names[KindCount] = {"sysv", "semsets", "msgqueues", "posix", "memfd",
                                                           "semaphores"};
    return QLatin1String(names[int(kind)]);
}

std::optional<KindTabBar::TableKind> KindTabBar::fromSettingName(const QString &name)
{
    for (int i = 0; i < KindCount; ++i) {
        if (settingName(TableKind(i)) == name)
            return TableKind(i);
    }
    return std::nullopt;
}

void KindTabBar::setCounts(int segments, int semaphoreSets, int messageQueues, const PosixTableModel &posix)
{
    std::array<int, KindCount> counts{segments, semaphoreSets, messageQueues};
    for (int tab = int(TableKind::Posix); tab < KindCount; ++tab) {
        for (const core::PosixObject::Kind kind : posixKinds(TableKind(tab)))
            counts.at(size_t(tab)) += posix.count(kind);
    }
    if (counts == m_counts)
        return;
    m_counts = counts;
    retranslate();
}

void KindTabBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabBar::changeEvent(event);
}

void KindTabBar::retranslate()
{
    setAccessibleName(tr("Kind of shared memory"));
    const QString names[KindCount] = {tr("Segments"), tr("Semaphore Sets"), tr("Message Queues"),
                                      tr("POSIX"),    tr("memfd"),          tr("POSIX Semaphores")};
    const QString tips[KindCount] = {
        tr("System V segments: shmget(), shmat(), shmdt(), shmctl(); what ipcs -m lists."),
        tr("System V semaphore sets: semget(), semop(), semctl(); what ipcs -s lists. Each set holds one or "
           "more counters that processes wait on, such as the lock that guards a segment."),
        tr("System V message queues: msgget(), msgsnd(), msgrcv(), msgctl(); what ipcs -q lists. The messages "
           "themselves are not shown: reading one takes it off the queue."),
        tr("POSIX objects: shm_open() files of /dev/shm, and those unlinked while still mapped or open."),
        tr("memfd_create() files: shared memory without a name, passed between processes as a descriptor."),
        tr("POSIX named semaphores: sem_open() keeps each in /dev/shm/sem.NAME."),
    };
    for (int i = 0; i < KindCount; ++i) {
        setTabText(i, tr("%1 (%2)").arg(names[i]).arg(m_counts.at(size_t(i))));
        setTabToolTip(i, tips[i]);
    }
}

} // namespace app
