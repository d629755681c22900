#include "app/snapshots/snapshotcommands.h"

#include "app/messagebar.h"
#include "app/segment/segmenttab.h"
#include "app/structs/structpane.h"
#include "core/snapshots/snapshotobject.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QTabWidget>

namespace app {

SnapshotCommands::SnapshotCommands(QMenu *menu, QAction *before, QTabWidget *tabs, MessageBar *messages,
                                   OpenTab openTab, QWidget *dialogParent)
    : QObject(dialogParent), m_tabs(tabs), m_messages(messages), m_openTab(std::move(openTab)),
      m_dialogParent(dialogParent), m_take(new QAction(this)), m_compare(new QAction(this)),
      m_open(new QAction(this))
{
    const auto setUp = [](QAction *action, const char *name, const QKeySequence &key, const char *icon) {
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon))));
    };
    setUp(m_take, "actionTakeSnapshot", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), "snapshot-take");
    setUp(m_compare, "actionCompareWithSnapshot", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
          "snapshot-compare");
    setUp(m_open, "actionOpenSnapshot", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), "snapshot-open");
    menu->insertActions(before, {m_take, m_compare, m_open});
    menu->insertSeparator(before);
    connect(m_take, &QAction::triggered, this, [this] {
        SegmentTab *tab = currentTab();
        if (!tab)
            return;
        // "segment-32768-20261203-154001.shmsnap" in the folder last used (the current one at first).
        const QString suggested =
            QStringLiteral("%1-%2.%3")
                .arg(tab->shmid() >= 0 ? QStringLiteral("segment-%1").arg(tab->shmid())
                                       : QStringLiteral("object"),
                     QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                     QLatin1String(Suffix));
        const QString path =
            QFileDialog::getSaveFileName(m_dialogParent, tr("Take Snapshot"), suggested, filter());
        if (!path.isEmpty())
            (void)save(tab, path);
    });
    connect(m_compare, &QAction::triggered, this, [this] {
        SegmentTab *tab = currentTab();
        if (!tab)
            return;
        const QString path =
            QFileDialog::getOpenFileName(m_dialogParent, tr("Compare with Snapshot"), {}, filter());
        if (!path.isEmpty())
            (void)compare(tab, path);
    });
    connect(m_open, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Open Snapshot"), {}, filter());
        if (!path.isEmpty())
            (void)open(path);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &SnapshotCommands::updateActions);
    updateActions();
    retranslate();
}

void SnapshotCommands::retranslate()
{
    m_take->setText(tr("Take &Snapshot…"));
    m_take->setToolTip(
        tr("Save the bytes of the tab's segment or object, what IPC_STAT says of it, the time and "
           "the layout shown into a snapshot file, to compare with or to open later"));
    m_compare->setText(tr("Co&mpare with Snapshot…"));
    m_compare->setToolTip(
        tr("Mark the bytes of the tab that differ from a snapshot file in blue, and show the "
           "fields that differ as old → new"));
    m_open->setText(tr("Open S&napshot…"));
    m_open->setToolTip(tr("Open a snapshot file alone, read-only, in a tab of its own; compare it with "
                          "another snapshot from there"));
}

SegmentTab *SnapshotCommands::currentTab() const
{
    return qobject_cast<SegmentTab *>(m_tabs->currentWidget());
}

void SnapshotCommands::updateActions()
{
    const bool tab = currentTab() != nullptr;
    m_take->setEnabled(tab);
    m_compare->setEnabled(tab);
}

QString SnapshotCommands::filter() const
{
    return tr("ShmScope snapshots (*.%1);;All files (*)").arg(QLatin1String(Suffix));
}

bool SnapshotCommands::save(SegmentTab *tab, const QString &path)
{
    const auto taken = tab->takeSnapshot();
    if (!taken.ok()) {
        tab->messageBar()->showMessage(MessageBar::Kind::Error, taken.error().toString());
        return false;
    }
    if (const auto saved = core::SnapshotFile::save(taken.value(), path); !saved.ok()) {
        tab->messageBar()->showMessage(MessageBar::Kind::Error, saved.error().message);
        return false;
    }
    tab->messageBar()->showMessage(MessageBar::Kind::Information, tr("Snapshot of %1 (%2 bytes) saved to %3.")
                                                                      .arg(taken.value().name)
                                                                      .arg(taken.value().bytes.size())
                                                                      .arg(QDir::toNativeSeparators(path)));
    return true;
}

SegmentTab *SnapshotCommands::open(const QString &path)
{
    auto loaded = core::SnapshotFile::load(path);
    if (!loaded.ok()) {
        m_messages->showMessage(MessageBar::Kind::Error, loaded.error().message);
        return nullptr;
    }
    const QString layoutName = loaded.value().layoutName;
    const QString layoutText = loaded.value().layoutText;
    auto object = std::make_unique<core::SnapshotObject>(std::move(loaded.value()), path);
    SegmentTab *tab = m_openTab(std::move(object), QDir::toNativeSeparators(path));
    // The layout it was saved with, over the one remembered for its key: the bytes as they were read.
    if (tab && !layoutText.isEmpty())
        tab->structPane()->layOut(layoutName, layoutText);
    updateActions();
    return tab;
}

bool SnapshotCommands::compare(SegmentTab *tab, const QString &path)
{
    auto loaded = core::SnapshotFile::load(path);
    if (!loaded.ok()) {
        tab->messageBar()->showMessage(MessageBar::Kind::Error, loaded.error().message);
        return false;
    }
    tab->compareWith(std::move(loaded.value()), QFileInfo(path).fileName());
    return true;
}

} // namespace app
